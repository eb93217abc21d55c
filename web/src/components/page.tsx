import { useEffect, type ReactNode } from 'react'
import { useRegistry } from '../registry'

/**
 * A page's title and its one h1. The h1 takes focus after in-app navigation (see Layout), so
 * a screen reader hears where it landed.
 */
export function Page({
  title,
  heading,
  lead,
  children,
}: {
  title: string
  heading?: ReactNode
  lead?: ReactNode
  children?: ReactNode
}) {
  const registry = useRegistry()
  useEffect(() => {
    document.title = `${title} – ${registry?.municipality ?? 'Kansli'}`
  }, [title, registry?.municipality])
  return (
    <>
      <h1 tabIndex={-1} className="page-heading">
        {heading ?? title}
      </h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </>
  )
}

export function Loading({ label = 'Hämtar uppgifter…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  )
}

/** A failed load, announced. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Försök igen
        </button>
      )}
    </div>
  )
}
