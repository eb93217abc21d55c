import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
// An empty data directory and no database URL: the guard must need neither (nor lock them).
const dataDir = mkdtempSync(join(tmpdir(), 'kansli-cli-guard-'))
const env = { ...process.env, KANSLI_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The real CLI, with `input` on standard input. */
function guard(input: string | Buffer, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'ai', 'guard', ...args], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

const PNR_TEXT =
  'Ansökan om bygglov från sökanden med personnummer 19850101-1236 har kommit in ' +
  '(i blanketten felskrivet som 850101-1234).'
const CLEAN_TEXT =
  'Kommunstyrelsen beslutade den 15 december 2025, § 97, i ärende KS-2025-00466 (tidigare ' +
  'KS 2022/1197) med stöd av SFS 2017:725 och OSL 26:1 att bevilja 1 250 000 kronor, ' +
  'varav 45 mnkr under 2026-01-01–2026-12-31. Kalix kommun, organisationsnummer 212000-2700.'
const HEALTH_TEXT = 'Kevin Qvarnström i klass 7B har diagnosen ADHD och behöver stöd.'

describe('kansli ai guard', () => {
  it('REDACTs personnummer (a mistyped one as suspected): the human form shows the values, JSON does not', async () => {
    const human = await guard(PNR_TEXT)
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('Beslut: REDACT')
    expect(human.stdout).toContain('personnummer, tecken 50–63: "19850101-1236"')
    expect(human.stdout).toContain('personnummer, tecken 107–118 (misstänkt): "850101-1234"')
    expect(human.stdout).toContain(
      'Ansökan om bygglov från sökanden med personnummer [PERSONNUMMER_1] har kommit in ' +
        '(i blanketten felskrivet som [PERSONNUMMER_2]).',
    )

    const json = await guard(PNR_TEXT, '--json')
    expect(json.code).toBe(0)
    const r = JSON.parse(json.stdout)
    expect(r.decision).toBe('REDACT')
    expect(r.classes).toEqual(['personal'])
    expect(r.findings).toEqual([
      expect.objectContaining({ type: 'personnummer', start: 50, end: 63, suspected: false }),
      expect.objectContaining({ type: 'personnummer', start: 107, end: 118, suspected: true }),
    ])
    expect(r.redacted).toContain('[PERSONNUMMER_1]')
    expect(r.reasons.join(' ')).toMatch(/inte godkänd för personuppgifter/)
    // The JSON form can be passed on: it carries no value found.
    expect(json.stdout).not.toContain('850101')
    expect(json.stdout).not.toContain('mapping')
  })

  it('ALLOWs municipal text with case numbers, §, statutes, dates and amounts: no findings', async () => {
    const human = await guard(CLEAN_TEXT)
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('Beslut: ALLOW')
    expect(human.stdout).toContain('Fynd: inga')
    expect(human.stdout).toContain(CLEAN_TEXT)

    const r = JSON.parse((await guard(CLEAN_TEXT, '--json')).stdout)
    expect(r).toMatchObject({ decision: 'ALLOW', findings: [], classes: ['public'] })
    expect(r.redacted).toBe(CLEAN_TEXT)
  })

  it('BLOCKs health data about a named person for a public-only service, exit code 1', async () => {
    const human = await guard(HEALTH_TEXT)
    expect(human.code).toBe(1)
    expect(human.stdout).toContain('Beslut: BLOCK')
    expect(human.stdout).toMatch(/Känsliga personuppgifter \(hälsa\)/)
    expect(human.stdout).toContain('Ingen text skickas.')

    const json = await guard(HEALTH_TEXT, '--json')
    expect(json.code).toBe(1)
    const r = JSON.parse(json.stdout)
    expect(r.decision).toBe('BLOCK')
    expect(r.classes).toEqual(['personal', 'sensitive'])
    expect(r.findings.map((f: { type: string }) => f.type)).toContain('sensitive')
    expect(r.redacted).toBe('')
    expect(json.stdout).not.toContain('Qvarnström')

    const approved = await guard(HEALTH_TEXT, '--classes', 'public,personal,sensitive', '--json')
    expect(approved.code).toBe(0)
    expect(JSON.parse(approved.stdout).decision).toBe('ALLOW')
  })

  it('BLOCKs a confidential registration and bytes that are not UTF-8', async () => {
    const secret = await guard(CLEAN_TEXT, '--confidential', 'OSL 26:1', '--json')
    expect(secret.code).toBe(1)
    expect(JSON.parse(secret.stdout).reasons.join(' ')).toMatch(/OSL 26:1/)
    const binary = await guard(Buffer.from([0xff, 0xfe, 0x41, 0x42]))
    expect(binary.code).toBe(1)
    expect(binary.stdout).toMatch(/inte giltig UTF-8/)
  })

  it('refuses an unknown data class with exit code 2, and touches no data directory', async () => {
    const r = await guard('text', '--classes', 'public,hemligt')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Okänd dataklass: hemligt/)
    expect(readdirSync(dataDir)).toEqual([])
  })
})
