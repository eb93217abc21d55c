import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const env = {
  ...process.env,
  KANSLI_DATA_DIR: mkdtempSync(join(tmpdir(), 'kansli-sort-cli-')),
  KANSLI_DEMO: 'true',
  KANSLI_ADMIN_PASSWORD: 'cli-test-lösenord-1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
}

async function kansli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [MAIN, ...args], { env })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

// The built command, so the training runs in its worker thread as it does in the server.
describe('kansli ai sort train', () => {
  it(
    'trains on the demo registry and prints the held-out figures',
    { timeout: 180_000 },
    async () => {
      const json = await kansli('ai', 'sort', 'train', '--json')
      expect(json.code, json.stderr).toBe(0)
      const m = JSON.parse(json.stdout)
      expect(m).toMatchObject({
        version: 1,
        status: 'active',
        algorithm: 'multinomial-naive-bayes',
      })
      expect(m.trainingSize).toBeGreaterThanOrEqual(40)
      expect(m.targets).toHaveLength(4)

      const text = await kansli('ai', 'sort', 'train')
      expect(text.code, text.stderr).toBe(0)
      expect(text.stdout).toContain('Modell version 2')
      expect(text.stdout).toMatch(/Diarieserie +rätt först \d+,\d %, bland tre/)
    },
  )

  it('refuses a case officer and bad input with exit code 2', async () => {
    const officer = await kansli('ai', 'sort', 'train', '--as', 'malin.aberg')
    expect(officer.code).toBe(2)
    expect(officer.stderr).toContain('behörighet')
    const bad = await kansli('ai', 'sort', 'train', '--max', '3')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('maxRegistrations')
  })
})
