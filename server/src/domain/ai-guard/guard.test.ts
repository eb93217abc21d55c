import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guard, restore, type DataClass } from './index.js'

const seed = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8')
const PUBLIC: DataClass[] = ['public']

describe('guard: the decision', () => {
  const text =
    'Handläggare Anna Svensson, 850101-1236, nås på 070-123 45 67 eller anna.svensson@kalix.se. ' +
    'Svensson föreslår att ärendet KS-2025-00466 avslutas (SFS 2017:725, OSL 26:1, 45 mnkr).'

  it('REDACTs personal data for a public-only service with consistent placeholders', () => {
    const r = guard({ text, allowedClasses: PUBLIC })
    expect(r.decision).toBe('REDACT')
    expect(r.classes).toEqual(['personal'])
    expect(r.redacted).toBe(
      'Handläggare [PERSON_1], [PERSONNUMMER_1], nås på [TELEFON_1] eller [E-POST_1]. ' +
        '[PERSON_1] föreslår att ärendet KS-2025-00466 avslutas (SFS 2017:725, OSL 26:1, 45 mnkr).',
    )
    expect(Object.fromEntries(r.mapping)).toEqual({
      '[PERSON_1]': 'Anna Svensson',
      '[PERSONNUMMER_1]': '850101-1236',
      '[TELEFON_1]': '070-123 45 67',
      '[E-POST_1]': 'anna.svensson@kalix.se',
    })
    expect(r.reasons.join(' ')).toMatch(/inte godkänd för personuppgifter/)
  })

  it('gives the same number the same placeholder in another format', () => {
    const r = guard({ text: 'Pnr 850101-1236, även skrivet 198501011236.', allowedClasses: PUBLIC })
    expect(r.redacted).toBe('Pnr [PERSONNUMMER_1], även skrivet [PERSONNUMMER_1].')
  })

  it('ALLOWs the same text for a service approved for personal data, and clean text for any', () => {
    const r = guard({ text, allowedClasses: ['public', 'personal'] })
    expect(r.decision).toBe('ALLOW')
    expect(r.redacted).toBe(text)
    expect(r.findings.length).toBeGreaterThan(0)
    const clean = guard({ text: seed('kalix-riktlinjer-for-ai.txt'), allowedClasses: PUBLIC })
    expect(clean.decision).toBe('ALLOW')
    expect(clean.findings).toEqual([])
    expect(clean.classes).toEqual(['public'])
  })

  it('BLOCKs a registration the registry marked confidential unless approved for confidential', () => {
    const input = { text: 'Yttrande om snöskoterleden.', confidential: { ground: 'OSL 21:3' } }
    const r = guard({ ...input, allowedClasses: ['public', 'personal', 'sensitive'] })
    expect(r.decision).toBe('BLOCK')
    expect(r.redacted).toBe('')
    expect(r.reasons.join(' ')).toMatch(/OSL 21:3/)
    expect(guard({ ...input, allowedClasses: ['public', 'confidential'] }).decision).toBe('ALLOW')
  })

  it('BLOCKs a secrecy stamp in the text, not a sentence about secrecy in general', () => {
    expect(
      guard({ text: 'SEKRETESS\nUppgifter om eleven.', allowedClasses: PUBLIC }).decision,
    ).toBe('BLOCK')
    expect(
      guard({ text: 'Omfattas av sekretess enligt 26 kap. 1 § OSL.', allowedClasses: PUBLIC })
        .decision,
    ).toBe('BLOCK')
    expect(
      guard({ text: 'AI får inte behandla sekretessbelagd information.', allowedClasses: PUBLIC })
        .decision,
    ).toBe('ALLOW')
  })

  it('BLOCKs art. 9 data about a named person even for a service approved for personal data', () => {
    const t = 'Kevin Qvarnström i klass 7B har diagnosen ADHD.'
    const r = guard({ text: t, allowedClasses: ['public', 'personal'] })
    expect(r.decision).toBe('BLOCK')
    expect(r.classes).toEqual(['personal', 'sensitive'])
    expect(r.reasons.join(' ')).toMatch(/hälsa/)
    expect(guard({ text: t, allowedClasses: ['public', 'personal', 'sensitive'] }).decision).toBe(
      'ALLOW',
    )
  })

  it('BLOCKs what it cannot read and unknown service classes', () => {
    expect(guard({ text: 'a\ud800b', allowedClasses: PUBLIC }).decision).toBe('BLOCK')
    expect(guard({ text: 42 as unknown as string, allowedClasses: PUBLIC }).decision).toBe('BLOCK')
    expect(guard({ text: 'Hej', allowedClasses: ['secret' as DataClass] }).decision).toBe('BLOCK')
    expect(guard(null as unknown as Parameters<typeof guard>[0]).decision).toBe('BLOCK')
  })

  it("does not flag what the registry knows is public (the municipality's own contact details)", () => {
    const t =
      'Kommunledningsförvaltningen, Nygatan 4, 952 81 Kalix, telefon 0923-650 00, kommun@kalix.se'
    expect(guard({ text: t, allowedClasses: PUBLIC }).decision).toBe('REDACT')
    const r = guard({
      text: t,
      allowedClasses: PUBLIC,
      knownPublic: ['Nygatan 4, 952 81 Kalix', '0923-650 00', 'kommun@kalix.se'],
    })
    expect(r.decision).toBe('ALLOW')
  })

  it('redacts the seeded notice and minutes without leaving their people in the text', () => {
    for (const name of [
      'kalix-ks-kallelse-2025-12-15.txt',
      'kalmar-ksau-protokoll-2024-03-26.md',
    ]) {
      const r = guard({ text: seed(name), allowedClasses: PUBLIC })
      expect(r.decision).toBe('REDACT')
      for (const person of [
        'Susanne Andersson',
        'Jenni Yli',
        'Erik Ciardi',
        'Dzenita Abaza',
        'Anna Stålbrand Sundh',
      ])
        expect(r.redacted).not.toContain(person)
      for (const kept of ['KS-2025-00466', 'KS 2022/1197', '§ 29', '45 mnkr', 'Kommunstyrelsen'])
        if (seed(name).includes(kept)) expect(r.redacted).toContain(kept)
    }
  })
})

describe('restore', () => {
  it('puts the values back, leaves unknown placeholders and prototype keys alone', () => {
    const mapping = new Map([
      ['[PERSON_1]', 'Anna Svensson'],
      ['[PERSONNUMMER_1]', '850101-1236'],
    ])
    expect(
      restore('[PERSON_1] ([PERSONNUMMER_1]) och [PERSON_1]s ansökan; [PERSON_9]', mapping),
    ).toBe('Anna Svensson (850101-1236) och Anna Svenssons ansökan; [PERSON_9]')
    expect(restore('[CONSTRUCTOR_1]', mapping)).toBe('[CONSTRUCTOR_1]')
  })

  it('round-trips a redacted text to the original', () => {
    const text = 'Ansökan från Karin Johansson, Storgatan 12, 952 31 Kalix, bil ABC 123.'
    const r = guard({ text, allowedClasses: PUBLIC })
    expect(r.decision).toBe('REDACT')
    expect(restore(r.redacted, r.mapping)).toBe(text)
  })
})
