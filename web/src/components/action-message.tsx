import { useCallback, useState } from 'react'
import { ApiError } from '../api/client'

export interface ActionResult {
  kind: 'ok' | 'error'
  text: string
}

/**
 * One button's command (send the notice, open the meeting, move an item…): busy while it runs,
 * then a result to announce. Errors are the API's Swedish messages.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ActionResult | null>(null)
  const run = useCallback(
    async <T,>(
      fn: () => Promise<T>,
      ok: string | ((value: T) => string),
      failed = 'Det gick inte. Försök igen.',
    ): Promise<T | undefined> => {
      setBusy(true)
      setResult(null)
      try {
        const value = await fn()
        setResult({ kind: 'ok', text: typeof ok === 'string' ? ok : ok(value) })
        return value
      } catch (err) {
        setResult({ kind: 'error', text: err instanceof ApiError ? err.message : failed })
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [],
  )
  const clear = useCallback(() => setResult(null), [])
  return { busy, result, run, clear, setResult }
}

/**
 * The outcome of an action, announced: success politely, errors at once. Both live regions are
 * on the page before anything is said in them, so screen readers pick the text up.
 */
export function ActionMessage({ result }: { result: ActionResult | null }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {result?.kind === 'ok' && <p className="notice notice--success">{result.text}</p>}
      </div>
      <div role="alert">
        {result?.kind === 'error' && <p className="notice notice--error">{result.text}</p>}
      </div>
    </>
  )
}
