import type { FormEvent, ReactNode } from 'react'
import { ErrorSummary } from './error-summary'
import type { FormSubmit } from './use-form-submit'

/**
 * A small form in a card: its heading, the error summary, the fields, the submit button, and
 * the confirmation announced in a live region that is on the page from the start.
 */
export function FormCard({
  id,
  title,
  errorTitle,
  form,
  onSubmit,
  submitLabel,
  busyLabel,
  headingLevel = 3,
  intro,
  disabled,
  children,
}: {
  id: string
  title: string
  errorTitle: string
  form: FormSubmit
  onSubmit(): void
  submitLabel: string
  busyLabel?: string
  headingLevel?: 2 | 3
  intro?: ReactNode
  /** The form cannot be sent now; `intro` says why. */
  disabled?: boolean
  children: ReactNode
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const send = (e: FormEvent) => {
    e.preventDefault()
    onSubmit()
  }
  return (
    <section className="card form-section form-card" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {intro}
      <ErrorSummary
        title={errorTitle}
        errors={form.summary}
        focusKey={form.attempt}
        headingId={`${id}-fel`}
      />
      <form onSubmit={send} noValidate>
        {children}
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.busy || disabled}>
            {form.busy && busyLabel ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {form.done && <p className="notice notice--success">{form.done}</p>}
      </div>
    </section>
  )
}
