import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, renderCalendar } from './icalendar.js'

const now = new Date('2025-12-05T14:00:00Z')

describe('iCalendar feed (RFC 5545)', () => {
  it('escapes text values', () => {
    expect(escapeText('Folkets hus, Bergön; sal 1\nKalix\\C')).toBe(
      'Folkets hus\\, Bergön\\; sal 1\\nKalix\\\\C',
    )
  })

  it('folds long lines at 75 octets without splitting å/ä/ö', () => {
    const line = `SUMMARY:${'Kommunstyrelsens arbets- och personalutskott – sammanträde '.repeat(3)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const [i, p] of parts.entries()) {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75)
      if (i > 0) expect(p.startsWith(' ')).toBe(true)
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })

  it('gives each meeting a local-time event with a stable uid; cancelled meetings say so', () => {
    const text = renderCalendar({
      name: 'Mina sammanträden – Susanne Andersson',
      now,
      events: [
        {
          uid: 'meeting-1@kansli',
          date: '2025-12-15',
          start: '09:00',
          summary: 'Kommunstyrelsen – sammanträde',
          location: 'Folkets hus, Bergön',
          description: '1. Upprop\n2. Val av justerare',
        },
        {
          uid: 'meeting-2@kansli',
          date: '2025-12-31',
          start: '22:30',
          summary: 'Extra sammanträde',
          cancelled: true,
          sequence: 2,
        },
      ],
    })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true)
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm')
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20251215T090000')
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20251215T120000')
    expect(text).toContain('DTSTAMP:20251205T140000Z')
    expect(text).toContain('LOCATION:Folkets hus\\, Bergön')
    expect(text).toContain('DESCRIPTION:1. Upprop\\n2. Val av justerare')
    // Three hours from 22:30 runs past midnight into the next year.
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20260101T013000')
    expect(text).toMatch(/UID:meeting-2@kansli[\s\S]*SEQUENCE:2[\s\S]*STATUS:CANCELLED/)
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
  })
})
