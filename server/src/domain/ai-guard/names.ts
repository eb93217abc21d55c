import {
  NEVER_NAMES,
  NOT_A_NAME_WORD,
  ORG_MARKERS,
  PARTICLES,
  PARTY_TAG,
  PERSON_VERBS,
  ROLE_AFTER,
  TITLE_SUFFIX,
  TITLE_WORDS,
  WEAK_VERBS,
} from './name-context.js'
import { AMBIGUOUS, lookup, SURNAME_SHAPE, type NameKind } from './name-lexicon.js'
import { isAlnum, isDigit, isLetter, isSpaceSep } from './scan.js'
import type { Finding } from './types.js'

/**
 * Names of people, without a language model (none can be installed here): the name lists,
 * the shape of Swedish surnames, and the context municipal text puts around names — a title or
 * role before ("handläggare", "IT-chef", "Ordförande:"), a party tag or a role after ("(S)",
 * ", kommunledningskontoret"), a verb people do after ("yrkar", "ansöker", "skriver").
 * A name confirmed once is then found wherever else it stands in the text.
 */

interface Token {
  start: number
  end: number
  lower: string
  kind: NameKind
  allCaps: boolean
  initial: boolean
}

// A capitalised word (with hyphenated parts and apostrophes: Ann-Christin, O'Brien), or an
// initial "A." before a surname.
const TOKEN = /[A-ZÀ-ÖØ-Þ](?:[A-Za-zÀ-ÖØ-öø-ɏ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ɏ]+)*|\.(?= [A-ZÀ-ÖØ-Þ]))/g

function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index
    if (start > 0 && (isAlnum(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 95))
      continue
    const word = m[0]
    const initial = word.length === 2 && word[1] === '.'
    const end = start + word.length
    if (!initial && end < text.length && isDigit(text.charCodeAt(end))) continue
    const lower = word.toLowerCase()
    // "IT-enheten", "Socialtjänstlagen", "ANDTS-plan": units, laws and acronyms break a run.
    const allCaps =
      (word.length > 1 && !initial && word === word.toUpperCase()) ||
      /^[A-ZÅÄÖ]{2,}-/.test(word) ||
      NOT_A_NAME_WORD.test(lower)
    out.push({
      start,
      end,
      lower,
      kind: initial || allCaps ? null : kindOf(lower),
      allCaps,
      initial,
    })
  }
  return out
}

function kindOf(lower: string): NameKind {
  const k = lookup(lower)
  if (k || lower.length < 4) return k
  // Genitive: "Svenssons", "Annas".
  if (lower.endsWith('s')) return lookup(lower.slice(0, -1))
  return null
}

function isTitle(lower: string) {
  return TITLE_WORDS.has(lower) || TITLE_SUFFIX.test(lower)
}

/** Only one space (or " von ") between two tokens keeps them in one run. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end
  if (gap === 1) return isSpaceSep(text.charCodeAt(a.end))
  if (gap > 1 && gap <= 6 && isSpaceSep(text.charCodeAt(a.end))) {
    const mid = text.slice(a.end + 1, b.start - 1)
    return isSpaceSep(text.charCodeAt(b.start - 1)) && PARTICLES.has(mid)
  }
  return false
}

/** True where a capital letter says nothing: start of text, line, sentence, list item. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1
  while (i >= 0 && (isSpaceSep(text.charCodeAt(i)) || text.charCodeAt(i) === 9)) i--
  if (i < 0) return true
  const c = text[i]!
  if ('\n\r\f.!?:;•*"”»'.includes(c)) return true
  if ((c === '-' || c === '–') && i < pos - 1) return true
  return false
}

/** The lowercased word before `pos` (skipping spaces and one ":"), or ''. */
function wordBefore(text: string, pos: number): string {
  let i = pos - 1
  while (i >= 0 && isSpaceSep(text.charCodeAt(i))) i--
  if (i >= 0 && text.charCodeAt(i) === 58) i--
  const end = i + 1
  while (i >= 0 && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i--
  return text.slice(i + 1, end).toLowerCase()
}

/** The lowercased word after `pos` (skipping spaces), or ''. */
function wordAfter(text: string, pos: number): string {
  let i = pos
  while (i < text.length && isSpaceSep(text.charCodeAt(i))) i++
  const start = i
  while (i < text.length && isLetter(text.charCodeAt(i))) i++
  return text.slice(start, i).toLowerCase()
}

/** "Enhetschef service- och kommunikationsenheten, Jenni Yli": a title earlier in the clause. */
function titleEarlierInClause(text: string, pos: number): boolean {
  let i = pos - 1
  while (i >= 0 && isSpaceSep(text.charCodeAt(i))) i--
  if (text.charCodeAt(i) !== 44) return false
  const from = Math.max(0, i - 60)
  const clause = text.slice(from, i)
  const nl = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'))
  const words = clause
    .slice(nl + 1)
    .toLowerCase()
    .split(/[^a-zåäöéü-]+/)
  return words.some((w) => w.length > 2 && isTitle(w))
}

interface Evidence {
  titleBefore: boolean
  party: boolean
  roleAfter: boolean
  verb: 'strong' | 'weak' | null
}

function evidence(text: string, run: Token[], titleToken: boolean): Evidence {
  const first = run[0]!
  const last = run[run.length - 1]!
  const before = wordBefore(text, first.start)
  const after = text.slice(last.end, last.end + 80)
  const next = wordAfter(text, last.end)
  return {
    titleBefore:
      titleToken ||
      (before.length > 1 && isTitle(before)) ||
      titleEarlierInClause(text, first.start),
    party: PARTY_TAG.test(after),
    roleAfter: ROLE_AFTER.test(after),
    verb: PERSON_VERBS.has(next) ? (WEAK_VERBS.has(next) ? 'weak' : 'strong') : null,
  }
}

function why(e: Evidence, listed: boolean): string {
  if (e.titleBefore) return 'Namn: efter en titel eller roll.'
  if (e.party) return 'Namn: följt av partibeteckning.'
  if (e.roleAfter) return 'Namn: följt av roll eller förvaltning.'
  if (listed) return 'Namn: förnamn eller efternamn i namnlistorna.'
  if (e.verb) return 'Namn: följt av ett verb som personer gör.'
  return 'Namn: svenskt efternamnsmönster.'
}

/** Decides whether a run of capitalised tokens (or the part of it after a sentence word) is a name. */
function judge(text: string, run: Token[], titleToken: boolean): Finding | null {
  let r = run
  const startOfSentence = atSentenceStart(text, r[0]!.start)
  // A capitalised sentence word before a listed name ("Enligt Anna Berg") is not part of it.
  // "Hanne Lindqvist (M)" is a name whose given name is not in the lists: only a listed given
  // name right after the sentence word starts the name.
  if (startOfSentence && r.length > 1 && r[0]!.kind === null && !r[0]!.initial && !titleToken) {
    if (r[1]!.kind === 'given') r = r.slice(1)
  }
  // "IT-chef Fredrik Lind Tecknat avtal": a table cell's next word after a listed surname.
  let lastName = -1
  for (let k = 0; k < r.length; k++)
    if (r[k]!.kind === 'surname' || (k > 0 && r[k]!.kind === 'other')) lastName = k
  if (lastName > 0 && lastName < r.length - 1) {
    const rest = r.slice(lastName + 1)
    if (rest.every((t) => t.kind === null && !SURNAME_SHAPE.test(t.lower)))
      r = r.slice(0, lastName + 1)
  }
  if (r.length === 0 || r.length > 4) return null
  const e = evidence(text, r, titleToken)
  const context = e.titleBefore || e.party || e.roleAfter || e.verb === 'strong'
  const n = r.length
  const first = r[0]!
  const last = r[r.length - 1]!
  const kinds = r.map((t) => t.kind)
  const listed = kinds.some((k) => k !== null)
  const shaped = r.slice(1).some((t) => SURNAME_SHAPE.test(t.lower) && t.lower.length > 4)
  const firstIsSentenceStart = atSentenceStart(text, first.start)
  let accept = false
  if (n >= 2) {
    const onlyAmbiguousFirst =
      kinds.filter((k) => k !== null).length === 1 &&
      first.kind !== null &&
      AMBIGUOUS.has(first.lower)
    if (listed && !(onlyAmbiguousFirst && firstIsSentenceStart && !context && !shaped))
      accept = true
    else if (shaped && (!firstIsSentenceStart || context || e.verb)) accept = true
    else if (context) accept = true
    else if (first.initial && (listed || shaped)) accept = true
  } else {
    const t = first
    if (t.initial) return null
    const ambiguous = AMBIGUOUS.has(t.lower) || AMBIGUOUS.has(t.lower.replace(/s$/, ''))
    if ((t.kind === 'given' || t.kind === 'surname') && !ambiguous)
      accept = !NEVER_NAMES.has(t.lower)
    else if (t.kind !== null && (context || e.verb)) accept = true
    else if (context && (t.kind !== null || SURNAME_SHAPE.test(t.lower) || e.party)) accept = true
    else if (e.titleBefore && wordBefore(text, t.start).length > 1) accept = true
  }
  if (!accept) return null
  if (r.every((t) => t.initial)) return null
  let end = last.end
  const lastWord = text.slice(last.start, last.end)
  // "Svenssons yttrande": the name is "Svensson"; the placeholder keeps the genitive s.
  if (
    lastWord.length > 4 &&
    lastWord.endsWith('s') &&
    lookup(last.lower) === null &&
    last.kind !== null
  )
    end -= 1
  return {
    type: 'name',
    start: first.start,
    end,
    value: text.slice(first.start, end),
    reason: why(e, listed),
  }
}

/** Every person's name the guard can tell, with the same names found again elsewhere. */
export function findNames(text: string): Finding[] {
  const tokens = tokenize(text)
  const found: Finding[] = []
  let i = 0
  while (i < tokens.length) {
    // A run: tokens joined by single spaces, not broken by an all-caps word or a place.
    let j = i
    while (j + 1 < tokens.length && joined(text, tokens[j]!, tokens[j + 1]!)) j++
    processRun(text, tokens.slice(i, j + 1), found)
    i = j + 1
  }
  return propagate(text, tokens, found)
}

function processRun(text: string, run: Token[], found: Finding[]) {
  // An organisation ("Kalmar Vatten AB", "Kalix Nya Centrum KB") holds no person.
  if (run.some((t) => ORG_MARKERS.has(t.lower))) return
  let part: Token[] = []
  let titleToken = false
  const flush = () => {
    if (part.length) {
      const f = judge(text, part, titleToken)
      if (f) found.push(f)
    }
    part = []
    titleToken = false
  }
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!
    if (t.allCaps) {
      flush()
      continue
    }
    if (isTitle(t.lower) && !(t.kind !== null && part.length)) {
      flush()
      titleToken = true
      continue
    }
    const prev = part[part.length - 1]
    const never = NEVER_NAMES.has(t.lower)
    // "Fredrik Lund": a place that is also a surname, after a given name, is the surname.
    if (never && !(t.kind !== null && prev && prev.kind === 'given')) {
      const keepTitle: boolean = titleToken && part.length === 0
      flush()
      titleToken = keepTitle
      continue
    }
    part.push(t)
  }
  flush()
}

/** A name once confirmed is a name wherever else it is written (also in the genitive). */
function propagate(text: string, tokens: Token[], found: Finding[]): Finding[] {
  if (found.length === 0) return found
  const known = new Set<string>()
  for (const f of found)
    for (const w of f.value.toLowerCase().split(/[\s\u00a0]+/))
      if (w.length >= 3 && !NEVER_NAMES.has(w) && !PARTICLES.has(w)) known.add(w)
  // Tokens and findings are both in text order: one pointer walks the findings.
  const sorted = [...found].sort((a, b) => a.start - b.start)
  let p = 0
  const covered = (t: Token) => {
    while (p < sorted.length && sorted[p]!.end <= t.start) p++
    return p < sorted.length && sorted[p]!.start <= t.start
  }
  const extra: Finding[] = []
  let k = 0
  while (k < tokens.length) {
    const t = tokens[k]!
    const hit = known.has(t.lower) || (t.lower.endsWith('s') && known.has(t.lower.slice(0, -1)))
    if (!hit || t.allCaps || covered(t)) {
      k++
      continue
    }
    let last = t
    while (
      k + 1 < tokens.length &&
      joined(text, last, tokens[k + 1]!) &&
      known.has(tokens[k + 1]!.lower.replace(/s$/, '')) &&
      !covered(tokens[k + 1]!)
    )
      last = tokens[++k]!
    let end = last.end
    if (!known.has(last.lower) && last.lower.endsWith('s')) end -= 1
    extra.push({
      type: 'name',
      start: t.start,
      end,
      value: text.slice(t.start, end),
      reason: 'Namn: samma namn som på annat ställe i texten.',
    })
    k++
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found
}
