import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
 * most registry text, so the figure errs on the slow side. The real seed documents (the Kalix
 * notice, the Kalmar minutes, the AI guidelines: what the registry really holds) are measured as
 * a second corpus, from ../shared/seeds beside the repository or `KANSLI_BENCH_SEEDS=<dir>`.
 *
 * MB/s is given per wall-clock second and per CPU second of this process: on a machine shared
 * with other work the CPU figure is what the guard costs.
 *
 * The guard measured is the server's: compiled by tsc as `npm start` compiles it, not the
 * on-the-fly transform tsx runs this bench with (which wraps every function to keep its name and
 * made the guard a third slower).
 */
export interface GuardBenchResult {
  corpus: string
  documents: number
  megabytes: number
  seconds: number
  mbPerSecondWall: number
  mbPerSecondCpu: number
  /** MB per CPU second of the median one-second round, and of the slowest and fastest */
  mbPerSecondCpuMedianRound: number
  mbPerSecondCpuRange: [number, number]
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

/** The project's shared seeds beside the repository (../shared/seeds), when they are there. */
function defaultSeedDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../shared/seeds', import.meta.url))
  return existsSync(dir) ? dir : undefined
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** The server's sources compiled by tsc (as `npm start` compiles them) into a scratch folder. */
function compileServer(): string {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const out = mkdtempSync(join(tmpdir(), 'kansli-guard-bench-'))
  const tsc = join(root, 'node_modules', '.bin', 'tsc')
  const r = spawnSync(tsc, ['-p', join(root, 'server'), '--outDir', out, '--sourceMap', 'false'], {
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`tsc misslyckades: ${r.stdout}${r.stderr}`)
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  return out
}

interface Measured {
  chars: number
  wallSeconds: number
  cpuSeconds: number
  times: number[]
  rounds: number[]
  decisions: Record<string, number>
}

/** One corpus through the compiled guard in a plain node process (guard-measure.mjs). */
function measure(out: string, corpus: string, docs: string[], seconds: number): GuardBenchResult {
  const docsFile = join(out, `${corpus.replace(/\W+/g, '-')}.json`)
  writeFileSync(docsFile, JSON.stringify(docs))
  const script = fileURLToPath(new URL('./guard-measure.mjs', import.meta.url))
  const guardFile = join(out, 'domain', 'ai-guard', 'index.js')
  const r = spawnSync(process.execPath, [script, guardFile, docsFile, String(seconds)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (r.status !== 0) throw new Error(`mätningen misslyckades: ${r.stderr}`)
  const m = JSON.parse(r.stdout) as Measured
  const mb = m.chars / 1e6
  const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d
  return {
    corpus,
    documents: docs.length,
    megabytes: round(mb),
    seconds: round(m.wallSeconds),
    mbPerSecondWall: round(mb / m.wallSeconds),
    mbPerSecondCpu: round(mb / m.cpuSeconds),
    mbPerSecondCpuMedianRound: round(percentile(m.rounds, 50)),
    mbPerSecondCpuRange: [round(m.rounds[0]!), round(m.rounds[m.rounds.length - 1]!)],
    p50Ms: round(percentile(m.times, 50)),
    p95Ms: round(percentile(m.times, 95)),
    decisions: m.decisions,
  }
}

export function runGuardBench(o: { seconds: number; log: (s: string) => void }) {
  const out = compileServer()
  const load = () => loadavg().map((x) => Math.round(x * 100) / 100)
  const loadBefore = load()
  const corpora: Array<[string, string[]]> = [['evaluation set', evalSetDocuments()]]
  const seeds = process.env.KANSLI_BENCH_SEEDS ?? defaultSeedDir()
  if (seeds) corpora.push(['seed documents', seedDocuments(seeds)])
  const results: GuardBenchResult[] = []
  for (const [name, docs] of corpora) {
    if (docs.length === 0) continue
    const r = measure(out, name, docs, o.seconds)
    results.push(r)
    o.log(
      `  ${name}: ${r.mbPerSecondWall} MB/s (${r.mbPerSecondCpu} MB/s per CPU second; ` +
        `median one-second round ${r.mbPerSecondCpuMedianRound}, ` +
        `range ${r.mbPerSecondCpuRange.join('–')}), ` +
        `p50 ${r.p50Ms} ms / p95 ${r.p95Ms} ms per ${DOC_SIZE / 1000} kB document ` +
        `(${r.documents} documents, ${r.megabytes} MB in ${r.seconds} s; ` +
        `${Object.entries(r.decisions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
    )
  }
  const loadAfter = load()
  rmSync(out, { recursive: true, force: true })
  o.log(`  load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`)
  return { documentSize: DOC_SIZE, compiledWith: 'tsc', loadBefore, loadAfter, results }
}
