import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { guard } from '../server/src/domain/ai-guard/index.js'

/**
 * Throughput of the AI guard (`npm run bench -- --only guard`): mixed municipal text in 10 kB
 * documents through `guard()` for a service approved for public data only, on one core (the
 * guard is synchronous; this process runs nothing else meanwhile).
 *
 * The text: the documents of the labelled evaluation set (server/eval/guard/guard-set.jsonl)
 * that are not built to be blocked: municipal prose with case numbers, §, statutes, dates and
 * amounts, and in two thirds of them names, identity numbers, contact details, addresses or
 * payment details, joined in set order into documents of about 10 kB. Each such document is
 * masked and looked at again (the dearest path), and the text is denser in personal data than
 * most registry text, so the figure errs on the slow side. With
 * `KANSLI_BENCH_SEEDS=<dir>` the real seed documents are measured as a second corpus.
 *
 * MB/s is given per wall-clock second and per CPU second of this process: on a machine shared
 * with other work the CPU figure is what the guard costs.
 */
export interface GuardBenchResult {
  corpus: string
  documents: number
  megabytes: number
  seconds: number
  mbPerSecondWall: number
  mbPerSecondCpu: number
  p50Ms: number
  p95Ms: number
  decisions: Record<string, number>
}

const DOC_SIZE = 10_000
// Left out so that the documents take the dearest path, masking and the second look at the
// masked text, instead of stopping at a BLOCK.
const BLOCKED_KINDS = new Set(['sensitive', 'policy', 'stamp', 'registry'])

function documentsOf(texts: string[]): string[] {
  const docs: string[] = []
  let cur = ''
  for (const t of texts) {
    cur += `${t}\n\n`
    if (cur.length >= DOC_SIZE) {
      docs.push(cur)
      cur = ''
    }
  }
  return docs
}

function evalSetDocuments(): string[] {
  const file = new URL('../server/eval/guard/guard-set.jsonl', import.meta.url)
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { kind: string; text: string })
    .filter((d) => !BLOCKED_KINDS.has(d.kind))
    .map((d) => d.text)
  return documentsOf(texts)
}

function seedDocuments(dir: string): string[] {
  const files = [
    'kalix-ks-kallelse-2025-12-15.txt',
    'kalmar-ksau-protokoll-2024-03-26.md',
    'kalix-riktlinjer-for-ai.txt',
  ]
  const paragraphs = files
    .filter((f) => existsSync(`${dir}/${f}`))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/))
  return documentsOf(paragraphs)
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function measure(corpus: string, docs: string[], seconds: number): GuardBenchResult {
  const once = (d: string) => guard({ text: d, allowedClasses: ['public'] })
  // Warm-up: the JIT compiles the detectors' hot paths within the first second or so.
  const warmUntil = performance.now() + Math.min(3000, seconds * 250)
  for (let i = 0; performance.now() < warmUntil; i++) once(docs[i % docs.length]!)
  const times: number[] = []
  const decisions: Record<string, number> = { BLOCK: 0, REDACT: 0, ALLOW: 0 }
  let chars = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const end = t0 + seconds * 1000
  for (let i = 0; performance.now() < end || i < docs.length; i++) {
    const d = docs[i % docs.length]!
    const s = performance.now()
    const r = once(d)
    times.push(performance.now() - s)
    decisions[r.decision] = (decisions[r.decision] ?? 0) + 1
    chars += d.length
  }
  const wall = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  times.sort((a, b) => a - b)
  const mb = chars / 1e6
  const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d
  return {
    corpus,
    documents: docs.length,
    megabytes: round(mb),
    seconds: round(wall),
    mbPerSecondWall: round(mb / wall),
    mbPerSecondCpu: round(mb / cpuSeconds),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    decisions,
  }
}

export function runGuardBench(o: { seconds: number; log: (s: string) => void }) {
  const load = () => loadavg().map((x) => Math.round(x * 100) / 100)
  const loadBefore = load()
  const corpora: Array<[string, string[]]> = [['evaluation set', evalSetDocuments()]]
  const seeds = process.env.KANSLI_BENCH_SEEDS
  if (seeds) corpora.push(['seed documents', seedDocuments(seeds)])
  const results: GuardBenchResult[] = []
  for (const [name, docs] of corpora) {
    if (docs.length === 0) continue
    const r = measure(name, docs, o.seconds)
    results.push(r)
    o.log(
      `  ${name}: ${r.mbPerSecondWall} MB/s (${r.mbPerSecondCpu} MB/s per CPU second), ` +
        `p50 ${r.p50Ms} ms / p95 ${r.p95Ms} ms per ${DOC_SIZE / 1000} kB document ` +
        `(${r.documents} documents, ${r.megabytes} MB in ${r.seconds} s; ` +
        `${Object.entries(r.decisions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
    )
  }
  const loadAfter = load()
  o.log(`  load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`)
  return { documentSize: DOC_SIZE, loadBefore, loadAfter, results }
}
