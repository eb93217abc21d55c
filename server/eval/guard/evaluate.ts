import { readFileSync } from 'node:fs'
import {
  CLASS_OF,
  guard,
  type Finding,
  type FindingType,
  type GuardResult,
} from '../../src/domain/ai-guard/index.js'
import type { CleanKind, EvalDoc, GoldSpan } from './set-types.js'

/**
 * Measures the guard on the labelled set, for a service approved for public data only.
 *
 * - A labelled span is *detected* when a finding of its type overlaps it (recall per type), and
 *   *masked* when every one of its non-space characters lies inside some personal finding (of any
 *   type: a phone number masked as a bank account has not leaked).
 * - A finding is a true positive when it overlaps a labelled span of its own type (precision per
 *   type); one that overlaps a span of another type is counted apart as mistyped.
 * - A document *leaks* a type when one of its spans of that type is not fully masked. This is
 *   measured on the findings, whatever the decision: a BLOCK that happens to save a leaky
 *   document does not hide the miss.
 * - A clean reference (case number, §, statute, date, amount, organisation number) is *flagged*
 *   when any finding overlaps it.
 */

export const SET_FILE = new URL('./guard-set.jsonl', import.meta.url)

export function loadSet(file: URL = SET_FILE): EvalDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalDoc)
}

export interface TypeStats {
  gold: number
  detected: number
  masked: number
  findings: number
  truePositives: number
  mistyped: number
  recall: number
  precision: number
  f2: number
  docs: number
  leakedDocs: number
  leakRate: number
}

export interface Example {
  id: string
  what: string
  value: string
  context: string
}

export type Decision = GuardResult['decision']

export interface EvalReport {
  documents: number
  perType: Partial<Record<FindingType, TypeStats>>
  /** recall of valid personnummer/samordningsnummer by how they are written */
  idFormats: Record<string, { gold: number; detected: number }>
  /** recall and masking of names by whether the guard's lexicon knows them */
  nameSources: Record<string, { gold: number; detected: number; masked: number }>
  suspectedIds: { gold: number; detected: number }
  personalChars: number
  unmaskedChars: number
  unmaskedShare: number
  /** documents with personal data of which some was not fully masked */
  docLeaks: { docs: number; leaked: number; rate: number }
  confusion: Record<Decision, Record<Decision, number>>
  decisionsByKind: Record<string, Record<Decision, number>>
  cleanFlags: Partial<Record<CleanKind, { total: number; flagged: number }>>
  examples: {
    misses: Example[]
    falsePositives: Example[]
    cleanFlags: Example[]
    decisions: Example[]
  }
  targets: Target[]
  seconds: number
}

export interface Target {
  name: string
  value: number
  target: string
  ok: boolean
}

const DECISIONS: Decision[] = ['BLOCK', 'REDACT', 'ALLOW']
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end
const isPersonal = (t: FindingType) => CLASS_OF[t] === 'personal'

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 40)}`.replace(
    /\s+/g,
    ' ',
  )
}

function emptyStats(): TypeStats {
  return {
    gold: 0,
    detected: 0,
    masked: 0,
    findings: 0,
    truePositives: 0,
    mistyped: 0,
    recall: 1,
    precision: 1,
    f2: 1,
    docs: 0,
    leakedDocs: 0,
    leakRate: 0,
  }
}

export function evaluate(docs: EvalDoc[], maxExamples = 40): EvalReport {
  const t0 = performance.now()
  const perType: Partial<Record<FindingType, TypeStats>> = {}
  const stats = (t: FindingType) => (perType[t] ??= emptyStats())
  const idFormats: EvalReport['idFormats'] = {}
  const nameSources: EvalReport['nameSources'] = {}
  const suspectedIds = { gold: 0, detected: 0 }
  const confusion = Object.fromEntries(
    DECISIONS.map((d) => [d, Object.fromEntries(DECISIONS.map((e) => [e, 0]))]),
  ) as EvalReport['confusion']
  const decisionsByKind: EvalReport['decisionsByKind'] = {}
  const cleanFlags: EvalReport['cleanFlags'] = {}
  const examples: EvalReport['examples'] = {
    misses: [],
    falsePositives: [],
    cleanFlags: [],
    decisions: [],
  }
  const note = (list: Example[], e: Example) => {
    if (list.length < maxExamples) list.push(e)
  }
  let personalChars = 0
  let unmaskedChars = 0
  const docLeaks = { docs: 0, leaked: 0, rate: 0 }

  for (const doc of docs) {
    const result = guard({
      text: doc.text,
      allowedClasses: ['public'],
      confidential: doc.confidential ? { ground: doc.confidential } : null,
    })
    // The registry's own marking covers the whole text and is not a finding in the text.
    const findings = result.findings.filter(
      (f) =>
        !(
          doc.confidential &&
          f.type === 'confidential' &&
          f.start === 0 &&
          f.end === doc.text.length
        ),
    )
    confusion[doc.expect][result.decision]++
    const byKind = (decisionsByKind[doc.kind] ??= { BLOCK: 0, REDACT: 0, ALLOW: 0 })
    byKind[result.decision]++
    if (result.decision !== doc.expect)
      note(examples.decisions, {
        id: doc.id,
        what: `${doc.kind}: expected ${doc.expect}, got ${result.decision}`,
        value: result.reasons.join(' '),
        context: doc.text.slice(0, 160).replace(/\s+/g, ' '),
      })

    const covered = coverage(doc.text.length, findings)
    const leakedTypes = new Set<FindingType>()
    const typesHere = new Set<FindingType>()
    for (const g of doc.spans) {
      const s = stats(g.type)
      s.gold++
      typesHere.add(g.type)
      const detected = findings.some((f) => f.type === g.type && overlaps(f, g))
      if (detected) s.detected++
      let masked = true
      if (isPersonal(g.type)) {
        const [chars, uncovered] = unmasked(doc.text, g, covered)
        personalChars += chars
        unmaskedChars += uncovered
        masked = uncovered === 0
        if (masked) s.masked++
        else leakedTypes.add(g.type)
      }
      if (g.type === 'personnummer' || g.type === 'samordningsnummer') {
        if (g.suspected) {
          suspectedIds.gold++
          if (detected) suspectedIds.detected++
        } else {
          const key = `${g.type} ${g.format}`
          const f = (idFormats[key] ??= { gold: 0, detected: 0 })
          f.gold++
          if (detected) f.detected++
        }
      }
      if (g.type === 'name' && g.source) {
        const n = (nameSources[g.source] ??= { gold: 0, detected: 0, masked: 0 })
        n.gold++
        if (detected) n.detected++
        if (masked) n.masked++
      }
      if (!detected || !masked)
        note(examples.misses, {
          id: doc.id,
          what: `${g.type}${g.source ? ` (${g.source})` : ''}${g.format ? ` (${g.format})` : ''}${detected ? ': not fully masked' : ''}`,
          value: g.value,
          context: context(doc.text, g.start, g.end),
        })
    }
    for (const t of typesHere) {
      const s = stats(t)
      s.docs++
      if (leakedTypes.has(t)) s.leakedDocs++
    }
    if ([...typesHere].some(isPersonal)) {
      docLeaks.docs++
      if (leakedTypes.size) docLeaks.leaked++
    }

    for (const f of findings) {
      const s = stats(f.type)
      s.findings++
      if (doc.spans.some((g) => g.type === f.type && overlaps(f, g))) s.truePositives++
      else if (doc.spans.some((g) => overlaps(f, g))) s.mistyped++
      else
        note(examples.falsePositives, {
          id: doc.id,
          what: f.type,
          value: f.value,
          context: context(doc.text, f.start, f.end),
        })
    }
    for (const c of doc.clean) {
      const k = (cleanFlags[c.kind] ??= { total: 0, flagged: 0 })
      k.total++
      const hit = findings.find((f) => overlaps(f, c))
      if (hit) {
        k.flagged++
        note(examples.cleanFlags, {
          id: doc.id,
          what: `${c.kind} flagged as ${hit.type}`,
          value: c.value,
          context: context(doc.text, c.start, c.end),
        })
      }
    }
  }

  for (const s of Object.values(perType)) {
    s.recall = s.gold ? s.detected / s.gold : 1
    s.precision = s.findings ? s.truePositives / s.findings : 1
    s.f2 = s.recall + s.precision ? (5 * s.precision * s.recall) / (4 * s.precision + s.recall) : 0
    s.leakRate = s.docs ? s.leakedDocs / s.docs : 0
  }
  docLeaks.rate = docLeaks.docs ? docLeaks.leaked / docLeaks.docs : 0
  const report: Omit<EvalReport, 'targets'> = {
    documents: docs.length,
    perType,
    idFormats,
    nameSources,
    suspectedIds,
    personalChars,
    unmaskedChars,
    unmaskedShare: personalChars ? unmaskedChars / personalChars : 0,
    docLeaks,
    confusion,
    decisionsByKind,
    cleanFlags,
    examples,
    seconds: (performance.now() - t0) / 1000,
  }
  return { ...report, targets: targets(report) }
}

/** The targets of issue 4 ("The guard"). */
function targets(r: Omit<EvalReport, 'targets'>): Target[] {
  const out: Target[] = []
  const validRecall = (type: string) => {
    const rows = Object.entries(r.idFormats).filter(([k]) => k.startsWith(`${type} `))
    const gold = rows.reduce((n, [, v]) => n + v.gold, 0)
    return gold ? rows.reduce((n, [, v]) => n + v.detected, 0) / gold : 1
  }
  for (const type of ['personnummer', 'samordningsnummer']) {
    const v = validRecall(type)
    out.push({ name: `recall, valid ${type}`, value: v, target: '= 1', ok: v === 1 })
  }
  for (const type of ['personnummer', 'samordningsnummer', 'email', 'phone'] as const) {
    const v = r.perType[type]?.leakRate ?? 0
    out.push({ name: `document leak rate, ${type}`, value: v, target: '= 0', ok: v === 0 })
  }
  const names = r.perType.name?.recall ?? 0
  out.push({ name: 'recall, names', value: names, target: '≥ 0.95', ok: names >= 0.95 })
  for (const kind of ['caseNumber', 'section', 'statute', 'date', 'amount', 'orgnr'] as const) {
    const v = r.cleanFlags[kind]?.flagged ?? 0
    out.push({ name: `findings on ${kind}`, value: v, target: '= 0', ok: v === 0 })
  }
  return out
}

/** Which characters of the text some personal finding covers. */
function coverage(length: number, findings: Finding[]): Uint8Array {
  const covered = new Uint8Array(length)
  for (const f of findings) if (isPersonal(f.type)) covered.fill(1, f.start, f.end)
  return covered
}

/** [non-space characters of the span, those of them not covered]. */
function unmasked(text: string, g: GoldSpan, covered: Uint8Array): [number, number] {
  let chars = 0
  let left = 0
  for (let i = g.start; i < g.end; i++) {
    if (/\s/.test(text[i]!)) continue
    chars++
    if (!covered[i]) left++
  }
  return [chars, left]
}
