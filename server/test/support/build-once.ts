import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Vitest global setup: builds the server and the web UI once (only what is stale) before any
 * test starts a real Kansli process, so that parallel test files never build at the same time.
 */
export default function setup() {
  const bin = fileURLToPath(new URL('../../../bin/kansli.mjs', import.meta.url))
  execFileSync(process.execPath, [bin, '--version'], { stdio: ['ignore', 'ignore', 'inherit'] })
}
