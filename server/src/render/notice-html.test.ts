import { describe, expect, it } from 'vitest'
import { htmlOutline, skippedHeadingLevels } from './examples/html-outline.js'
import { KALIX_ITEMS, kalixNotice } from './examples/kalix-notice.js'
import { renderNoticeHtml } from './notice-html.js'

describe('notice HTML (Kalix KS 2025-12-15)', () => {
  const html = renderNoticeHtml(kalixNotice())
  const doc = htmlOutline(html)

  it('is a well-formed Swedish document with no script of any kind', () => {
    expect(doc.problems).toEqual([])
    expect(doc.lang).toBe('sv')
    expect(doc.title).toBe('Kallelse – Kommunstyrelsen 2025-12-15')
    expect(doc.scripts).toBe(0)
    expect(doc.eventHandlers).toBe(0)
    expect(doc.javascriptUrls).toBe(0)
  })

  it('has one h1 and headings that do not skip levels', () => {
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Kommunstyrelsens sammanträde',
    ])
    expect(skippedHeadingLevels(doc.headings)).toEqual([])
    expect(doc.headings.map((h) => h.text)).toContain('Ärenden')
  })

  it('prints the header of the seed', () => {
    for (const line of [
      'Sammanträdesdatum 2025-12-15',
      'Datum Måndagen den 15 december 2025',
      'Tid Klockan 09:00',
      'Plats Folkets hus, Bergön',
      'Sekreterare Johanna Granström',
      'Kallelse för ledamöterna och för kännedom till ersättarna',
      'Ordförande Susanne Andersson',
    ]) {
      expect(doc.text).toContain(line)
    }
  })

  it('lists the twenty items in order, numbered, with their case numbers', () => {
    const list = /<ol class="agenda">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? ''
    const items = [...list.matchAll(/<li value="(\d+)">([\s\S]*?)<\/li>/g)]
    expect(items.map((m) => Number(m[1]))).toEqual(KALIX_ITEMS.map(([n]) => n))
    items.forEach((m, i) => {
      const [, title, caseNumber] = KALIX_ITEMS[i] ?? []
      const text = htmlOutline(`<p>${m[2]}</p>`).text
      expect(text).toBe(caseNumber ? `${title} Dnr ${caseNumber}` : title)
    })
  })

  it('has the communications and delegation tables with captions and column headers', () => {
    expect(doc.tables.map((t) => [t.caption, t.colHeaders])).toEqual([
      ['Meddelanden', ['Datum', 'Handling', 'Avsändare']],
      [
        'Redovisning av delegationsbeslut',
        ['Datum', 'Beslutsfattare', 'Beslutsfattande åtgärd', 'Delegationspunkt'],
      ],
    ])
    expect(doc.tables.every((t) => t.thWithoutScope === 0)).toBe(true)
    expect(doc.text).toContain(
      '2025-11-20 Protokoll – Extra stämma 2025-10-12 Kollektivtrafikmyndigheten',
    )
    expect(doc.text).toContain(
      '26 november 2025 Dnr 2025-00471 Susanne Andersson, kommunstyrelsens ordförande Yttrande över komplettering till ärende sökta koncessioner inom Ängeså sameby. Punkt 13.1 Beslut i brådskande ärende.',
    )
    expect(doc.text).toContain('För perioden 5 november 2025 – 9 december 2025 Arbetsgivarenheten')
  })

  it('shows the documents per item and the subcommittee proposal', () => {
    expect(doc.headings.map((h) => h.text)).toContain('17. Månadsrapport 2025 - kommunstyrelsen')
    expect(doc.text).toContain('Kommunstyrelsens arbets- och personalutskott, § 97')
    expect(doc.text).toContain('Månadsrapport revision oktober 2025')
    expect(html).toContain('<a href="#arende-17">Månadsrapport 2025 - kommunstyrelsen</a>')
    expect(html).toContain('id="arende-17"')
  })

  it('escapes what the view gives it', () => {
    const n = kalixNotice()
    const evil = renderNoticeHtml({ ...n, place: '<img src=x onerror=alert(1)>' })
    expect(htmlOutline(evil).eventHandlers).toBe(0)
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
