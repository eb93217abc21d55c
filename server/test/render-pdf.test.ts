import { readFileSync } from 'node:fs'
import pdfmake from 'pdfmake'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KALIX_ITEMS, kalixNotice } from '../src/render/examples/kalix-notice.js'
import { kalmarMinutes } from '../src/render/examples/kalmar-minutes.js'
import { sampleMinutes, sampleNotice } from '../src/render/examples/sample-meeting.js'
import { renderExtractPdf, renderMinutesPdf } from '../src/render/minutes-pdf.js'
import { renderNoticePdf } from '../src/render/notice-pdf.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  pdfInfo,
  requirePdfTools,
  run,
} from './support/pdf-tools.js'

const NOW = new Date('2025-12-01T09:00:00Z')
const files = pdfDir()
const save = files.save
const info = pdfInfo

beforeAll(requirePdfTools)
afterAll(files.cleanup)

it('has qpdf and poppler-utils installed', requirePdfTools)

describe('notice PDF (Kalix KS 2025-12-15)', () => {
  let path = ''
  beforeAll(async () => {
    path = save('kallelse.pdf', await renderNoticePdf(kalixNotice(), { now: NOW }))
  })

  it('is a valid PDF/A-2b file with metadata and embedded fonts', () => {
    expectArchivalPdf(path, 'Kallelse – Kommunstyrelsen 2025-12-15')
    expect(info(path).Subject).toBe(
      'Kallelse till kommunstyrelsens sammanträde måndagen den 15 december 2025',
    )
  })

  it('prints the header, then the twenty items in order with their case numbers', () => {
    const text = flatText(path)
    expectInOrder(text, [
      'Sammanträdesdatum 2025-12-15',
      'Sekreterare Johanna Granström',
      'Kommunstyrelsens sammanträde',
      'Datum: Måndagen den 15 december 2025',
      'Tid: Klockan 09:00',
      'Plats: Folkets hus, Bergön',
      'Kallelse för ledamöterna och för kännedom till ersättarna',
      'ÄRENDEN',
      ...KALIX_ITEMS.flatMap(([n, title, dnr]) => [
        `${n}. ${title}`,
        ...(dnr ? [`Dnr ${dnr}`] : []),
      ]),
      'Ordförande',
      'Susanne Andersson',
    ])
  })

  it('prints the item documents, the communications and the delegation report', () => {
    const text = flatText(path)
    expectInOrder(text, [
      '5. Meddelanden - 15 december 2025',
      'Datum Handling Avsändare',
      '2025-11-19 Beslut om kommuntal år 2026',
      '6. Redovisning - Delegerade ärenden',
      'Datum Beslutsfattare Beslutsfattande åtgärd Delegationspunkt',
      'Dnr 2025-00462',
      'För perioden',
      '17. Månadsrapport 2025 - kommunstyrelsen',
      'Kommunstyrelsens arbets- och personalutskott, § 97',
    ])
  })

  it('is the same file for the same input and clock', async () => {
    const again = await renderNoticePdf(kalixNotice(), { now: NOW })
    expect(again.equals(readFileSync(path))).toBe(true)
  })

  it('lays out a 40-item notice', async () => {
    const big = save('kallelse-40.pdf', await renderNoticePdf(sampleNotice(40), { now: NOW }))
    expectArchivalPdf(big, 'Kallelse – Kommunstyrelsen 2025-03-10')
    expectInOrder(
      flatText(big),
      Array.from({ length: 40 }, (_, i) => `Dnr KS-2025-${String(i + 1).padStart(5, '0')}`),
    )
  })
})

const KALMAR_TITLES = kalmarMinutes().sections.map((s) => `§ ${s.number} ${s.title}`)

describe('minutes PDF (Kalmar KSAU 2024-03-26)', () => {
  let path = ''
  beforeAll(async () => {
    path = save('protokoll.pdf', await renderMinutesPdf(kalmarMinutes(), { now: NOW }))
  })

  it('is a valid PDF/A-2b file with metadata and embedded fonts', () => {
    expectArchivalPdf(path, 'Protokoll – Kommunstyrelsens arbetsutskott 2024-03-26')
  })

  it('prints the header block as the seed does', () => {
    const layout = run('pdftotext', '-layout', path, '-')
    expect(layout).toMatch(/Tid +Tisdagen den 26 mars 2024 kl\. 08:30–10:15/)
    expect(layout).toMatch(/Plats +KS-salen, stadshuset/)
    expect(layout).toMatch(/Omfattning +§§ 27–36/)
    expect(layout).toMatch(
      /Beslutande +Erik Ciardi \(C\), ordförande\n +Hanne Lindqvist \(M\), vice ordförande\n +Johan Persson \(S\)\n +Dzenita Abaza \(S\)\n +Liselotte Ross \(V\)\n +Christopher Dywik \(KD\)/,
    )
    expect(layout).toMatch(/Sekreterare +Anette Mellström/)
    expect(layout).toMatch(/Justeras +Erik Ciardi \(C\), ordförande\n +Dzenita Abaza \(S\)/)
  })

  it('has §§ 27–36 in order with titles, case numbers and decisions', () => {
    const text = flatText(path)
    const m = kalmarMinutes()
    expectInOrder(text, [
      'Fastställande av dagordning',
      'Information efter IT-angrepp',
      ...m.sections.flatMap((s) => [
        `§ ${s.number} ${s.title}`,
        ...(s.caseNumber ? [`Dnr ${s.caseNumber}`] : []),
        'Beslut',
        ...(s.decisionIntro ? [s.decisionIntro] : []),
        ...s.decision.filter((b): b is string => typeof b === 'string'),
      ]),
    ])
    expect(KALMAR_TITLES).toHaveLength(10)
  })

  it('ends with the signature page and ANSLAG/BEVIS; every page has the signature boxes', () => {
    const text = flatText(path)
    expectInOrder(text, [
      'Underskrifter',
      'Paragrafer §§ 27–36',
      'Sekreterare Anette Mellström',
      'Ordförande Erik Ciardi',
      'Justerande Dzenita Abaza',
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
      'Organ Kommunstyrelsens arbetsutskott',
      'Sammanträdesdatum 2024-03-26',
      'Datum för anslags uppsättande',
      'Datum för anslags nedtagande',
      'Förvaringsplats för protokollet',
      'Underskrift',
      'Utdragsbestyrkande',
    ])
    const pages = run('pdftotext', '-layout', path, '-')
      .split('\f')
      .filter((p) => p.trim())
    expect(pages.length).toBe(Number(info(path).Pages))
    for (const page of pages) expect(page).toContain('Justerandes signatur')
  })
})

describe('minutes PDF with a vote, a dissent and jäv', () => {
  it('prints them and the posting dates', async () => {
    const path = save(
      'protokoll-votering.pdf',
      await renderMinutesPdf(sampleMinutes(), { now: NOW }),
    )
    expectArchivalPdf(path, 'Protokoll – Kommunstyrelsens arbetsutskott 2025-03-03')
    expectInOrder(flatText(path), [
      'Lena Holm (S), tjänstgörande ersättare för Per Ek (S), § 12',
      'Justeringens plats och tid Kommunhuset 2025-03-05',
      '§ 12 Försäljning av fastigheten Ekorren 4',
      'Jäv: Per Ek (S) anmäler jäv',
      'Yrkanden',
      'Omröstning',
      'Karin Lund (V) Nej',
      'Summa 2 ja, 2 nej, 0 avstår',
      'Ordföranden använder sin utslagsröst för ja.',
      'Reservation',
      'Protokollsanteckning',
      'Datum för anslags uppsättande 2025-03-05',
      'Sista dag för överklagande 2025-03-26',
      'Datum för anslags nedtagande 2025-03-27',
    ])
  })
})

describe('extract PDF (protokollsutdrag)', () => {
  it('holds the asked §§ and the certification block', async () => {
    const path = save(
      'utdrag.pdf',
      await renderExtractPdf(
        {
          minutes: kalmarMinutes(),
          sectionNumbers: [29, 31],
          certification: {
            certifiedBy: 'Anette Mellström',
            title: 'Sekreterare',
            date: '2024-04-02',
          },
          attestedOn: '2024-03-28',
        },
        { now: NOW },
      ),
    )
    expectArchivalPdf(
      path,
      'Protokollsutdrag – Kommunstyrelsens arbetsutskott 2024-03-26, §§ 29, 31',
    )
    const text = flatText(path)
    expectInOrder(text, [
      'Protokollsutdrag',
      'Paragrafer §§ 29, 31',
      'Protokollet justerat 2024-03-28',
      KALMAR_TITLES[2] ?? '',
      KALMAR_TITLES[4] ?? '',
      'Utdragsbestyrkande',
      'Utdraget överensstämmer med originalprotokollet.',
      'Datum 2024-04-02',
      'Namn Anette Mellström',
    ])
    for (const other of [27, 28, 30, 32, 33, 34, 35, 36]) expect(text).not.toContain(`§ ${other} `)
  })
})

describe('resource policy', () => {
  it('leaves pdfmake unable to fetch URLs or read anything but fonts', async () => {
    await renderNoticePdf(kalixNotice(), { now: NOW })
    const withImage = (src: string) =>
      pdfmake.createPdf({ content: [{ image: 'x', width: 10 }], images: { x: src } }).getBuffer()
    await expect(withImage('http://127.0.0.1:9/x.png')).rejects.toThrow(
      /denied by resource access policy/,
    )
    await expect(withImage('/etc/hostname')).rejects.toThrow(/denied by resource access policy/)
  })
})
