/**
 * CPU time of the processes of a throughput run, so that a result says what one registration
 * costs and where (on a busy 2-core machine the rate follows CPU per registration, not latency).
 * Linux only (/proc); elsewhere the PostgreSQL figure is null.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100

export interface CpuSample {
  /** This process (the Kansli server in the registration bench), user + system, ms. */
  processMs: number
  /** Every local PostgreSQL process, plus the finished backends the postmaster has reaped, ms. */
  postgresMs: number | null
}

export function sampleCpu(): CpuSample {
  const own = process.cpuUsage()
  return { processMs: (own.user + own.system) / 1000, postgresMs: postgresCpuMs() }
}

/** CPU ms per operation between two samples. */
export function cpuPerOperation(before: CpuSample, after: CpuSample, operations: number) {
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || operations === 0
      ? null
      : Math.round(((b - a) / operations) * 100) / 100
  return {
    serverMs: per(before.processMs, after.processMs),
    postgresMs: per(before.postgresMs, after.postgresMs),
  }
}

function postgresCpuMs(): number | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  let ticks = 0
  for (const pid of pids) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // ended meanwhile
    }
    // pid (comm) state ppid …: comm may hold spaces, so the fields are counted after the ')'.
    const close = stat.lastIndexOf(')')
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue
    const f = stat.slice(close + 2).split(' ')
    // utime, stime are fields 14 and 15 of stat; cutime, cstime (reaped children) 16 and 17.
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}
