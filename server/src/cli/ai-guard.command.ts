import type { Command } from 'commander'
import {
  DATA_CLASSES,
  guard,
  TYPE_LABEL,
  type DataClass,
  type GuardResult,
} from '../domain/ai-guard/index.js'
import { EXIT, printResult } from './output.js'

/**
 * `kansli ai guard`: the AI guard on text from standard input, so that anyone can check from
 * outside what Kansli would send to an AI service. Needs no database and takes no lock.
 *
 * Exit code: 0 when the text may be sent (ALLOW, or REDACT: then only the masked text), 1 when
 * it may not (BLOCK), 2 for bad options. The human form shows the values found, for the operator
 * who runs it on their own text; the JSON form has types and positions only, so that it can be
 * logged or passed on. Nothing is written anywhere else.
 */
export function registerAiGuardCommand(ai: Command) {
  ai.command('guard')
    .description(
      'Granskar text från standard in som om den skulle skickas till en AI-tjänst: beslut (BLOCK/REDACT/ALLOW), skäl, fynd och maskerad text',
    )
    .option(
      '--classes <classes>',
      `dataklasser tjänsten är godkänd för, kommaseparerade: ${DATA_CLASSES.join(',')}`,
      'public',
    )
    .option('--confidential <ground>', 'texten är sekretessmarkerad i diariet, t.ex. "OSL 26:1"')
    .option('--json', 'maskinläsbar utdata (utan de funna värdena)')
    .action(async (o: { classes: string; confidential?: string; json?: boolean }) => {
      const json = !!o.json
      const classes = o.classes
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
      const unknown = classes.filter((c) => !DATA_CLASSES.includes(c as DataClass))
      if (unknown.length || classes.length === 0) {
        const message = `Okänd dataklass: ${unknown.join(', ') || '(ingen)'}. Välj bland ${DATA_CLASSES.join(', ')}.`
        if (json)
          process.stdout.write(
            `${JSON.stringify({ error: { code: 'usage', message } }, null, 2)}\n`,
          )
        else process.stderr.write(`Fel: ${message}\n`)
        process.exitCode = EXIT.usage
        return
      }
      if (process.stdin.isTTY)
        process.stderr.write('Läser text från standard in (avsluta med Ctrl-D) …\n')
      const bytes = await readAll()
      const result = decodable(bytes)
        ? guard({
            text: new TextDecoder('utf-8').decode(bytes),
            allowedClasses: classes as DataClass[],
            confidential: o.confidential ? { ground: o.confidential } : null,
          })
        : notUtf8()
      printResult(json, present(result), () => human(result))
      process.exitCode = result.decision === 'BLOCK' ? EXIT.problems : EXIT.ok
    })
}

async function readAll(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function decodable(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Bytes that are not UTF-8 cannot be read with certainty, and what cannot be read is not sent. */
function notUtf8(): GuardResult {
  return {
    decision: 'BLOCK',
    reasons: ['Texten är inte giltig UTF-8 och kan inte granskas säkert; texten skickas inte.'],
    findings: [],
    classes: [],
    redacted: '',
    mapping: new Map(),
  }
}

/** The JSON form: everything but the values found (and the mapping, which holds them). */
function present(r: GuardResult) {
  return {
    decision: r.decision,
    reasons: r.reasons,
    classes: r.classes,
    findings: r.findings.map((f) => ({
      type: f.type,
      start: f.start,
      end: f.end,
      suspected: !!f.suspected,
      reason: f.reason,
    })),
    redacted: r.redacted,
  }
}

function human(r: GuardResult): string {
  const lines = [`Beslut: ${r.decision}`, 'Skäl:', ...r.reasons.map((s) => `  - ${s}`)]
  lines.push(r.findings.length ? `Fynd (${r.findings.length}):` : 'Fynd: inga')
  for (const f of r.findings) {
    const suspected = f.suspected ? ' (misstänkt)' : ''
    lines.push(
      `  ${TYPE_LABEL[f.type]}, tecken ${f.start}–${f.end}${suspected}: ${JSON.stringify(f.value)}`,
    )
  }
  if (r.decision === 'BLOCK') lines.push('Ingen text skickas.')
  else lines.push(r.decision === 'REDACT' ? 'Maskerad text:' : 'Text som skickas:', r.redacted)
  return lines.join('\n')
}
