import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A table that may scroll sideways on a narrow screen. When it does, the wrapper becomes a
 * named, focusable region so that keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    const table = el.firstElementChild
    if (table) observer.observe(table)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(scrolls
        ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (rullas i sidled)` }
        : {})}
    >
      {children}
    </div>
  )
}
