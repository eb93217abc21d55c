import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, hostname, totalmem } from 'node:os'

/** What the results were measured on. */
export function describeMachine() {
  const cpuinfo = safe(() => readFileSync('/proc/cpuinfo', 'utf8'))
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown'
  return {
    hostname: hostname(),
    nproc: Number(safe(() => execFileSync('nproc').toString().trim())) || cpus().length,
    cpuModel: model,
    memory:
      safe(() => execFileSync('free', ['-h']).toString().split('\n')[1]?.trim().split(/\s+/)[1]) ||
      `${Math.round(totalmem() / 2 ** 30)}G`,
    node: process.version,
    pgliteVersion: safe(
      () =>
        JSON.parse(
          readFileSync(
            new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url),
            'utf8',
          ),
        ).version,
    ),
  }
}

function safe(fn: () => string | undefined): string {
  try {
    return fn() ?? ''
  } catch {
    return ''
  }
}
