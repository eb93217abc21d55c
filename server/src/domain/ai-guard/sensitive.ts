import { Sentences } from './sentences.js'
import type { Finding } from './types.js'

/**
 * Special categories of personal data (GDPR art. 9.1: health, religious or philosophical
 * beliefs, trade-union membership, racial or ethnic origin, political opinions, sex life or
 * sexual orientation, genetic and biometric data) and, treated the same way, data on criminal
 * offences (art. 10). A topic word alone is not personal data: "psykisk ohälsa" in a strategy
 * is about no one. It becomes art. 9 data next to an identifiable person, so the guard looks
 * for these words only in the sentence of a person finding and in the sentences after it that
 * refer back to that person ("Hon har diagnosen …").
 *
 * Not here on purpose: the party tag of an elected representative ("Anna Berg (S)"): a
 * political opinion the person has made public by standing for election (art. 9.2 e).
 */
const W = '[a-zåäöéü]'
const CATEGORIES: Array<[string, string[]]> = [
  [
    'hälsa',
    [
      `diagnos${W}*`,
      `diagnostiser${W}*`,
      `sjukskriv${W}*`,
      `sjukfrånvaro${W}*`,
      `sjukdom${W}*`,
      `sjukpenning${W}*`,
      'sjuk',
      'sjuka',
      `läkarintyg${W}*`,
      `vårdintyg${W}*`,
      `(?:patient)?journal(?:en|er|erna|anteckning${W}*)`,
      `medicin${W}*`,
      `läkemedel${W}*`,
      `psykiatri${W}*`,
      `psykos${W}*`,
      `depression${W}*`,
      `deprimerad${W}*`,
      `ångest${W}*`,
      'ohälsa',
      'ohälsan',
      `utbrändhet${W}*`,
      `utmattning${W}*`,
      `cancer${W}*`,
      `diabet${W}*`,
      `epilepsi${W}*`,
      `demens${W}*`,
      `alzheimer${W}*`,
      'stroke',
      `hjärtinfarkt${W}*`,
      'adhd',
      'add',
      `autism${W}*`,
      `asperger${W}*`,
      'hiv',
      'aids',
      `hepatit${W}*`,
      `${W}*missbruk${W}*`,
      // "alkoholberoende", not "oberoende" (independent)
      `(?!oberoende)${W}+beroende${W}*`,
      `${W}*syndrom${W}*`,
      `${W}+sjukdom${W}*`,
      `(?:syn|hörsel|rörelse|tal|kognitiv)nedsättning${W}*`,
      'lider av',
      `behandlas för`,
      `insjukna${W}*`,
      `sjukhus${W}*`,
      `vårdcentral${W}*`,
      `beroendevård${W}*`,
      `alkoholism${W}*`,
      `alkoholist${W}*`,
      `ätstörning${W}*`,
      `anorexi${W}*`,
      `funktionsnedsättning${W}*`,
      `funktionshinder${W}*`,
      `gravid${W}*`,
      `graviditet${W}*`,
      `abort${W}*`,
      `missfall${W}*`,
      `rehabilitering${W}*`,
      `arbetsskad${W}*`,
      `självmord${W}*`,
      `suicid${W}*`,
      `självskad${W}*`,
      `schizofren${W}*`,
      `bipolär${W}*`,
      `dyslexi${W}*`,
      `synskad${W}*`,
      `hörselskad${W}*`,
      'rullstol',
      'lvm',
      'lpt',
      'lrv',
      'bup',
      `vårdplan${W}*`,
      `behandlingshem${W}*`,
      `avgiftning${W}*`,
      `hälsotillstånd${W}*`,
    ],
  ],
  [
    'religion eller livsåskådning',
    [
      'muslim',
      `muslimsk${W}*`,
      'muslimer',
      'islam',
      'jude',
      `judisk${W}*`,
      'judar',
      'katolik',
      `katolsk${W}*`,
      'ortodox',
      'buddhist',
      'hindu',
      'ateist',
      `konverter${W}*`,
      'troende',
      `trosuppfattning${W}*`,
      `religiös${W}*`,
      `församlingsmedlem${W}*`,
      `jehovas vittne${W}*`,
    ],
  ],
  [
    'facklig tillhörighet',
    [
      `fackmedlem${W}*`,
      'facklig tillhörighet',
      'fackligt ansluten',
      'fackligt ombud',
      `facklig${W}* (?:företrädare|representant|förtroendevald)${W}*`,
      'medlem i facket',
      `medlem i (?:kommunal|vision|unionen|lärarförbundet|vårdförbundet|if metall|seko|saco|sveriges lärare|akademikerförbundet(?: ssr)?|ledarna|byggnads|fastighets|läkarförbundet|sveriges ingenjörer|naturvetarna|transport|handels|facket|fackförbundet)`,
    ],
  ],
  [
    'etniskt ursprung',
    [
      `etnisk${W}*`,
      'hudfärg',
      `romsk${W}*`,
      'romer',
      `samisk${W}*`,
      'same',
      'samer',
      'tornedaling',
      'sverigefinne',
      'sverigefinska',
      '(?:etniskt|utländskt) ursprung',
    ],
  ],
  [
    'politisk åsikt',
    [
      `politisk${W}* (?:åsikt${W}*|uppfattning${W}*|övertygelse${W}*)`,
      `sympatisör${W}*`,
      'sympatiserar',
    ],
  ],
  [
    'sexualliv eller sexuell läggning',
    [
      `sexuell${W}* läggning${W}*`,
      `sexualliv${W}*`,
      `homosexuell${W}*`,
      `bisexuell${W}*`,
      'hbtq',
      'hbtqi',
      'transperson',
      `könsidentitet${W}*`,
      `könsbekräftande${W}*`,
    ],
  ],
  [
    'genetiska eller biometriska uppgifter',
    [
      `genetisk${W}*`,
      'dna',
      `gentest${W}*`,
      `fingeravtryck${W}*`,
      `biometrisk${W}*`,
      `ansiktsigenkänning${W}*`,
    ],
  ],
  [
    'lagöverträdelse (art. 10)',
    [
      `döm(?:d|t|s|ts|de|des)${W}*`,
      `brottsmisstank${W}*`,
      'misstänkt för',
      `åtal${W}*`,
      `fängelse${W}*`,
      `brottsregist${W}*`,
      'belastningsregistret',
    ],
  ],
]

/**
 * The letters a term can begin with ('any' for compounds such as "alkoholmissbruk"), read off
 * its pattern: a leading "(?:a|b)" group (optional or not) and then a letter.
 */
function firstLetters(t: string): Set<string> | 'any' {
  if (t.startsWith(W) || t.startsWith('(?!')) return 'any'
  if (!t.startsWith('(?:')) return new Set([t[0]!.toLowerCase()])
  const { alternatives, after } = leadingGroup(t)
  const parts = alternatives.map(firstLetters)
  if (t[after] === '?' || t[after] === '*') parts.push(firstLetters(t.slice(after + 1)))
  const out = new Set<string>()
  for (const p of parts) {
    if (p === 'any') return 'any'
    for (const c of p) out.add(c)
  }
  return out
}

/** The alternatives of the "(?:…|…)" group a pattern starts with, and the index after its ")". */
function leadingGroup(t: string): { alternatives: string[]; after: number } {
  let depth = 0
  let j = 0
  for (; j < t.length; j++) {
    if (t[j] === '(') depth++
    else if (t[j] === ')' && --depth === 0) break
  }
  const alternatives: string[] = []
  let cur = ''
  depth = 0
  for (const c of t.slice(3, j)) {
    if (c === '(') depth++
    if (c === ')') depth--
    if (c === '|' && depth === 0) {
      alternatives.push(cur)
      cur = ''
    } else cur += c
  }
  alternatives.push(cur)
  return { alternatives, after: j + 1 }
}

/**
 * Compounds ("alkoholmissbruk", "utmattningssyndrom", "hjärtsjukdom") can begin with any
 * letter: they are found by their stem inside the window and checked as whole words.
 */
const COMPOUNDS: Array<{ stem: string; word: RegExp; category: number }> = []

/** The literal stem of a compound pattern: "[a-zåäöéü]*missbruk[a-zåäöéü]*" → "missbruk". */
function stemOf(term: string): string {
  return term
    .split(W)
    .join('')
    .replace(/\(\?![^)]*\)/g, '')
    .replace(/[*+]/g, '')
}

// One pattern per first letter: at a word start only the terms that can begin with its letter
// are tried (a single alternation of all of them made every word cost some 150 attempts).
// Indexed by the char code of the lowercased first letter: a word start costs an array read.
const TERM_BY_CODE: Array<RegExp | undefined> = []
// The first two letters the terms can begin with (first code << 16 | second), so that most words
// are passed over without running a pattern; a letter some term of which has no literal second
// letter is in ANY_SECOND instead.
const FIRST_TWO = new Set<number>()
const ANY_SECOND = new Set<number>()
{
  const byLetter = new Map<string, string[][]>()
  CATEGORIES.forEach(([, terms], i) => {
    for (const term of terms) {
      const first = firstLetters(term)
      if (first === 'any') {
        COMPOUNDS.push({ stem: stemOf(term), word: new RegExp(`^(?:${term})$`, 'i'), category: i })
        continue
      }
      for (const l of first) {
        const groups = byLetter.get(l) ?? CATEGORIES.map(() => [])
        groups[i]!.push(term)
        byLetter.set(l, groups)
      }
      const two = firstTwo(term)
      if (two === 'any') for (const l of first) ANY_SECOND.add(l.charCodeAt(0))
      else for (const p of two) FIRST_TWO.add((p.charCodeAt(0) << 16) | p.charCodeAt(1))
    }
  })
  for (const [l, groups] of byLetter) {
    const source = groups
      .map((terms, i) => (terms.length ? `(?<c${i}>(?:${terms.join('|')})(?!${W}))` : ''))
      .filter(Boolean)
      .join('|')
    TERM_BY_CODE[l.charCodeAt(0)] = new RegExp(source, 'giy')
  }
}

/**
 * The two-letter beginnings of a term pattern (lower case), or 'any' where the pattern's second
 * character is not a plain letter: "diagnos…" → {di}, "(?:patient)?journal…" → {pa, jo},
 * "(?:syn|tal)nedsättning" → {sy, ta}.
 */
function firstTwo(t: string): Set<string> | 'any' {
  if (t.startsWith('(?:')) {
    const { alternatives, after } = leadingGroup(t)
    const optional = t[after] === '?'
    const rest = t.slice(after + (optional ? 1 : 0))
    const out = new Set<string>()
    for (const alt of optional ? [...alternatives, ''] : alternatives) {
      const p = firstTwo(alt + rest)
      if (p === 'any') return 'any'
      for (const x of p) out.add(x)
    }
    return out
  }
  const plain = (c: string | undefined) => c !== undefined && /^[a-zåäöéü ]$/i.test(c)
  if (!plain(t[0]) || !plain(t[1]) || '*+?{'.includes(t[2] ?? '')) return 'any'
  return new Set([t.slice(0, 2).toLowerCase()])
}

/** A term letter's lowercase char code (the capitals of isTermLetter are 32 below theirs). */
function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? c + 32 : c
}

/** Art. 9 (and art. 10) words in [from, to), each with its category. */
export function findSensitiveTerms(text: string, from: number, to: number): Finding[] {
  const out: Finding[] = []
  // Word starts found by a loop over char codes: a look-behind regular expression cost more
  // than everything else in this file.
  let prev = from > 0 ? text.charCodeAt(from - 1) : 32
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const startsWord = isTermLetter(c) && !isTermLetter(prev)
    prev = c
    if (!startsWord) continue
    const lc = lowerCode(c)
    const term = TERM_BY_CODE[lc]
    if (!term) continue
    if (!ANY_SECOND.has(lc) && !FIRST_TWO.has((lc << 16) | lowerCode(text.charCodeAt(i + 1))))
      continue
    term.lastIndex = i
    const t = term.exec(text)
    if (!t || t.index + t[0].length > to) continue
    const endChar = text.charCodeAt(t.index + t[0].length)
    if (isWordChar(endChar)) continue
    const group = Object.entries(t.groups!).find(([, v]) => v !== undefined)![0]
    const category = CATEGORIES[Number(group.slice(1))]![0]
    out.push({
      type: 'sensitive',
      start: t.index,
      end: t.index + t[0].length,
      value: t[0],
      reason: `Känslig personuppgift (${category}) i anslutning till en identifierbar person.`,
    })
    i = t.index + t[0].length - 1
    prev = text.charCodeAt(i)
  }
  findCompounds(text, from, to, out)
  return out
}

const COMPOUND_HINT = new RegExp(COMPOUNDS.map((c) => c.stem).join('|'), 'gi')

function findCompounds(text: string, from: number, to: number, out: Finding[]) {
  // Searched in the window only: a search of the whole text from `from` would run on past `to`.
  const window = text.slice(from, to)
  COMPOUND_HINT.lastIndex = 0
  for (let m = COMPOUND_HINT.exec(window); m; m = COMPOUND_HINT.exec(window)) {
    let s = from + m.index
    let e = s + m[0].length
    while (s > from && isTermLetter(text.charCodeAt(s - 1))) s--
    while (e < to && isTermLetter(text.charCodeAt(e))) e++
    COMPOUND_HINT.lastIndex = e - from
    if (s === from && s > 0 && isTermLetter(text.charCodeAt(s - 1))) continue
    if (isWordChar(text.charCodeAt(e))) continue
    const word = text.slice(s, e)
    const c = COMPOUNDS.find((k) => k.word.test(word))
    if (!c || out.some((f) => f.start === s)) continue
    out.push({
      type: 'sensitive',
      start: s,
      end: e,
      value: word,
      reason: `Känslig personuppgift (${CATEGORIES[c.category]![0]}) i anslutning till en identifierbar person.`,
    })
  }
}

/** The letters of the terms, either case: a–z, å, ä, ö, é, ü. */
function isTermLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 0xe5 ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xe9 ||
    c === 0xfc ||
    c === 0xc5 ||
    c === 0xc4 ||
    c === 0xd6 ||
    c === 0xc9 ||
    c === 0xdc
  )
}

function isWordChar(c: number) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f)
}

const BACK_REFERENCE =
  /(?<![a-zåäö])(?:han|hon|hen|hans|hennes|hens|honom|henne|dennes|sökanden|eleven|brukaren|klienten|patienten|barnet|vårdnadshavaren|den enskilde|personen|medarbetaren|arbetstagaren)(?![a-zåäö])/i

/**
 * Art. 9 words near the person findings (sorted): in each finding's sentence and in up to two
 * following sentences that refer back to a person, each stretch of text read once.
 */
export function findSensitiveNear(text: string, personal: Finding[]): Finding[] {
  const out: Finding[] = []
  const sentences = new Sentences(text)
  let coveredTo = 0
  // Findings in one sentence share its end, and so how far the sentences after it refer back.
  let sentenceEnd = -1
  let to = -1
  for (const f of personal) {
    const end = sentences.end(f.end)
    if (end !== sentenceEnd) {
      sentenceEnd = end
      to = referredTo(text, end, sentences)
    }
    const start = Math.max(sentences.start(f.start), coveredTo)
    if (start >= to) continue
    out.push(...findSensitiveTerms(text, start, to))
    coveredTo = to
  }
  return out
}

/** The end of the sentence ending at `to`, or of up to two after it that refer back to a person. */
function referredTo(text: string, to: number, sentences: Sentences): number {
  for (let k = 0; k < 2 && to < text.length; k++) {
    const next = sentences.end(to + 1)
    if (!BACK_REFERENCE.test(text.slice(to, next))) break
    to = next
  }
  return to
}
