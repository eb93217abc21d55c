import { describe, expect, it } from 'vitest'
import { deserialiseModel, serialiseModel, suggestFor, UnusableModelError } from './model.js'
import { splitByTime } from './split.js'
import { trainSorter } from './train.js'
import type { SortCaseInfo, SortRegistration } from './targets.js'

const topics = [
  {
    series: 'sbn',
    committee: 'c-sbn',
    officer: 'u-bygg',
    words: 'Ansökan om bygglov för garage',
    org: 'Lantmäteriet',
  },
  {
    series: 'sbn',
    committee: 'c-sbn',
    officer: 'u-plan',
    words: 'Samrådsyttrande över detaljplan',
    org: 'Trafikverket',
  },
  {
    series: 'ks',
    committee: 'c-ks',
    officer: 'u-ekonom',
    words: 'Låneerbjudande och budgetuppföljning',
    org: 'Kommuninvest',
  },
  {
    series: 'bun',
    committee: 'c-bun',
    officer: 'u-skola',
    words: 'Ansökan om skolskjuts läsåret',
    org: 'Skolverket',
  },
]

/** 60 registrations in 30 cases, two documents each, a day apart. */
function registry() {
  const cases: SortCaseInfo[] = []
  const registrations: SortRegistration[] = []
  for (let i = 0; i < 30; i++) {
    const t = topics[i % topics.length]!
    const id = `case-${i}`
    cases.push({
      id,
      caseNumber: `${t.series.toUpperCase()}-2025-${String(i + 1).padStart(5, '0')}`,
      title: `${t.words} ${i}`,
      titleProtected: false,
      seriesId: t.series,
      committeeId: t.committee,
      caseOfficerId: t.officer,
      closed: i === 0,
    })
    for (let j = 0; j < 2; j++)
      registrations.push({
        documentId: `doc-${i}-${j}`,
        caseId: id,
        registeredAt: new Date(Date.UTC(2025, 0, 1 + i + j * 15)),
        direction: 'incoming',
        description: j === 0 ? t.words : `Komplettering: ${t.words.toLowerCase()}`,
        counterpartName: t.org,
        counterpartKind: 'organisation',
        fileText: j === 1 ? `Er beteckning ${t.series.toUpperCase()}-2025-${i + 1}` : null,
        confidential: false,
        protectDescription: false,
        protectCounterpart: false,
      })
  }
  return { cases, registrations }
}

describe('training and evaluation', () => {
  it('holds back the newest share, keeping the registry order for equal times', () => {
    const rows = [3, 1, 2, 2, 5].map((d, i) => ({
      i,
      registeredAt: new Date(Date.UTC(2025, 0, d)),
    }))
    const { train, test } = splitByTime(rows, 0.4)
    expect(train.map((r) => r.i)).toEqual([1, 2, 3])
    expect(test.map((r) => r.i)).toEqual([0, 4])
  })

  it('reports top-1 and top-3 per target on the newest 20 %, against the majority baseline', () => {
    const { evaluation } = trainSorter(registry())
    expect(evaluation.trainingSize).toBe(48)
    expect(evaluation.heldOutSize).toBe(12)
    const s = evaluation.targets.series
    expect(s.evaluated).toBe(12)
    expect(s.top1).toBe(1)
    expect(s.top1).toBeGreaterThan(s.baseline)
    expect(evaluation.targets.caseOfficer.top1).toBe(1)
    // Held-out documents in cases that had training documents; the rest opened new cases.
    const c = evaluation.targets.case
    expect(c.evaluated + c.unseen).toBe(12)
    expect(c.evaluated).toBeGreaterThan(0)
    // The follow-up letters quote their Dnr: the case is found.
    expect(c.top1).toBe(1)
  })

  it('is deterministic, survives storing as JSON, and never suggests a closed case', () => {
    const input = registry()
    const a = trainSorter(input)
    const b = trainSorter(input)
    expect(JSON.stringify(serialiseModel(a.model))).toBe(JSON.stringify(serialiseModel(b.model)))
    const stored = JSON.parse(JSON.stringify(serialiseModel(a.model)))
    const back = deserialiseModel(stored)
    const doc = input.registrations[1]!
    const now = { at: Date.UTC(2025, 5, 1), lastActivity: new Map<string, number>() }
    expect(suggestFor(back, doc, 3, now)).toEqual(suggestFor(a.model, doc, 3, now))
    expect(back.targets.case.labels).not.toContain('case-0')
    expect(a.model.targets.series.labels).toHaveLength(3)
    expect(() => deserialiseModel({ ...stored, featureVersion: 0 })).toThrow(UnusableModelError)
  })
})
