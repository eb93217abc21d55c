import type { ReactNode } from 'react'
import { TableWrap } from './table-wrap'

export interface Column<T> {
  header: string
  cell(row: T): ReactNode
  className?: string
  /** The cell that names the row (a row header, th scope=row). */
  rowHeader?: boolean
}

/**
 * A data table that becomes a list of labelled blocks on a phone (CSS `.table--stack`). The
 * explicit ARIA roles keep it a table for screen readers even when CSS changes its display.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowId,
}: {
  caption: string
  columns: Column<T>[]
  rows: T[]
  rowKey(row: T): string
  rowId?(row: T): string
}) {
  return (
    <TableWrap label={caption}>
      <table className="table table--stack" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.header} scope="col" role="columnheader" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr key={rowKey(r)} id={rowId?.(r)} role="row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th
                    key={c.header}
                    scope="row"
                    role="rowheader"
                    data-label={breakable(c.header)}
                    className={c.className}
                  >
                    <span className="stack-value">{c.cell(r)}</span>
                  </th>
                ) : (
                  <td
                    key={c.header}
                    role="cell"
                    data-label={breakable(c.header)}
                    className={c.className}
                  >
                    <span className="stack-value">{c.cell(r)}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** Lets a long label like "Avsändare/mottagare" wrap after the slash on a phone. */
function breakable(label: string): string {
  return label.replace(/\//g, '/\u200b')
}
