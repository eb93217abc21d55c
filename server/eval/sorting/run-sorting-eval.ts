/**
 * `npm run eval:sorting [-- --sizes 400,2000,20000] [--json]`: the ärendesortering model trained
 * in memory on the demo registry (the Kalix seed) and on synthetic registries of the given sizes,
 * with its held-out accuracy per target (newest 20 %), the training time, the stored model's size
 * and the time of one suggestion. The database tests check the same on both engines; this shows
 * how it scales. Figures go to docs/benchmarks.md ("Ärendesortering").
 */
import { parseArgs } from 'node:util'
import { serialiseModel, suggestFor } from '../../src/domain/ai-sorting/model.js'
import type { SortCaseInfo, SortRegistration } from '../../src/domain/ai-sorting/targets.js'
import { trainSorter, type SortEvaluation } from '../../src/domain/ai-sorting/train.js'
import { demoCases } from '../../src/services/demo/kalix-seed-data.js'
import { syntheticRegistry } from './synthetic-registry.js'

interface Registry {
  name: string
  registrations: SortRegistration[]
  cases: SortCaseInfo[]
}

const plain = { confidential: false, protectDescription: false, protectCounterpart: false }

/** The demo registry as seed-demo.ts registers it: each document at 10:00 on its day. */
function demoRegistry(): Registry {
  const cases: SortCaseInfo[] = []
  const rows: Array<SortRegistration & { number: string }> = []
  for (const c of demoCases) {
    const caseNumber = `${c.seriesPrefix}-${c.year}-${String(c.number).padStart(5, '0')}`
    cases.push({
      id: caseNumber,
      caseNumber,
      title: c.title,
      titleProtected: false,
      seriesId: c.seriesPrefix,
      committeeId: c.committeeKey,
      caseOfficerId: c.caseOfficerUsername ?? null,
      closed: c.status === 'closed',
    })
    c.documents.forEach((d, j) =>
      rows.push({
        documentId: `${caseNumber}-${j + 1}`,
        number: `${caseNumber}-${j + 1}`,
        caseId: caseNumber,
        registeredAt: new Date(
          `${d.documentDate > c.openedOn ? d.documentDate : c.openedOn}T10:00:00+01:00`,
        ),
        direction: d.direction,
        description: d.description,
        counterpartName: d.counterpartName ?? null,
        counterpartKind: d.counterpartKind ?? null,
        fileText: d.confidential ? null : (d.fileText ?? null),
        confidential: !!d.confidential,
        protectDescription: !!d.confidential?.protectDescription,
        protectCounterpart: !!d.confidential?.protectCounterpart,
      }),
    )
  }
  // The order the repository reads them in: time, then registration number.
  rows.sort(
    (a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.number < b.number ? -1 : 1),
  )
  return { name: 'demo (Kalix seed)', registrations: rows, cases }
}

function synthetic(size: number): Registry {
  const cases: SortCaseInfo[] = []
  const registrations: SortRegistration[] = []
  const counters = new Map<string, number>()
  syntheticRegistry(2026, size).forEach((c, i) => {
    const seq = (counters.get(c.seriesPrefix) ?? 0) + 1
    counters.set(c.seriesPrefix, seq)
    const caseNumber = `${c.seriesPrefix}-2024-${String(seq).padStart(5, '0')}`
    cases.push({
      id: `case-${i}`,
      caseNumber,
      title: c.title,
      titleProtected: false,
      seriesId: c.seriesPrefix,
      committeeId: c.committee,
      caseOfficerId: c.officer,
      closed: false,
    })
    c.documents.forEach((d, j) =>
      registrations.push({
        documentId: `doc-${i}-${j}`,
        caseId: `case-${i}`,
        registeredAt: new Date(`${d.date}T09:00:00Z`),
        direction: d.direction,
        description: d.description,
        counterpartName: d.counterpartName,
        counterpartKind: d.counterpartKind,
        fileText: d.fileText?.replace('{ref}', caseNumber) ?? null,
        ...plain,
      }),
    )
  })
  registrations.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime())
  return { name: `synthetic ${size}`, registrations, cases }
}

function measure(r: Registry) {
  const t0 = performance.now()
  const { model, evaluation } = trainSorter(r)
  const trainMs = performance.now() - t0
  const json = JSON.stringify(serialiseModel(model))
  const sample = r.registrations.slice(-200)
  const lastActivity = new Map(r.registrations.map((x) => [x.caseId, x.registeredAt.getTime()]))
  const t1 = performance.now()
  for (const d of sample)
    suggestFor(model, d, 3, { at: d.registeredAt.getTime() + 1, lastActivity })
  const suggestMs = (performance.now() - t1) / sample.length
  return {
    name: r.name,
    registrations: r.registrations.length,
    cases: r.cases.length,
    trainMs: Math.round(trainMs),
    modelBytes: json.length,
    suggestMs: Math.round(suggestMs * 100) / 100,
    evaluation,
  }
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '400,2000,20000' }, json: { type: 'boolean' } },
})
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const results = [measure(demoRegistry()), ...sizes.map((n) => measure(synthetic(n)))]

const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const row = (e: SortEvaluation, t: keyof SortEvaluation['targets']) =>
  `${pct(e.targets[t].top1)} / ${pct(e.targets[t].top3)} (bas ${pct(e.targets[t].baseline)}, n ${e.targets[t].evaluated})`
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
else {
  console.log(
    '| registry | registrations (held out) | series top-1 / top-3 | case | committee | case officer | train | model | suggestion |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of results) {
    const e = r.evaluation
    console.log(
      `| ${r.name} | ${r.registrations} (${e.heldOutSize}) | ${row(e, 'series')} | ${row(e, 'case')} | ${row(e, 'committee')} | ${row(e, 'caseOfficer')} | ${r.trainMs} ms | ${(r.modelBytes / 1e6).toFixed(2)} MB | ${r.suggestMs} ms |`,
    )
  }
}
