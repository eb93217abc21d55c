import { describe, expect, it } from 'vitest'
import { htmlOutline, skippedHeadingLevels } from './examples/html-outline.js'
import { kalixDelegationReport } from './official-report-example.js'
import { renderOfficialReportHtml } from './official-report-html.js'

describe('official report HTML (Kalix KS, item 16)', () => {
  const html = renderOfficialReportHtml({
    ...kalixDelegationReport(),
    equalityAnalysis: ['Revideringen påverkar inte kvinnor och män olika.'],
    signature: {
      name: 'Katja Sundström',
      title: 'Kommunjurist',
      phone: '0923-650 00',
      email: 'katja.sundstrom@kalix.se',
    },
  })
  const doc = htmlOutline(html)

  it('is a well-formed Swedish document without scripts', () => {
    expect(doc.problems).toEqual([])
    expect(doc.lang).toBe('sv')
    expect(doc.title).toBe('Tjänsteskrivelse – Kommunstyrelsens delegationsordning - revidering')
    expect(doc.scripts + doc.eventHandlers + doc.javascriptUrls).toBe(0)
  })

  it("has one h1 and the seed's headings in order, leaving out empty sections", () => {
    expect(skippedHeadingLevels(doc.headings)).toEqual([])
    expect(doc.headings.map((x) => `${x.level} ${x.text}`)).toEqual([
      '1 Kommunstyrelsens delegationsordning - revidering',
      '2 Förslag till beslut',
      '2 Beskrivning av ärendet',
      '2 Jämställdhetsanalys',
      '2 Beslutsunderlag',
    ])
  })

  it('prints the header facts and the signature block', () => {
    for (const line of [
      'Kalix kommun Kommunledningsförvaltningen Tjänsteskrivelse',
      'Datum 2025-12-05 Diarienummer KS-2025-00483 Till Kommunstyrelsen',
      'Reviderad – Delegationsordning för kommunstyrelsen',
      'I tjänsten Katja Sundström Kommunjurist 0923-650 00 katja.sundstrom@kalix.se',
    ]) {
      expect(doc.text).toContain(line)
    }
    expect(html).toContain('<a href="mailto:katja.sundstrom@kalix.se">')
    expect(doc.text).not.toContain('Utkast')
  })

  it('marks a draft preview and escapes what it is given', () => {
    const draft = renderOfficialReportHtml({
      ...kalixDelegationReport(),
      draft: true,
      title: 'Avtal <script>alert(1)</script>',
    })
    expect(htmlOutline(draft).text).toContain('Utkast – inte registrerat')
    expect(draft).not.toContain('<script>')
    expect(htmlOutline(draft).scripts).toBe(0)
  })
})
