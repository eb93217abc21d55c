import { describe, it, expect } from 'vitest'
import {
  demoCases,
  demoClassificationScheme,
  demoCommittees,
  demoMunicipality,
  demoSeries,
  demoUsers,
  type DemoCase,
  type DemoDocument,
} from './kalix-seed-data.js'

function caseNumber(c: DemoCase): string {
  return `${c.seriesPrefix}-${c.year}-${String(c.number).padStart(5, '0')}`
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const allDocuments: Array<{ c: DemoCase; d: DemoDocument }> = demoCases.flatMap((c) =>
  c.documents.map((d) => ({ c, d })),
)

function findCase(dnr: string): DemoCase | undefined {
  return demoCases.find((c) => caseNumber(c) === dnr)
}

/** The items of the kallelse 2025-12-15 that carry a Dnr, with their agenda titles. */
const agenda: Array<[string, string]> = [
  ['KS-2025-00466', 'Meddelanden – 15 december 2025'],
  ['KS-2025-00502', 'Redovisning – Delegerade ärenden'],
  ['KS-2025-00450', 'Val – Ersättare – Ombud Kalix Industrihotell AB (S)'],
  ['KS-2025-00451', 'Val – Ersättare – Ombud Kalix Nya Centrum KB (S)'],
  ['KS-2025-00467', 'Val – Ersättare – Ombud Kalix älv, ekonomisk förening (S)'],
  ['KS-2025-00468', 'Val – Ersättare – Kommunalt pensionärsråd (S)'],
  ['KS-2025-00470', 'Val – Tekniskt utskott'],
  ['KS-2025-00476', 'Val – Kommunstyrelsens arbets- och personalutskott'],
  ['KS-2025-00461', 'Uppföljning – ANDTS-plan 2025'],
  [
    'KS-2024-00477',
    'Inrapportering av enkätsvar – gällande kommunernas återrapportering gällande genomförandet av vattenmyndighetens åtgärdsprogram för vatten 2022–2027',
  ],
  ['KS-2025-00404', 'Sammanträdesplan – Kommunstyrelsen'],
  ['KS-2025-00483', 'Revidering – Kommunstyrelsens delegationsordning'],
  ['KS-2025-00063', 'Månadsrapport 2025 – kommunstyrelsen'],
  ['KS-2025-00453', 'Månadsrapport 2025 – Kalix kommun'],
  ['KS-2025-00494', 'Riktlinjer för användning av AI'],
]

/** The cases named in the table of delegated decisions. */
const delegatedDecisionDnrs = [
  'KS-2025-00462',
  'KS-2025-00469',
  'KS-2025-00473',
  'KS-2025-00471',
  'KS-2025-00500',
  'KS-2025-00394',
  'KS-2025-00474',
  'KS-2025-00346',
]

describe('demo municipality (Kalix seed)', () => {
  it('uses the case-number template the demo registers with', () => {
    expect(demoMunicipality).toEqual({
      name: 'Exempelkommun',
      caseNumberTemplate: '{series}-{year}-{seq:5}',
    })
  })

  it('has unique case numbers per series and year', () => {
    const numbers = demoCases.map(caseNumber)
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const c of demoCases) {
      expect(Number.isInteger(c.number) && c.number > 0 && c.number < 100_000).toBe(true)
    }
  })

  it('opens cases in the order of their numbers within a series and year', () => {
    const sorted = [...demoCases].sort(
      (a, b) =>
        a.seriesPrefix.localeCompare(b.seriesPrefix) || a.year - b.year || a.number - b.number,
    )
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!
      const cur = sorted[i]!
      if (prev.seriesPrefix === cur.seriesPrefix && prev.year === cur.year) {
        expect(cur.openedOn >= prev.openedOn, `${caseNumber(prev)} → ${caseNumber(cur)}`).toBe(true)
      }
    }
  })

  it('refers only to committees, series, users and classification codes that exist', () => {
    const committeeKeys = new Set(demoCommittees.map((c) => c.key))
    const prefixes = new Set(demoSeries.map((s) => s.prefix))
    const codes = new Set(demoClassificationScheme.map((c) => c.code))
    expect(committeeKeys.size).toBe(demoCommittees.length)
    expect(prefixes.size).toBe(demoSeries.length)
    for (const committee of demoCommittees) {
      if (committee.parentKey) expect(committeeKeys.has(committee.parentKey)).toBe(true)
      expect(committee.kind === 'subcommittee').toBe(committee.parentKey !== undefined)
    }
    for (const series of demoSeries) {
      if (series.committeeKey) expect(committeeKeys.has(series.committeeKey)).toBe(true)
    }
    for (const c of demoCases) {
      expect(committeeKeys.has(c.committeeKey), caseNumber(c)).toBe(true)
      expect(prefixes.has(c.seriesPrefix), caseNumber(c)).toBe(true)
      if (c.classificationCode) expect(codes.has(c.classificationCode), caseNumber(c)).toBe(true)
      if (c.caseOfficerUsername) {
        const officer = demoUsers.find((u) => u.username === c.caseOfficerUsername)
        expect(officer, caseNumber(c)).toBeDefined()
        expect(officer?.roles).toContain('caseOfficer')
      }
    }
  })

  it('has the users the demo needs, with lowercase ASCII usernames', () => {
    const usernames = demoUsers.map((u) => u.username)
    expect(new Set(usernames).size).toBe(usernames.length)
    for (const username of usernames) expect(username).toMatch(/^[a-z][a-z0-9.]*$/)
    expect(demoUsers.find((u) => u.username === 'admin')?.roles).toEqual(['admin', 'registrar'])
    for (const role of ['registrar', 'caseOfficer', 'secretary', 'member'] as const) {
      expect(
        demoUsers.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true)
    }
    expect(demoUsers.find((u) => u.username === 'johanna.granstrom')?.roles).toEqual(['secretary'])
    expect(demoUsers.find((u) => u.username === 'susanne.andersson')?.roles).toEqual(['member'])
  })

  it('names a counterpart for every incoming and outgoing document', () => {
    for (const { c, d } of allDocuments) {
      if (d.direction !== 'drawnUp') {
        expect(d.counterpartName?.trim(), `${caseNumber(c)}: ${d.description}`).toBeTruthy()
        expect(d.counterpartKind, `${caseNumber(c)}: ${d.description}`).toBeDefined()
      }
      expect(d.description.trim()).not.toBe('')
    }
  })

  it('uses valid YYYY-MM-DD dates, and no document predates its case', () => {
    for (const c of demoCases) {
      expect(isValidDate(c.openedOn), `${caseNumber(c)} ${c.openedOn}`).toBe(true)
      expect(c.openedOn.startsWith(String(c.year)), caseNumber(c)).toBe(true)
      for (const d of c.documents) {
        expect(isValidDate(d.documentDate), `${caseNumber(c)} ${d.documentDate}`).toBe(true)
        expect(d.documentDate >= c.openedOn, `${caseNumber(c)}: ${d.description}`).toBe(true)
      }
    }
  })

  it('contains every case on the agenda of kommunstyrelsen 2025-12-15, titled as there', () => {
    expect(agenda).toHaveLength(15)
    for (const [dnr, title] of agenda) {
      const c = findCase(dnr)
      expect(c, dnr).toBeDefined()
      expect(c?.title).toBe(title)
      expect(c?.committeeKey).toBe('ks')
    }
  })

  it('contains every case named in the table of delegated decisions, with its decision', () => {
    for (const dnr of delegatedDecisionDnrs) {
      const c = findCase(dnr)
      expect(c, dnr).toBeDefined()
      expect(
        c?.documents.some(
          (d) => d.direction === 'drawnUp' && d.description.startsWith('Delegationsbeslut – '),
        ),
        dnr,
      ).toBe(true)
    }
  })

  it('registers the six communications of the meeting as incoming documents', () => {
    const documents = findCase('KS-2025-00466')?.documents ?? []
    const communications = documents.filter((d) => d.direction === 'incoming')
    expect(communications.map((d) => [d.documentDate, d.counterpartName])).toEqual([
      ['2025-11-19', 'Socialförvaltningen'],
      ['2025-11-20', 'Kollektivtrafikmyndigheten'],
      ['2025-11-25', 'IT Norrbotten'],
      ['2025-11-25', 'IT Norrbotten'],
      ['2025-12-02', 'Kammarrätten i Sundsvall'],
      ['2025-12-03', 'Länsstyrelsen Norrbotten'],
    ])
  })

  it('holds the full official reports from the seed', () => {
    const andts = findCase('KS-2025-00461')?.documents.find((d) =>
      d.description.startsWith('Tjänsteskrivelse – '),
    )
    expect(andts?.documentDate).toBe('2025-11-13')
    expect(andts?.fileText).toContain('ANDTS')
    expect(andts?.fileText).toContain('Insatser behöver därför vara könsmedvetna')
    expect(andts?.fileText).toContain('Malin Åberg')

    const ai = findCase('KS-2025-00494')?.documents ?? []
    const guidelines = ai.find((d) => d.description === 'Riktlinjer för användning av AI – förslag')
    expect(guidelines?.fileText).toContain('Beslut fattas alltid av en människa.')
    expect(guidelines?.fileText).toContain('10. Uppföljning och revidering')
  })

  it('joins the PDF line breaks into paragraphs', () => {
    for (const { c, d } of allDocuments) {
      if (!d.fileText) continue
      for (const paragraph of d.fileText.split('\n\n')) {
        for (const line of paragraph.split('\n')) {
          expect(line, `${caseNumber(c)}: ${d.description}`).toBe(line.trim())
          expect(line, `${caseNumber(c)}: ${d.description}`).not.toBe('')
        }
      }
      // artefacts of the PDF extraction that must not survive
      expect(d.fileText).not.toMatch(/mailto:|\uf0fc|0006304/)
    }
  })

  it('has plain ASCII file names without slashes', () => {
    for (const { d } of allDocuments) {
      if (d.fileName) expect(d.fileName).toMatch(/^[a-z0-9][a-z0-9._-]*\.txt$/)
    }
  })

  it('has confidential registrations with an OSL ground, and no personnummer anywhere', () => {
    const confidential = allDocuments.filter(({ d }) => d.confidential)
    expect(confidential.length).toBeGreaterThanOrEqual(1)
    for (const { d } of confidential) expect(d.confidential?.ground).toMatch(/^OSL \d+:\d+$/)
    expect(confidential.some(({ d }) => d.confidential?.protectCounterpart)).toBe(true)
    expect(confidential.some(({ d }) => d.confidential?.protectDescription)).toBe(true)

    const everything = JSON.stringify({ demoCases, demoUsers })
    expect(everything).not.toMatch(/\b(?:\d{2})?\d{6}[-+]?\d{4}\b/)
  })
})
