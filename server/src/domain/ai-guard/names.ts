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
import {
  addressAfter,
  emailOfName,
  foreignLetters,
  idNumberAfter,
  SENTENCE_WORDS,
} from './name-signals.js'
import { isAlnum, isDigit, isLetter, isSpaceSep } from './scan.js'
import type { Finding } from './types.js'

/**
 * Names of people, without a language model (none can be installed here): the name lists,
 * the shape of Swedish surnames, and the context municipal text puts around names — a title or
 * role before ("handläggare", "IT-chef", "Ordförande:"), a party tag or a role after ("(S)",
 * ", kommunledningskontoret"), a verb people do after ("yrkar", "ansöker", "skriver").
 * A name confirmed once is then found wherever else it stands in the text.
 */

interface Token extends WordInfo {
  start: number
  end: number
  initial: boolean
}

// A capitalised word (with hyphenated parts and apostrophes: Ann-Christin, O'Brien), or an
// initial "A." before a surname. Any Latin capital: "Şahin", "Łukasz" are names as much as
// "Åberg" (Latin Extended-A/B mixes capitals and small letters: tokenize() checks which).
const TOKEN =
  /[A-ZÀ-ÖØ-Þ\u0100-\u024f](?:[A-Za-zÀ-ÖØ-öø-ɏ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ɏ]+)*|\.(?= [A-ZÀ-ÖØ-Þ]))/g

function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index
    if (start > 0 && (isAlnum(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 95))
      continue
    const word = m[0]
    if (word.charCodeAt(0) >= 0x100 && word[0] === word[0]!.toLowerCase()) continue
    const initial = word.length === 2 && word[1] === '.'
    const end = start + word.length
    if (!initial && end < text.length && isDigit(text.charCodeAt(end))) continue
    const w = wordInfo(word, initial)
    // Written out field by field: one object shape for every token keeps the JIT's code fast.
    out.push({
      start,
      end,
      initial,
      lower: w.lower,
      kind: w.kind,
      allCaps: w.allCaps,
      titled: w.titled,
      never: w.never,
      title: w.title,
      sentenceWord: w.sentenceWord,
      shaped: w.shaped,
      wordlike: w.wordlike,
      foreign: w.foreign,
      stem: w.stem,
      org: w.org,
    })
  }
  return out
}

/** What a capitalised word is, whatever text it stands in. */
interface WordInfo {
  lower: string
  kind: NameKind
  allCaps: boolean
  /** a capital, then small letters: written the way a name is */
  titled: boolean
  never: boolean
  title: boolean
  sentenceWord: boolean
  shaped: boolean
  wordlike: boolean
  foreign: boolean
  /** the word without a genitive s ("svenssons" → "svensson"), or the word itself */
  stem: string
  /** marks an organisation: "AB", "Kommun", "Förening" (ORG_MARKERS) */
  org: boolean
}

// The same capitalised words come back in every text ("Kommunstyrelsen", "Beslut", the names
// of the people of the municipality): what the lists say about each is remembered (bounded).
const wordMemo = new Map<string, WordInfo>()

function wordInfo(word: string, initial: boolean): WordInfo {
  let w = wordMemo.get(word)
  if (w) return w
  const lower = word.toLowerCase()
  // "IT-enheten", "Socialtjänstlagen", "ANDTS-plan": units, laws and acronyms break a run.
  const allCaps =
    (word.length > 1 && !initial && word === word.toUpperCase()) ||
    /^[A-ZÅÄÖ]{2,}-/.test(word) ||
    NOT_A_NAME_WORD.test(lower)
  w = {
    lower,
    kind: initial || allCaps ? null : kindOf(lower),
    allCaps,
    titled: !allCaps && !initial && word.length > 1 && /[a-zà-ÿß]/.test(word.slice(1)),
    never: isNever(lower),
    title: isTitle(lower),
    sentenceWord: SENTENCE_WORDS.has(lower),
    shaped: SURNAME_SHAPE.test(lower),
    wordlike: WORDLIKE_END.test(lower),
    foreign: foreignLetters(word),
    stem: lower.endsWith('s') ? lower.slice(0, -1) : lower,
    org: ORG_MARKERS.has(lower),
  }
  if (wordMemo.size > 50_000) wordMemo.clear()
  wordMemo.set(word, w)
  return w
}

function kindOf(lower: string): NameKind {
  const k = lookup(lower)
  if (k || lower.length < 4) return k
  // Genitive: "Svenssons", "Annas".
  if (lower.endsWith('s')) return lookup(lower.slice(0, -1))
  return null
}

/** Never a name, also in the genitive: "Sveriges", "Norrbottens". */
function isNever(lower: string): boolean {
  return NEVER_NAMES.has(lower) || (lower.endsWith('s') && NEVER_NAMES.has(lower.slice(0, -1)))
}

// Titles are asked about for every capitalised word and the word before it: remember the
// answers (bounded, so that a stream of distinct words cannot grow it without end).
const titleMemo = new Map<string, boolean>()

function isTitle(lower: string): boolean {
  let v = titleMemo.get(lower)
  if (v === undefined) {
    if (titleMemo.size > 20_000) titleMemo.clear()
    v = titleUncached(lower)
    titleMemo.set(lower, v)
  }
  return v
}

function titleUncached(lower: string): boolean {
  if (TITLE_WORDS.has(lower) || TITLE_SUFFIX.test(lower)) return true
  // The definite form: "handläggaren", "rektorn", "chefen", "sekreteraren".
  if (!lower.endsWith('n')) return false
  return [lower.slice(0, -1), lower.slice(0, -2)].some(
    (base) => base.length > 3 && (TITLE_WORDS.has(base) || TITLE_SUFFIX.test(base)),
  )
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

/**
 * The last word of the line above, when `pos` starts its own line ("Sekreterare\n\nAnette
 * Mellström", "I tjänsten\nValter Rova"), or ''.
 */
function wordOnLineAbove(text: string, pos: number): string {
  let i = pos - 1
  while (i >= 0 && (isSpaceSep(text.charCodeAt(i)) || text.charCodeAt(i) === 9)) i--
  if (i < 0 || (text[i] !== '\n' && text[i] !== '\r')) return ''
  while (i >= 0 && /\s/.test(text[i]!)) i--
  if (i >= 0 && text.charCodeAt(i) === 58) i--
  const end = i + 1
  while (i >= 0 && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i--
  return text.slice(i + 1, end).toLowerCase()
}

/** True when the run is all its line holds (a signature, a line of an attendance list). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let i = start - 1
  while (i >= 0 && (isSpaceSep(text.charCodeAt(i)) || text.charCodeAt(i) === 9)) i--
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false
  return endsLine(text, end)
}

/** Nothing but spaces or a comma between `end` and the end of its line. */
function endsLine(text: string, end: number): boolean {
  let j = end
  while (j < text.length && (isSpaceSep(text.charCodeAt(j)) || text[j] === ',')) j++
  return j >= text.length || text[j] === '\n' || text[j] === '\r'
}

/**
 * Before a listed given name and a surname ("Tuva Maria Lidström"), an unlisted first word is
 * a first given name if it is short and not word-like; "Förslagsställare Anna Svensson" is not.
 */
function mayBeGivenName(t: Token): boolean {
  return t.lower.length <= 8 && !WORDLIKE_END.test(t.lower) && !SENTENCE_WORDS.has(t.lower)
}

/** After a form label on the same line: "Ansvarig för ärendet: Novalie Landström". */
function labelled(text: string, pos: number): boolean {
  let i = pos - 1
  while (i >= 0 && isSpaceSep(text.charCodeAt(i))) i--
  return i > 0 && text.charCodeAt(i) === 58 && isLetter(text.charCodeAt(i - 1))
}

/**
 * Capitalised words after a small word, mid-sentence, that read as a person's name ("Mötet
 * leddes av Tage Nowak", "för Kicki Lehto (…)"). Swedish writes common nouns in lower case, so
 * two or three capitalised words mid-sentence are a proper name; what is not a person (a place,
 * an authority, an organisation, a unit) is in NEVER_NAMES, ORG_MARKERS or NOT_A_NAME_WORD. A
 * definite noun first ("Projektet X", "Nätverket Y") names a thing.
 */
function properName(text: string, run: Token[], before?: string): boolean {
  if (run.length < 2 || run.length > 3) return false
  if (
    !run.every((t) => t.titled && !t.never && !t.sentenceWord && (t.kind !== null || !t.wordlike))
  )
    return false
  // A definite noun first names a thing ("Projektet X"); "Mehmet", "Ahmet" are short.
  const head = run[0]!.lower
  if (
    run[0]!.kind === null &&
    (/(?:erna|arna|orna|ningen|heten)$/.test(head) || /.{6}et$/.test(head))
  )
    return false
  // "projektet Bothnian Coastal Route", "systemet Public 360": named after a definite noun.
  const w = before ?? wordBefore(text, run[0]!.start)
  return !(w.length > 4 && /(?:et|en)$/.test(w) && !isTitle(w))
}

/** Endings of Swedish words that names do not have: "-finansierade", "-träning", "-ande", "-iska". */
const WORDLIKE_END =
  /(?:ade|ande|ende|erad|iga|liga|iska|[aäiouyåö]ning|ningar|het|heten|ism|tion|itet)$/

const GREETINGS = new Set(['hej', 'hejsan', 'hallå', 'kära', 'käre', 'bästa', 'tack', 'grattis'])

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
  /** the lowercased word before the run */
  before: string
  titleBefore: boolean
  /** a title on the line above, the run alone on its line */
  titleAbove: boolean
  party: boolean
  roleAfter: boolean
  /** a personnummer, a postal address or an e-mail address made of the name right after */
  detailsAfter: boolean
  verb: 'strong' | 'weak' | null
}

function evidence(text: string, run: Token[], titleToken: boolean): Evidence {
  const first = run[0]!
  const last = run[run.length - 1]!
  const before = wordBefore(text, first.start)
  const next = wordAfter(text, last.end)
  const above = wordOnLineAbove(text, first.start)
  // What follows decides which patterns can match at all: most runs are followed by a space and
  // a small word, and only a few characters of the text are ever looked at.
  let k = last.end
  while (k < text.length && isSpaceSep(text.charCodeAt(k))) k++
  const c = text.charCodeAt(k)
  const punctuated = c === 44 /* , */ || c === 40 /* ( */ || c === 60 /* < */ || c === 58
  // "pnr …", "personnummer …", "samordningsnummer …", "född …", "f. …" before an identity number.
  const idWord = c === 112 || c === 102 || c === 115
  const after =
    punctuated || idWord || isDigit(c) || hasAtSoon(text, k)
      ? text.slice(last.end, last.end + 80)
      : ''
  return {
    before,
    titleBefore:
      titleToken ||
      (before.length > 1 && isTitle(before)) ||
      titleEarlierInClause(text, first.start),
    titleAbove: above.length > 1 && isTitle(above),
    party: c === 40 && PARTY_TAG.test(after),
    roleAfter: c === 44 && ROLE_AFTER.test(after),
    detailsAfter:
      (after !== '' &&
        (idNumberAfter(after) ||
          (c === 44 && addressAfter(after)) ||
          emailOfName(
            after,
            run.map((t) => t.lower),
          ))) ||
      // "Roséns pappa", "Warsames vårdnadshavare": a genitive before a kinship or role word.
      (text.charCodeAt(last.end - 1) === 115 && TITLE_WORDS.has(next)),
    verb: PERSON_VERBS.has(next) ? (WEAK_VERBS.has(next) ? 'weak' : 'strong') : null,
  }
}

/** An "@" (or "(at)") within the next 80 characters: an e-mail address may follow. */
function hasAtSoon(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 80)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 64 /* @ */ || (c === 41 /* ) */ && text.charCodeAt(i - 1) === 116)) return true
  }
  return false
}

function why(e: Evidence, listed: boolean): string {
  if (e.titleBefore) return 'Namn: efter en titel eller roll.'
  if (e.party) return 'Namn: följt av partibeteckning.'
  if (e.roleAfter) return 'Namn: följt av roll eller förvaltning.'
  if (e.detailsAfter) return 'Namn: följt av personnummer, adress eller e-postadress.'
  if (e.titleAbove) return 'Namn: under en titel eller roll.'
  if (listed) return 'Namn: förnamn eller efternamn i namnlistorna.'
  if (e.verb) return 'Namn: följt av ett verb som personer gör.'
  return 'Namn: svenskt efternamnsmönster.'
}

/**
 * The common case, answered cheaply: one capitalised word that is in no list and not shaped
 * like a name ("Kommunstyrelsen", "Beslutet") is a name only after a title, before a party tag
 * or after a greeting (the single-word rules of judge()).
 */
function unlistedWord(text: string, t: Token): boolean {
  if (t.kind !== null || t.initial || t.shaped) return false
  const after = text.charCodeAt(t.end)
  if (after === 40 || (isSpaceSep(after) && text.charCodeAt(t.end + 1) === 40)) return false
  const before = wordBefore(text, t.start)
  if (GREETINGS.has(before) || (before.length > 1 && isTitle(before))) return false
  let i = t.start - 1
  while (i >= 0 && isSpaceSep(text.charCodeAt(i))) i--
  return text.charCodeAt(i) !== 44
}

/** Decides whether a run of capitalised tokens (or the part of it after a sentence word) is a name. */
function judge(text: string, run: Token[], titleToken: boolean): Finding | null {
  let r = run
  const startOfSentence = atSentenceStart(text, r[0]!.start)
  let afterWord = false
  // A capitalised sentence word before a listed name ("Enligt Anna Berg") is not part of it.
  // "Hanne Lindqvist (M)" is a name whose given name is not in the lists: only a known sentence
  // word, or a listed given name right after the sentence word, starts the name later.
  if (startOfSentence && r.length > 1 && r[0]!.kind === null && !r[0]!.initial && !titleToken) {
    if (r[0]!.sentenceWord) {
      afterWord = true
      r = r.slice(1)
    } else if (r[1]!.kind === 'given' && (r.length < 3 || !mayBeGivenName(r[0]!))) r = r.slice(1)
  }
  // "IT-chef Fredrik Lind Tecknat avtal": a table cell's next word after a listed surname.
  let lastName = -1
  for (let k = 0; k < r.length; k++)
    if (r[k]!.kind === 'surname' || (k > 0 && r[k]!.kind === 'other')) lastName = k
  if (lastName > 0 && lastName < r.length - 1) {
    const rest = r.slice(lastName + 1)
    // Only a word-like cell: "Tecknat", not a second surname such as "Tapio" or "Selin".
    if (
      rest.every(
        (t) =>
          t.kind === null &&
          !t.shaped &&
          (t.wordlike || /(?:at|ad|it|ts|de|te|ar|or|na)$/.test(t.lower)),
      )
    )
      r = r.slice(0, lastName + 1)
  }
  if (r.length === 0 || r.length > 4) return null
  if (r.length === 1 && !titleToken && unlistedWord(text, r[0]!)) return null
  const e = evidence(text, r, titleToken)
  const context = e.titleBefore || e.party || e.roleAfter || e.detailsAfter || e.verb === 'strong'
  const n = r.length
  const first = r[0]!
  const last = r[r.length - 1]!
  let listedCount = 0
  let shaped = false
  let foreign = false
  for (let k = 0; k < n; k++) {
    const t = r[k]!
    if (t.kind !== null) listedCount++
    if (k > 0 && t.shaped && t.lower.length > 4) shaped = true
    if (t.foreign) foreign = true
  }
  const listed = listedCount > 0
  const firstIsSentenceStart = !afterWord && atSentenceStart(text, first.start)
  const proper = n >= 2 && properName(text, r, e.before)
  let accept = false
  if (n >= 2) {
    const onlyAmbiguousFirst =
      listedCount === 1 && first.kind !== null && AMBIGUOUS.has(first.lower)
    if (listed && !(onlyAmbiguousFirst && firstIsSentenceStart && !context && !shaped))
      accept = true
    else if (shaped && (!firstIsSentenceStart || context || e.verb || labelled(text, first.start)))
      accept = true
    else if (proper && labelled(text, first.start) && endsLine(text, last.end)) accept = true
    else if (context) accept = true
    else if (first.initial && (listed || shaped)) accept = true
    else if (proper && (!firstIsSentenceStart || foreign || e.verb)) accept = true
    else if (proper && (e.titleAbove || aloneOnLine(text, first.start, last.end))) accept = true
  } else {
    const t = first
    if (t.initial) return null
    const ambiguous = AMBIGUOUS.has(t.lower) || AMBIGUOUS.has(t.lower.replace(/s$/, ''))
    if ((t.kind === 'given' || t.kind === 'surname') && !ambiguous)
      accept = !NEVER_NAMES.has(t.lower)
    else if (t.kind !== null && (context || e.verb)) accept = true
    else if (context && (t.kind !== null || t.shaped || e.party)) accept = true
    else if (e.titleBefore && e.before.length > 1) accept = true
    // "Hej Ines!", "Kära Maria,": a greeting is followed by a name.
    else if (
      GREETINGS.has(e.before) &&
      t.titled &&
      !NEVER_NAMES.has(t.lower) &&
      /^[ \u00a0]*[!,\n]/.test(text.slice(t.end, t.end + 3))
    )
      accept = true
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
  const unsure: Token[][] = []
  let i = 0
  while (i < tokens.length) {
    // A run: tokens joined by single spaces, not broken by an all-caps word or a place.
    let j = i
    while (j + 1 < tokens.length && joined(text, tokens[j]!, tokens[j + 1]!)) j++
    processRun(text, tokens.slice(i, j + 1), found, unsure)
    i = j + 1
  }
  coordinate(text, found, unsure)
  return propagate(text, tokens, found)
}

function processRun(text: string, run: Token[], found: Finding[], unsure: Token[][]) {
  // An organisation ("Kalmar Vatten AB", "Kalix Nya Centrum KB") holds no person.
  for (const t of run) if (t.org) return
  // Most runs are one capitalised word: what the loop below does with one, without its state.
  if (run.length === 1) {
    const t = run[0]!
    if (t.allCaps || t.title || t.never) return
    const f = judge(text, run, false)
    if (f) found.push(f)
    else unsure.push(run)
    return
  }
  let part: Token[] = []
  let titleToken = false
  const flush = () => {
    if (part.length) {
      const f = judge(text, part, titleToken)
      if (f) found.push(f)
      else if (!titleToken) unsure.push(part)
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
    const next = run[k + 1]
    // A title or kinship word written with a capital mid-sentence, right after a title and
    // before another name, is a name: "Ledamoten Bror Fransson".
    const capitalisedName =
      titleToken &&
      part.length === 0 &&
      next !== undefined &&
      !next.allCaps &&
      !atSentenceStart(text, t.start) &&
      !/^[A-ZÅÄÖ]{2,}-/.test(text.slice(t.start, t.end))
    if (t.title && !(t.kind !== null && part.length) && !capitalisedName) {
      flush()
      titleToken = true
      continue
    }
    const prev = part[part.length - 1]
    const never = t.never
    // "Fredrik Lund", "Helen Tran Lund": a place that is also a surname, after a name, is the
    // surname. "Hans Karimi": a pronoun that is also a given name, before a name, is the name.
    const nameAfterAll =
      (t.kind !== null && prev !== undefined) ||
      (t.kind === 'given' && next !== undefined && !next.allCaps && !next.never)
    if (never && !nameAfterAll) {
      const keepTitle: boolean = titleToken && part.length === 0
      flush()
      titleToken = keepTitle
      continue
    }
    part.push(t)
  }
  flush()
}

const LIST_GLUE = /^(?:,[ \u00a0]*|[ \u00a0]+(?:och|samt|eller|&)[ \u00a0]+)$/

/**
 * "Sirpa Farah och Mehmet Warsame har ansökt", "Eva Ek, Kicki Lehto och …": capitalised words
 * listed together with a name are names too. Only runs shaped like a name (two or three
 * capitalised words, or one from the lists) qualify.
 */
function coordinate(text: string, found: Finding[], unsure: Token[][]) {
  const candidates = unsure.filter(
    (p) => properName(text, p) || (p.length === 1 && p[0]!.kind !== null && !p[0]!.never),
  )
  for (let round = 0; round < 3 && candidates.length; round++) {
    let added = false
    for (let c = candidates.length - 1; c >= 0; c--) {
      const p = candidates[c]!
      const start = p[0]!.start
      const end = p[p.length - 1]!.end
      // Only a neighbour a comma or "och" away: the glue is at most a few characters.
      const next = found.some(
        (f) =>
          f.type === 'name' &&
          ((f.start >= end && f.start - end <= 8 && LIST_GLUE.test(text.slice(end, f.start))) ||
            (f.end <= start && start - f.end <= 8 && LIST_GLUE.test(text.slice(f.end, start)))),
      )
      if (!next) continue
      found.push({
        type: 'name',
        start,
        end,
        value: text.slice(start, end),
        reason: 'Namn: uppräknat tillsammans med ett annat namn.',
      })
      candidates.splice(c, 1)
      added = true
    }
    if (!added) break
  }
  found.sort((a, b) => a.start - b.start)
}

/** A name once confirmed is a name wherever else it is written (also in the genitive). */
function propagate(text: string, tokens: Token[], found: Finding[]): Finding[] {
  if (found.length === 0) return found
  const known = new Set<string>()
  for (const f of found) {
    // Names are mostly written with single spaces: split without a regular expression then.
    const lower = f.value.toLowerCase()
    const words = /[^\S ]| {2}/.test(lower) ? lower.split(/[\s\u00a0]+/) : lower.split(' ')
    for (const w of words)
      if (w.length >= 3 && !NEVER_NAMES.has(w) && !PARTICLES.has(w)) known.add(w)
  }
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
    const hit = known.has(t.lower) || known.has(t.stem)
    if (!hit || t.allCaps || covered(t)) {
      k++
      continue
    }
    let last = t
    while (
      k + 1 < tokens.length &&
      joined(text, last, tokens[k + 1]!) &&
      known.has(tokens[k + 1]!.stem) &&
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
