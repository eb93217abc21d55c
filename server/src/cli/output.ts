import { DomainError } from '../domain/errors.js'

/** How every command reports: human text, or JSON with --json; exit codes say success. */
export const EXIT = { ok: 0, problems: 1, usage: 2, failure: 3 } as const

export function printResult(json: boolean, value: unknown, human: () => string) {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`)
}

export function printError(json: boolean, err: unknown): number {
  if (err instanceof DomainError) {
    const fields = err.details?.fields ?? []
    if (json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: err.code, message: err.message, fields } }, null, 2)}\n`,
      )
    else {
      process.stderr.write(`Fel: ${err.message}\n`)
      for (const f of fields) process.stderr.write(`  ${f.field}: ${f.message}\n`)
    }
    return EXIT.usage
  }
  const message = err instanceof Error ? err.message : String(err)
  if (json)
    process.stdout.write(`${JSON.stringify({ error: { code: 'failure', message } }, null, 2)}\n`)
  else process.stderr.write(`Fel: ${message}\n`)
  return EXIT.failure
}
