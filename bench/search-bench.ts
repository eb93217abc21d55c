/**
 * The search benchmark: each query class run many times through the search service (the code the
 * HTTP route calls), as the public and as staff, reporting p50/p95 in milliseconds.
 */
import type { Actor, Deps } from '../server/src/services/context.js'
import { searchRegistry, type SearchParams } from '../server/src/services/registry/search.js'
import { BENCH_QUERIES } from './lexicon.js'
import { LAST_YEAR } from './generate.js'

export interface ClassResult {
  queryClass: string
  scope: 'public' | 'staff'
  runs: number
  p50: number
  p95: number
  max: number
  /** Average total, to show what the class returns ("10000+" counts as 10000). */
  avgTotal: number
  /** How many runs of the class found nothing (a misspelled word that was not corrected, for one). */
  empty: number
}

export function queryClasses(rareWords: string[]): Record<string, SearchParams[]> {
  const q = (list: string[]) => list.map((text) => ({ q: text }))
  return {
    common: q(BENCH_QUERIES.common),
    rare: q(rareWords.slice(0, 10)),
    phrase: q(BENCH_QUERIES.phrase),
    prefix: q(BENCH_QUERIES.prefix),
    orNot: q(BENCH_QUERIES.orNot),
    misspelled: q(BENCH_QUERIES.misspelled),
    filtered: [
      { q: 'avtal', series: 'KS', year: LAST_YEAR - 1, direction: 'incoming' },
      { q: 'beslut', series: 'SBN', year: LAST_YEAR, direction: 'outgoing' },
      { q: 'detaljplan', series: 'SBN', year: LAST_YEAR - 2, direction: 'incoming' },
      { q: 'förskola', series: 'BUN', year: LAST_YEAR - 1, direction: 'drawnUp' },
    ],
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] as number
}

export async function runSearchBench(
  deps: Deps,
  actors: { public: Actor; staff: Actor },
  rareWords: string[],
  opts: { runs: number; log: (msg: string) => void },
): Promise<ClassResult[]> {
  const results: ClassResult[] = []
  const classes = queryClasses(rareWords)
  for (const scope of ['public', 'staff'] as const) {
    const actor = actors[scope]
    for (const [name, queries] of Object.entries(classes)) {
      if (queries.length === 0) continue
      // One warm-up pass (plans, caches), then the measured runs.
      for (const params of queries) await searchRegistry(deps, actor, params, scope === 'public')
      const times: number[] = []
      let totals = 0
      let empty = 0
      for (let i = 0; i < opts.runs; i++) {
        const params = queries[i % queries.length] as SearchParams
        const t0 = performance.now()
        const r = await searchRegistry(deps, actor, params, scope === 'public')
        times.push(performance.now() - t0)
        totals += r.total
        if (r.total === 0) empty++
      }
      times.sort((a, b) => a - b)
      const res: ClassResult = {
        queryClass: name,
        scope,
        runs: times.length,
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        max: round(times[times.length - 1] as number),
        avgTotal: Math.round(totals / times.length),
        empty,
      }
      opts.log(
        `  ${scope.padEnd(6)} ${name.padEnd(10)} p50 ${res.p50} ms  p95 ${res.p95} ms  max ${res.max} ms  snitt träffar ${res.avgTotal}${empty ? `  tomma ${empty}` : ''}`,
      )
      results.push(res)
    }
  }
  return results
}

const round = (x: number) => Math.round(x * 10) / 10
