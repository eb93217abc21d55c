import { resolve } from 'node:path'

/** Kansli's configuration: one typed object read from the environment once, at start. */
export interface Config {
  /** PORT: HTTP port (default 3000). */
  port: number
  /** HOST: interface to listen on (default 0.0.0.0). */
  host: string
  /** KANSLI_DATA_DIR: embedded database and stored files (default ./data). */
  dataDir: string
  /** DATABASE_URL: postgres://… to use a PostgreSQL server instead of the embedded PGlite. */
  databaseUrl: string | null
  /** KANSLI_DEMO: create the demo municipality on an empty database (default true). */
  demo: boolean
  /** KANSLI_SECURE_COOKIES: mark session cookies Secure (default: true unless on localhost http). */
  secureCookies: boolean
  /** KANSLI_SESSION_HOURS: how long a login lasts (default 12). */
  sessionHours: number
  /** KANSLI_MAX_UPLOAD_MB: largest accepted file (default 100). */
  maxUploadMb: number
  /** LOG_LEVEL: fatal, error, warn, info, debug (default info). */
  logLevel: string
  /** KANSLI_CONTACT_EMAIL: the registry's address shown to the public (requests, accessibility feedback). */
  contactEmail: string | null
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ogiltig konfiguration:\n  ${problems.join('\n  ')}`)
  }
}

/** Reads and checks every variable, listing all problems at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = []
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} måste vara ett heltal mellan ${min} och ${max} (fick "${raw}")`)
      return fallback
    }
    return n
  }
  const bool = (name: string, fallback: boolean) => {
    const raw = env[name]?.toLowerCase()
    if (raw === undefined || raw === '') return fallback
    if (['1', 'true', 'yes', 'ja'].includes(raw)) return true
    if (['0', 'false', 'no', 'nej'].includes(raw)) return false
    problems.push(`${name} måste vara true eller false (fick "${env[name]}")`)
    return fallback
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL måste börja med postgres:// eller postgresql://')
  }
  const logLevel = env.LOG_LEVEL?.trim() || 'info'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL är okänd: "${logLevel}"`)
  }
  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: resolve(env.KANSLI_DATA_DIR?.trim() || './data'),
    databaseUrl,
    demo: bool('KANSLI_DEMO', true),
    secureCookies: bool('KANSLI_SECURE_COOKIES', false),
    sessionHours: int('KANSLI_SESSION_HOURS', 12, 1, 24 * 30),
    maxUploadMb: int('KANSLI_MAX_UPLOAD_MB', 100, 1, 2048),
    logLevel,
    contactEmail: env.KANSLI_CONTACT_EMAIL?.trim() || null,
  }
  if (config.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(config.contactEmail)) {
    problems.push(`KANSLI_CONTACT_EMAIL är inte en e-postadress: "${config.contactEmail}"`)
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}
