import { describe, expect, it } from 'vitest'
import { htmlOutline, skippedHeadingLevels } from './examples/html-outline.js'
import { kalmarMinutes } from './examples/kalmar-minutes.js'
import { sampleMinutes } from './examples/sample-meeting.js'
import { renderExtractHtml, renderMinutesHtml } from './minutes-html.js'

const TITLES: Record<number, string> = {
  27: 'Information efter IT-angrepp',
  28: 'Information och lägesrapport Kalmarsundsverket samt status gällande återvinningsverk/avsaltningsverk',
  29: 'På lika villkor - HBTQIA+- strategi 2024-2026',
  30: 'Revidering av avgifter för kopior av allmänna handlingar',
  31: 'Kalmar kommuns årsredovisning 2023',
  32: 'Uppföljning intern kontroll 2023 – Kalmar kommun',
  33: 'Finansiell rapport december 2023',
  34: 'Tillfälligt ändrat regelverk för anstånd, dröjsmålsränta och övriga kravkostnader vid fakturering från Kalmar kommun',
  35: 'Reglemente för krisledningsnämnd – information',
  36: 'Styrdokument för arbete med civil beredskap i Kalmar kommunkoncern – information',
}

function basics(html: string) {
  const doc = htmlOutline(html)
  expect(doc.problems).toEqual([])
  expect(doc.lang).toBe('sv')
  expect(doc.scripts + doc.eventHandlers + doc.javascriptUrls).toBe(0)
  expect(skippedHeadingLevels(doc.headings)).toEqual([])
  expect(doc.tables.every((t) => t.caption && t.thWithoutScope === 0)).toBe(true)
  return doc
}

describe('minutes HTML (Kalmar KSAU 2024-03-26)', () => {
  const doc = basics(renderMinutesHtml(kalmarMinutes()))

  it('prints the header block of the seed', () => {
    expect(doc.headings[0]).toEqual({ level: 1, text: 'Kommunstyrelsens arbetsutskott' })
    for (const line of [
      'Tid Tisdagen den 26 mars 2024 kl. 08:30–10:15',
      'Plats KS-salen, stadshuset',
      'Omfattning §§ 27–36',
      'Beslutande Erik Ciardi (C), ordförande Hanne Lindqvist (M), vice ordförande Johan Persson (S) Dzenita Abaza (S) Liselotte Ross (V) Christopher Dywik (KD)',
      'Sekreterare Anette Mellström',
      'Justeras Erik Ciardi (C), ordförande Dzenita Abaza (S)',
    ]) {
      expect(doc.text).toContain(line)
    }
  })

  it('has §§ 27–36 in order with titles, case numbers and decisions', () => {
    const sections = doc.headings.filter((h) => h.level === 2 && h.text.startsWith('§'))
    expect(sections.map((h) => h.text)).toEqual(
      Object.entries(TITLES).map(([n, t]) => `§ ${n} ${t}`),
    )
    expect(doc.text).toContain(
      '§ 29 På lika villkor - HBTQIA+- strategi 2024-2026 Dnr KS 2022/1197 Handlingar',
    )
    expect(doc.text).toContain(
      'Beslut Arbetsutskottet föreslår att kommunfullmäktige beslutar: Kommunfullmäktige godkänner På lika villkor – HBTQIA+-strategi 2024–2026.',
    )
    expect(doc.text).toContain('Undantaget gäller till och med maj månads faktureringar.')
    expect(doc.headings.filter((h) => h.text === 'Beslut')).toHaveLength(11)
  })

  it('ends with the signature page and the ANSLAG/BEVIS block', () => {
    expect(doc.text).toContain(
      'Underskrifter Protokollet justeras med avancerade elektroniska underskrifter. Paragrafer §§ 27–36 Sekreterare Anette Mellström Ordförande Erik Ciardi Justerande Dzenita Abaza',
    )
    expect(doc.text).toContain(
      'Anslag/bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ Kommunstyrelsens arbetsutskott Sammanträdesdatum 2024-03-26 Datum för anslags uppsättande ej ifyllt',
    )
    expect(doc.text).toMatch(
      /Förvaringsplats för protokollet ej ifyllt Underskrift ej ifyllt Utdragsbestyrkande$/,
    )
  })
})

describe('minutes HTML with votes, dissents and jäv', () => {
  const doc = basics(renderMinutesHtml(sampleMinutes()))

  it('prints attendance details and the attestation time', () => {
    expect(doc.text).toContain('Lena Holm (S), tjänstgörande ersättare för Per Ek (S), § 12')
    expect(doc.text).toContain('Ej tjänstgörande ersättare Nils Ström (M), ersättare')
    expect(doc.text).toContain('Övriga närvarande Eva Strand, kommundirektör')
    expect(doc.text).toContain('Justeringens plats och tid Kommunhuset 2025-03-05')
    expect(doc.text).toContain(
      'Tid Måndagen den 3 mars 2025 kl. 13:00–15:30 ajournering 14:00–14:15',
    )
  })

  it('prints the KL 5 kap. 67 § items: motions, order, named vote, dissent, note, jäv', () => {
    expect(doc.text).toContain(
      'Jäv Per Ek (S) anmäler jäv och deltar inte i handläggningen av ärendet. Lena Holm (S) tjänstgör i stället.',
    )
    expect(doc.text).toContain(
      'Yrkanden Anna Berg (M): bifall till kommunledningskontorets förslag. Karin Lund (V): avslag på förslaget.',
    )
    expect(doc.text).toContain('Propositionsordning Ordföranden ställer proposition')
    expect(doc.tables.map((t) => t.caption)).toEqual(['Omröstning 1'])
    expect(doc.text).toContain(
      'Anna Berg (M) Ja Olof Sand (C) Ja Karin Lund (V) Nej Lena Holm (S) Nej Summa 2 ja, 2 nej, 0 avstår',
    )
    expect(doc.text).toContain('Ordföranden använder sin utslagsröst för ja.')
    expect(doc.text).toContain('Paragrafen förklaras omedelbart justerad.')
    expect(doc.text).toContain(
      'Reservation Karin Lund (V), Lena Holm (S) reserverar sig mot beslutet. Fastigheten behövs',
    )
    expect(doc.text).toContain(
      'Protokollsanteckning Olof Sand (C) lämnar följande protokollsanteckning:',
    )
    expect(doc.text).toContain(
      'Beslutet skickas till Kommunledningskontoret Mark- och exploateringsenheten',
    )
  })

  it('fills in the posting with the appeal dates', () => {
    // Posted Wed 2025-03-05: the last day is three weeks later, Wed 2025-03-26 (LEGAL-RULES 29).
    expect(doc.text).toContain(
      'Datum för anslags uppsättande 2025-03-05 Sista dag för överklagande 2025-03-26 Datum för anslags nedtagande 2025-03-27 Förvaringsplats för protokollet Kommunledningskontoret Underskrift Maria Lind',
    )
    expect(doc.text).toContain(
      'Paragrafer §§ 12–15 Sekreterare Maria Lind Ordförande Anna Berg Justerande Karin Lund',
    )
  })
})

describe('extract HTML (protokollsutdrag)', () => {
  const extract = {
    minutes: kalmarMinutes(),
    sectionNumbers: [31, 29],
    certification: { certifiedBy: 'Anette Mellström', title: 'Sekreterare', date: '2024-04-02' },
    attestedOn: '2024-03-28',
  }

  it('holds only the asked §§, in minutes order, and the certification block', () => {
    const doc = basics(renderExtractHtml(extract))
    expect(doc.title).toBe(
      'Protokollsutdrag – Kommunstyrelsens arbetsutskott 2024-03-26, §§ 29, 31',
    )
    expect(doc.headings.filter((h) => h.text.startsWith('§')).map((h) => h.text)).toEqual([
      `§ 29 ${TITLES[29]}`,
      `§ 31 ${TITLES[31]}`,
    ])
    expect(doc.text).toContain('Paragrafer §§ 29, 31 Protokollet justerat 2024-03-28')
    expect(doc.text).toMatch(
      /Utdragsbestyrkande Utdraget överensstämmer med originalprotokollet\. Datum 2024-04-02 Namn Anette Mellström Befattning Sekreterare$/,
    )
  })

  it('refuses §§ the minutes do not have', () => {
    expect(() => renderExtractHtml({ ...extract, sectionNumbers: [29, 99] })).toThrow(/99/)
    expect(() => renderExtractHtml({ ...extract, sectionNumbers: [] })).toThrow(RangeError)
  })
})
