import { createHash } from 'node:crypto'
import type { TextBlock } from './view-models.js'

/** Markup that is already escaped. Plain strings passed to `h` are always escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** A child of an element: text (escaped), markup, or nothing. */
export type Child = SafeHtml | string | number | null | undefined | false | readonly Child[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}

/** Escapes text for element content and double-quoted attribute values (the only kind `h` writes). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return ''
  if (child instanceof SafeHtml) return child.value
  if (Array.isArray(child)) return child.map(render).join('')
  return escapeHtml(String(child))
}

const VOID = new Set(['br', 'meta', 'hr'])

/** An element. Attribute values are escaped; `true` writes a bare attribute, falsy omits it. */
export function h(
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> | null,
  ...children: Child[]
): SafeHtml {
  let open = tag
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === false) continue
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
  }
  if (VOID.has(tag)) return new SafeHtml(`<${open}>`)
  return new SafeHtml(`<${open}>${render(children)}</${tag}>`)
}

/** Joins children into one fragment. */
export function fragment(...children: Child[]): SafeHtml {
  return new SafeHtml(render(children))
}

/** Paragraphs and bullet lists of running text. */
export function blocks(text: readonly TextBlock[] | undefined): SafeHtml {
  return fragment(
    (text ?? []).map((b) =>
      typeof b === 'string'
        ? h('p', null, b)
        : h(
            'ul',
            null,
            b.list.map((li) => h('li', null, li)),
          ),
    ),
  )
}

/**
 * A table with its caption, inside a region that scrolls sideways on a narrow screen rather
 * than the page (WCAG 1.4.10); the region is focusable so keyboard users can scroll it.
 */
export function table(id: string, caption: string, ...rows: Child[]): SafeHtml {
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': id, tabindex: 0 },
    h('table', null, h('caption', { id }, caption), rows),
  )
}

/** A definition list of label → value rows; rows without a value are left out. */
export function facts(rows: readonly (readonly [string, Child])[], className?: string): SafeHtml {
  const shown = rows.filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
  return h(
    'dl',
    { class: className },
    shown.map(([label, value]) => h('div', null, h('dt', null, label), h('dd', null, value))),
  )
}

// Small, print-friendly, reflows at 320 px (WCAG 1.4.10); colours meet 4.5:1 on white.
const STYLESHEET = `
:root { color: #1a1a1a; background: #fff; font: 1rem/1.5 "DejaVu Sans", Roboto, Arial, sans-serif; }
body { margin: 0; overflow-wrap: break-word; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #767676; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.issuer { margin: 0; font-weight: bold; }
.caps { text-transform: uppercase; letter-spacing: .05em; }
dl div { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: .25rem 0; }
dt { font-weight: bold; min-width: 11rem; }
dd { margin: 0; }
dd ul, .names { list-style: none; margin: 0; padding: 0; }
ol.agenda { padding-left: 0; list-style: none; }
ol.agenda li { margin: .5rem 0; }
.case-number { display: block; color: #4a4a4a; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
.table-wrap:focus { outline: 2px solid #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
.signature { margin-top: 2rem; }
.signature-line { display: block; border-bottom: 1px solid #1a1a1a; height: 2.5rem; max-width: 20rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.box { border: 1px solid #1a1a1a; padding: .75rem 1rem; margin: 2rem 0; }
@media (max-width: 30rem) { dt { min-width: 0; width: 100%; } th, td { padding: .25rem; } }
@media print { main { max-width: none; } h2 { break-after: avoid; } section.item { break-inside: avoid-page; } }
`.trim()

// The stylesheet's hash lets the CSP forbid everything else: no scripts, no fetches.
const STYLE_HASH = createHash('sha256').update(STYLESHEET).digest('base64')
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:`

/** A complete, self-contained HTML document in Swedish with the embedded stylesheet. */
export function htmlDocument(input: {
  title: string
  description?: string
  body: SafeHtml
}): string {
  return `<!doctype html>\n${h(
    'html',
    { lang: 'sv' },
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
      input.description ? h('meta', { name: 'description', content: input.description }) : null,
      h('meta', { name: 'generator', content: 'Kansli' }),
      h('title', null, input.title),
      h('style', null, new SafeHtml(STYLESHEET)),
    ),
    h('body', null, h('main', null, input.body)),
  ).toString()}\n`
}
