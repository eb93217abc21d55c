/**
 * The load generator of the registration benchmark, run as a process of its own (register-bench.ts
 * starts it) so that the clients do not share the server's event loop: N clients, each logged in
 * with its own session, POST registrations back to back over keep-alive HTTP on 127.0.0.1.
 * After `warmup` seconds of uncounted registrations it prints "measuring", at the end one line of
 * JSON: { latencies, seconds, cpuMs } (cpuMs: this process's CPU while it measured).
 *
 *   tsx bench/register-client.ts <base url> <clients> <seconds> <username> <password> [warmup]
 */
import { randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'

const [base, clientsArg, secondsArg, username, password, warmupArg] = process.argv.slice(2)
if (!base || !clientsArg || !secondsArg || !username || !password) {
  throw new Error('usage: register-client.ts <base> <clients> <seconds> <username> <password>')
}
const clients = Number(clientsArg)
const seconds = Number(secondsArg)
const warmup = Number(warmupArg ?? 0)
const url = new URL(base)
if (url.hostname !== '127.0.0.1') throw new Error('The benchmark only talks to 127.0.0.1')
const agent = new Agent({ keepAlive: true, maxSockets: clients })

function post(
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function login(): Promise<Record<string, string>> {
  const res = await post('/api/auth/login', {}, JSON.stringify({ username, password }))
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`)
  const setCookie = res.headers['set-cookie']
  const first = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? ''
  const cookie = first.split(';')[0] ?? ''
  const { csrfToken } = JSON.parse(res.body) as { csrfToken: string }
  return { cookie, 'x-csrf-token': csrfToken }
}

function registration(client: number, i: number): string {
  const text = `Ansökan om bygglov för garage på fastigheten Bergön ${client}:${i}. Sökanden bifogar ritningar och situationsplan. ${randomUUID()}`
  return JSON.stringify({
    newCase: { seriesPrefix: 'KS', title: `Ansökan om bygglov – klient ${client} nr ${i}` },
    direction: 'incoming',
    documentDate: new Date().toISOString().slice(0, 10),
    counterpartName: 'Länsstyrelsen Norrbotten',
    description: 'Ansökan om bygglov för garage',
    files: [
      {
        fileName: 'ansokan.txt',
        contentBase64: Buffer.from(text).toString('base64'),
        mediaType: 'text/plain',
      },
    ],
  })
}

// One session per client, as separate staff members would have.
const sessions: Record<string, string>[] = []
for (let i = 0; i < clients; i++) sessions.push(await login())

/** Every client registers back to back until `forSeconds` have passed. */
async function run(forSeconds: number, record: (ms: number) => void) {
  const until = performance.now() + forSeconds * 1000
  await Promise.all(
    sessions.map(async (headers, client) => {
      while (performance.now() < until) {
        const body = registration(client, counter++)
        const t0 = performance.now()
        const res = await post('/api/documents', headers, body)
        if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${res.body}`)
        record(performance.now() - t0)
      }
    }),
  )
}
let counter = 0

// Uncounted first: a server that has run for a while has its hot code compiled.
await run(warmup, () => {})
process.stdout.write('measuring\n')
const latencies: number[] = []
const cpuStart = process.cpuUsage()
const start = performance.now()
await run(seconds, (ms) => latencies.push(ms))
const elapsed = (performance.now() - start) / 1000
const cpu = process.cpuUsage(cpuStart)
agent.destroy()
process.stdout.write(
  `${JSON.stringify({ latencies, seconds: elapsed, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
)
