/**
 * A small structural reader of the HTML the renderers produce, for tests: it checks that tags
 * balance and lists the language, headings, tables and anything script-like. It reads our own
 * output, not arbitrary HTML (no comments, no raw text elements other than <style>).
 */

const VOID = new Set(['br', 'meta', 'hr', 'img', 'input', 'link'])

/** What a test needs to know about a document. */
export interface HtmlOutline {
  readonly lang: string | null
  readonly title: string
  readonly headings: readonly { readonly level: number; readonly text: string }[]
  readonly tables: readonly {
    readonly caption: string | null
    readonly colHeaders: readonly string[]
    readonly thWithoutScope: number
  }[]
  readonly scripts: number
  readonly eventHandlers: number
  readonly javascriptUrls: number
  /** Structural problems: unbalanced or misnested tags. Empty when the markup is well formed. */
  readonly problems: readonly string[]
  /** The visible text with tags removed and whitespace collapsed. */
  readonly text: string
}

function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Reads the outline of one of our HTML documents. */
export function htmlOutline(html: string): HtmlOutline {
  const problems: string[] = []
  const stack: string[] = []
  for (const m of html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '<style></style>')
    .matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, closing, rawName] = m
    const name = (rawName ?? '').toLowerCase()
    if (VOID.has(name)) continue
    if (!closing) stack.push(name)
    else if (stack.pop() !== name) problems.push(`misnested </${name}> at ${m.index}`)
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`)

  const body = html.replace(/<head>[\s\S]*<\/head>/, '')
  const headings = [...body.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: textOf(m[2] ?? ''),
  }))
  const tables = [...body.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const t = m[1] ?? ''
    const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(t)
    const thead = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(t)?.[1] ?? ''
    return {
      caption: caption ? textOf(caption[1] ?? '') : null,
      colHeaders: [...thead.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((c) =>
        textOf(c[1] ?? ''),
      ),
      thWithoutScope: [...t.matchAll(/<th(\s[^>]*)?>/g)].filter(
        (c) => !/\sscope="(col|row)"/.test(c[1] ?? ''),
      ).length,
    }
  })
  return {
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? null,
    title: textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ''),
    headings,
    tables,
    scripts: (html.match(/<script\b/gi) ?? []).length,
    // Attribute values are removed first: an escaped "onerror=" inside one is only text.
    eventHandlers: [...html.matchAll(/<[^>]+>/g)].filter((t) =>
      /\son[a-z]+\s*=/i.test(t[0].replace(/"[^"]*"/g, '""')),
    ).length,
    javascriptUrls: (html.match(/javascript:/gi) ?? []).length,
    problems,
    text: textOf(body.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')),
  }
}

/** Heading levels that skip a level going down (h2 → h4), which screen-reader users trip on. */
export function skippedHeadingLevels(headings: HtmlOutline['headings']): string[] {
  const out: string[] = []
  let prev = 0
  for (const h of headings) {
    if (h.level > prev + 1) out.push(`h${prev} → h${h.level} "${h.text}"`)
    prev = h.level
  }
  return out
}
