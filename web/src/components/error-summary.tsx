import { useEffect, useRef } from 'react'

export interface SummaryError {
  /** The id of the field to jump to; null when the error concerns no one field. */
  target: string | null
  message: string
}

/**
 * The list of problems at the top of a form (the GOV.UK pattern): it takes focus when it
 * appears, is announced, and each problem links to its field.
 */
export function ErrorSummary({
  title = 'Det finns fel i formuläret',
  errors,
  focusKey,
  headingId = 'felsammanfattning-rubrik',
}: {
  title?: string
  /** Needed when a page has more than one form that can show its summary at the same time. */
  headingId?: string
  errors: SummaryError[]
  /** Changes on every failed submit, so the summary takes focus again. */
  focusKey: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
  }, [focusKey])
  if (errors.length === 0) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1} ref={ref}>
      <h2 id={headingId} className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e, i) => (
          <li key={`${e.target}-${i}`}>
            {e.target ? (
              <a
                href={`#${e.target}`}
                onClick={(ev) => {
                  const el = document.getElementById(e.target ?? '')
                  if (!el) return
                  ev.preventDefault()
                  el.scrollIntoView({ block: 'center' })
                  el.focus()
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
