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

const TERM = new RegExp(
  CATEGORIES.map(([, terms], i) => `(?<c${i}>(?:${terms.join('|')})(?!${W}))`).join('|'),
  'giy',
)
const WORD_START = new RegExp(`(?<!${W})[a-zåäöéü]`, 'gi')

/** Art. 9 (and art. 10) words in [from, to), each with its category. */
export function findSensitiveTerms(text: string, from: number, to: number): Finding[] {
  const out: Finding[] = []
  WORD_START.lastIndex = from
  for (let m = WORD_START.exec(text); m && m.index < to; m = WORD_START.exec(text)) {
    TERM.lastIndex = m.index
    const t = TERM.exec(text)
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
    WORD_START.lastIndex = t.index + t[0].length
  }
  return out
}

function isWordChar(c: number) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f)
}

const BACK_REFERENCE =
  /(?<![a-zåäö])(?:han|hon|hen|hans|hennes|hens|honom|henne|dennes|sökanden|eleven|brukaren|klienten|patienten|barnet|vårdnadshavaren|den enskilde|personen|medarbetaren|arbetstagaren)(?![a-zåäö])/i

/** The sentence around `pos`, and up to two following sentences that refer back to a person. */
export function personWindow(text: string, start: number, end: number): [number, number] {
  const from = sentenceStart(text, start)
  let to = sentenceEnd(text, end)
  for (let k = 0; k < 2 && to < text.length; k++) {
    const next = sentenceEnd(text, to + 1)
    if (!BACK_REFERENCE.test(text.slice(to, next))) break
    to = next
  }
  return [from, to]
}

const MAX_SENTENCE = 300

function sentenceStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - MAX_SENTENCE)
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i]!
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1
    if (c === '\n' && text[i - 1] === '\n') return i + 1
  }
  return limit
}

function sentenceEnd(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_SENTENCE)
  for (let i = pos; i < limit; i++) {
    const c = text[i]!
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1
    if (c === '\n' && text[i + 1] === '\n') return i
  }
  return limit
}
