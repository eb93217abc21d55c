import { fileURLToPath } from 'node:url'
import { loadConfig, ConfigError } from '../config.js'
import { DataDirLockedError } from '../db/data-dir-lock.js'
import { createAppContext } from '../http/app-context.js'
import { buildApp } from '../http/app.js'
import { createLogger } from '../logging.js'
import { openRuntime } from '../runtime.js'
import { VERSION } from '../version.js'

const WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url))

/** `kansli serve`: opens the database, migrates, creates the demo on first start, and listens. */
export async function serve(opts: { json: boolean }): Promise<number> {
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      return 3
    }
    throw err
  }
  const log = createLogger(config.logLevel)
  let runtime
  try {
    runtime = await openRuntime(config, log)
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      process.stderr.write(`${err.message}\n`)
      return 3
    }
    throw err
  }
  const ctx = createAppContext(runtime.deps, config, VERSION)
  const app = await buildApp(ctx, { logger: log, webDir: WEB_DIR })
  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const url = `http://${shownHost}:${port}`
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ url, port, engine: runtime.deps.engine, version: VERSION, firstLogin: runtime.firstLogin })}\n`,
    )
  } else {
    process.stdout.write(
      `\nKansli ${VERSION} kör på ${url} (databas: ${runtime.deps.engine === 'pglite' ? `inbyggd PGlite i ${config.dataDir}` : 'PostgreSQL'})\n`,
    )
    if (runtime.firstLogin) {
      const f = runtime.firstLogin
      process.stdout.write(
        `\nNy installation: ${f.municipality} har skapats. Logga in som administratör (visas bara nu):\n` +
          `  användarnamn: ${f.username}\n  lösenord:     ${f.password}\n`,
      )
      if (f.others?.length) {
        process.stdout.write(
          `\nDemoanvändare (lösenord ${f.othersPassword}): ${f.others.map((o) => o.username).join(', ')}\n`,
        )
      }
    }
    process.stdout.write(
      `Offentligt e-diarium: ${url}/diarium   API-dokumentation: ${url}/api/docs\n\n`,
    )
  }
  let closing = false
  const shutdown = async () => {
    if (closing) return
    closing = true
    await app.close()
    await runtime.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  return 0
}
