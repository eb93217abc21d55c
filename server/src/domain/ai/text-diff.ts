/**
 * A word-level diff between the text an AI service produced and the text a person approved
 * (Kalix riktlinjer för AI, punkt 6: AI output is reviewed before it is used; Kansli keeps what
 * the reviewer changed). Pure: the same two texts always give the same diff.
 */
export type DiffOp = 'equal' | 'insert' | 'delete'

export interface DiffSegment {
  op: DiffOp
  /** The segment's text with the whitespace in front of each of its tokens. */
  text: string
}

export interface TextDiff {
  segments: DiffSegment[]
  /** Words (tokens with a letter or digit) only in the approved text. */
  added: number
  /** Words only in the generated text. */
  removed: number
  /** Words in both, in the same order. */
  unchanged: number
  /** True when the texts differ too much for a fine diff: the middle is shown as replaced. */
  coarse: boolean
}

interface Token {
  /** The whitespace between the previous token and this one. */
  lead: string
  text: string
}

// A word (with inner hyphens, apostrophes, colons, dots and slashes: "KS-2025-00466", "26:1",
// "t.ex", "2025/26") or a single other non-space character.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’:./,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
const IS_WORD = /[\p{L}\p{N}]/u

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let end = 0
  for (const m of text.matchAll(TOKEN)) {
    out.push({ lead: text.slice(end, m.index), text: m[0] })
    end = m.index + m[0].length
  }
  return out
}

/** Edits beyond which the diff is coarse: bounds the work and memory (O(D²)) of Myers' method. */
export const MAX_EDITS = 2000

/** An edit with the index of its token in `a` (equal, delete) and in `b` (equal, insert). */
type Edit = readonly [op: DiffOp, aIndex: number, bIndex: number]

/**
 * Myers' O((N+M)·D) shortest edit script of two token sequences, or null when it needs more than
 * `maxEdits` edits.
 */
function shortestEdit(a: readonly string[], b: readonly string[], maxEdits: number): Edit[] | null {
  const n = a.length
  const m = b.length
  const max = n + m
  if (max === 0) return []
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] holds v for k in [-(d+1), d+1] as it was before step d.
  const trace: Int32Array[] = []
  const limit = Math.min(max, maxEdits)
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, d, n, m)
    }
  }
  return null
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number): Edit[] {
  const edits: Edit[] = []
  let x = n
  let y = m
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d]!
    const at = (k: number) => prev[k + d + 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      edits.push(['equal', x, y])
    }
    if (down) {
      y--
      edits.push(['insert', x, y])
    } else {
      x--
      edits.push(['delete', x, y])
    }
  }
  while (x > 0 && y > 0) {
    x--
    y--
    edits.push(['equal', x, y])
  }
  return edits.reverse()
}

/** The word-level diff from `before` (as generated) to `after` (as approved). */
export function wordDiff(before: string, after: string, maxEdits = MAX_EDITS): TextDiff {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start]!.text === b[start]!.text) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1]!.text === b[endB - 1]!.text) {
    endA--
    endB--
  }
  const midA = a.slice(start, endA).map((t) => t.text)
  const midB = b.slice(start, endB).map((t) => t.text)
  const script = shortestEdit(midA, midB, maxEdits)
  const ops: { op: DiffOp; token: Token }[] = b.slice(0, start).map((token) => ({
    op: 'equal',
    token,
  }))
  if (script) {
    // An equal token is shown as approved, with its whitespace from `after`.
    for (const [op, i, j] of script) {
      const token = op === 'delete' ? a[start + i]! : b[start + j]!
      // The first word of `after` has no space before it; after a deleted word it needs one.
      if (op === 'equal' && token.lead === '')
        ops.push({ op, token: { ...token, lead: a[start + i]!.lead } })
      else ops.push({ op, token })
    }
  } else {
    for (const token of a.slice(start, endA)) ops.push({ op: 'delete', token })
    for (const token of b.slice(start, endB)) ops.push({ op: 'insert', token })
  }
  for (let t = endB; t < b.length; t++) {
    const token = b[t]!
    ops.push({
      op: 'equal',
      token: token.lead ? token : { ...token, lead: a[endA + t - endB]!.lead },
    })
  }

  const segments: DiffSegment[] = []
  const counts = { equal: 0, insert: 0, delete: 0 }
  for (const { op, token } of ops) {
    if (IS_WORD.test(token.text)) counts[op]++
    const text = (segments.length === 0 ? '' : normaliseSpace(token.lead)) + token.text
    const last = segments.at(-1)
    if (last && last.op === op) last.text += text
    else segments.push({ op, text })
  }
  return {
    segments,
    added: counts.insert,
    removed: counts.delete,
    unchanged: counts.equal,
    coarse: script === null,
  }
}

// Paragraph breaks are kept (they matter in a report); other runs of whitespace read as a space.
function normaliseSpace(lead: string): string {
  if (lead === '') return ''
  return /\n\s*\n/.test(lead) ? '\n\n' : lead.includes('\n') ? '\n' : ' '
}
