import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const START_TIMEOUT_MS = 170_000

export interface KansliServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string
  admin: { username: string; password: string }
  dataDir: string
  stop(): Promise<void>
}

interface StartLine {
  url: string
  port: number
  engine: string
  version: string
  firstLogin: { username: string; password: string } | null
}

/**
 * Starts the real built Kansli (`bin/kansli.mjs serve --json`, which builds server and web UI
 * when they are stale) on a free port with a fresh data directory and the demo municipality.
 */
export async function startKansli(): Promise<KansliServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kansli-e2e-data-'))
  const adminPassword = `e2e-${Math.random().toString(36).slice(2)}-Lösen1`
  const child = spawn(process.execPath, [join(ROOT, 'bin/kansli.mjs'), 'serve', '--json'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KANSLI_DATA_DIR: dataDir,
      KANSLI_ADMIN_PASSWORD: adminPassword,
      KANSLI_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000)
  })

  const stop = async () => {
    await stopChild(child)
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    const line = await readStartLine(child, () => stderr)
    const url = line.url.replace('//localhost:', '//127.0.0.1:')
    return {
      url,
      admin: {
        username: line.firstLogin?.username ?? 'admin',
        password: line.firstLogin?.password ?? adminPassword,
      },
      dataDir,
      stop,
    }
  } catch (err) {
    await stop()
    throw err
  }
}

/** Waits for the one JSON line with `url` on stdout (log lines may come before it). */
function readStartLine(child: ChildProcess, stderr: () => string): Promise<StartLine> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    let stdoutSeen = ''
    const fail = (why: string) => {
      clearTimeout(timer)
      reject(
        new Error(
          `\`node bin/kansli.mjs serve --json\` did not start: ${why}\n--- stdout ---\n${stdoutSeen.slice(-4000)}\n--- stderr ---\n${stderr().slice(-8000)}`,
        ),
      )
    }
    const timer = setTimeout(
      () => fail(`no start line within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    )
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => {
      stdoutSeen += chunk
      buffer += chunk
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, nl).trim()
        buffer = buffer.slice(nl + 1)
        if (!text.startsWith('{')) continue
        try {
          const parsed = JSON.parse(text) as Partial<StartLine>
          if (typeof parsed.url === 'string' && typeof parsed.port === 'number') {
            clearTimeout(timer)
            resolve(parsed as StartLine)
            return
          }
        } catch {
          // not the start line
        }
      }
    })
    child.once('error', (err) => fail(`could not spawn: ${err.message}`))
    child.once('exit', (code, signal) =>
      fail(`the process exited (code ${code}, signal ${signal})`),
    )
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
