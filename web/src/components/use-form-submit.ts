import { useCallback, useState } from 'react'
import { ApiError } from '../api/client'
import type { SummaryError } from './error-summary'

/** A form's errors by key: the API's field name, or `other` for what concerns no one field. */
export type FormErrors = Record<string, string>

/**
 * The API's field errors → form keys (`targets` maps a field name to the id of its element);
 * unknown fields go to `other`, and so does the message of an error without fields.
 */
export function errorsFromApi(
  err: unknown,
  targets: Record<string, string>,
  fallback: string,
): FormErrors {
  if (!(err instanceof ApiError)) return { other: fallback }
  const out: FormErrors = {}
  for (const f of err.fields) {
    const key = f.field in targets ? f.field : 'other'
    out[key] = out[key] ? `${out[key]} ${f.message}` : f.message
  }
  if (err.fields.length === 0) out.other = err.message
  return out
}

/** The errors for the summary at the top, in the order of `targets` (the page's order). */
export function summaryOf(errors: FormErrors, targets: Record<string, string>): SummaryError[] {
  const order = Object.keys(targets)
  const rank = (k: string) => (k in targets ? order.indexOf(k) : order.length)
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ target: targets[key] ?? null, message }))
}

/**
 * A form checked in the browser and by the API: its errors (with a counter that changes on
 * every failed submit, so the ErrorSummary takes focus again), busy while it is sent, and the
 * confirmation to announce once it went through.
 */
export function useFormSubmit(targets: Record<string, string>, fallback: string) {
  const [errors, setErrors] = useState<FormErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const fail = useCallback((e: FormErrors) => {
    setErrors(e)
    setAttempt((a) => a + 1)
  }, [])

  const submit = useCallback(
    async <T>(
      local: FormErrors,
      send: () => Promise<T>,
      confirmation: (value: T) => string,
    ): Promise<T | undefined> => {
      setDone(null)
      if (Object.keys(local).length > 0) {
        fail(local)
        return undefined
      }
      setErrors({})
      setBusy(true)
      try {
        const value = await send()
        setDone(confirmation(value))
        return value
      } catch (err) {
        fail(errorsFromApi(err, targets, fallback))
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [fail, targets, fallback],
  )

  return { errors, attempt, busy, done, submit, summary: summaryOf(errors, targets) }
}

export type FormSubmit = ReturnType<typeof useFormSubmit>
