// The AI guard's throughput loop, run by bench/guard-bench.ts in a plain `node` process (no tsx
// loader) on the guard as tsc compiles it for the server:
//   node bench/guard-measure.mjs <compiled ai-guard/index.js> <documents.json> <seconds>
// Prints one JSON object: characters, wall and CPU seconds, sorted per-document times (ms), the
// MB per CPU second of each one-second round (sorted) and the decisions.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [guardPath, docsPath, secondsArg] = process.argv.slice(2)
const { guard } = await import(pathToFileURL(guardPath).href)
const docs = JSON.parse(readFileSync(docsPath, 'utf8'))
const seconds = Number(secondsArg)
const once = (d) => guard({ text: d, allowedClasses: ['public'] })

// Warm-up: the JIT compiles the detectors' hot paths within the first second or so.
const warmUntil = performance.now() + Math.min(3000, seconds * 250)
for (let i = 0; performance.now() < warmUntil; i++) once(docs[i % docs.length])

const times = []
const decisions = { BLOCK: 0, REDACT: 0, ALLOW: 0 }
// One-second rounds, each with its own CPU time: the machine's speed drifts from second to
// second (other virtual machines on the host), and the median round says what the guard does.
const rounds = []
let chars = 0
const cpu0 = process.cpuUsage()
const t0 = performance.now()
const end = t0 + seconds * 1000
for (let i = 0; performance.now() < end || i < docs.length;) {
  const roundCpu = process.cpuUsage()
  const roundEnd = performance.now() + 1000
  let roundChars = 0
  while (performance.now() < roundEnd && (performance.now() < end || i < docs.length)) {
    const d = docs[i % docs.length]
    const s = performance.now()
    const r = once(d)
    times.push(performance.now() - s)
    decisions[r.decision] = (decisions[r.decision] ?? 0) + 1
    roundChars += d.length
    i++
  }
  const c = process.cpuUsage(roundCpu)
  rounds.push(roundChars / 1e6 / ((c.user + c.system) / 1e6))
  chars += roundChars
}
const wallSeconds = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
times.sort((a, b) => a - b)
rounds.sort((a, b) => a - b)
process.stdout.write(
  JSON.stringify({
    chars,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    times,
    rounds,
    decisions,
  }),
)
