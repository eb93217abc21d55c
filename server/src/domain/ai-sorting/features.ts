import { findPersonal } from '../ai-guard/index.js'
import { caseReferences, propertyDesignations, stems } from './tokenize.js'

/**
 * What the sorter reads of a registration, and how it turns that into features.
 *
 * Only what the public view of the registry shows is used (domain/public-view.ts rules): a
 * protected description or counterpart and the file text of a confidential document never reach
 * the model, so the stored model holds no secret word. Personal data the AI guard finds
 * (personnummer, names, addresses, e-mail, phone …) is cut out before the words are counted, and a
 * private person as counterpart counts only as "a person": the model is about the municipality's
 * matters, not about people.
 */
export interface SortableDocument {
  direction: 'incoming' | 'outgoing' | 'drawnUp'
  description: string
  counterpartName: string | null
  counterpartKind: 'person' | 'organisation' | null
  fileText: string | null
  confidential: boolean
  protectDescription: boolean
  protectCounterpart: boolean
}

/** A case as the sorter knows it: its title and number describe what belongs in it. */
export interface SortableCase {
  caseNumber: string
  title: string
  titleProtected: boolean
}

export type FeatureBag = Map<string, number>

/** Bump when features change: a stored model is read only with the features it was trained on. */
export const FEATURE_VERSION = 1

/** The start of a file says what it is about; the rest adds little and costs time. */
const FILE_TEXT_CHARS = 3000
const MAX_FILE_STEMS = 300

// Weights: the registrar's description and the sender say most about where a document goes.
const W_DESCRIPTION = 3
const W_BIGRAM = 1
const W_FILE = 1
const W_COUNTERPART = 3
const W_COUNTERPART_WORD = 1
const W_REFERENCE = 4
const W_TITLE = 3

function add(bag: FeatureBag, key: string, weight: number) {
  // Presence, not frequency: a word repeated in a long letter is not more telling.
  if ((bag.get(key) ?? 0) < weight) bag.set(key, weight)
}

/** The text with every personal-data span the guard finds replaced by a space. */
export function withoutPersonalData(text: string): string {
  const spans = findPersonal(text)
  if (spans.length === 0) return text
  let out = ''
  let at = 0
  for (const f of spans) {
    if (f.start < at) continue
    out += `${text.slice(at, f.start)} `
    at = f.end
  }
  return out + text.slice(at)
}

function addWords(bag: FeatureBag, text: string, weight: number, bigrams: boolean) {
  const s = stems(withoutPersonalData(text))
  s.forEach((stem, i) => {
    add(bag, `w:${stem}`, weight)
    if (bigrams && i > 0) add(bag, `b:${s[i - 1]}_${stem}`, W_BIGRAM)
  })
}

function addReferences(bag: FeatureBag, text: string) {
  for (const ref of caseReferences(text)) {
    add(bag, `ref:${ref}`, W_REFERENCE)
    add(bag, `refseries:${ref.slice(0, ref.indexOf('-'))}`, W_REFERENCE)
  }
  for (const p of propertyDesignations(text)) add(bag, `prop:${p}`, W_REFERENCE)
}

/** The normalised name of an organisation: one feature for "Länsstyrelsen i Norrbottens län". */
export function counterpartKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The features of a registered document. */
export function documentFeatures(d: SortableDocument): FeatureBag {
  const bag: FeatureBag = new Map()
  add(bag, `dir:${d.direction}`, 1)
  if (!d.protectDescription) {
    addReferences(bag, d.description)
    addWords(bag, d.description, W_DESCRIPTION, true)
  }
  const name = d.protectCounterpart ? null : d.counterpartName?.trim() || null
  if (name && d.counterpartKind !== 'person') {
    add(bag, `cp:${counterpartKey(name)}`, W_COUNTERPART)
    for (const s of stems(name)) add(bag, `cw:${s}`, W_COUNTERPART_WORD)
  } else if (name || d.counterpartKind === 'person') {
    add(bag, 'cp:(person)', 1)
  }
  if (d.fileText && !d.confidential) {
    const head = d.fileText.slice(0, FILE_TEXT_CHARS)
    addReferences(bag, head)
    const before = bag.size
    for (const s of stems(withoutPersonalData(head))) {
      if (bag.size - before >= MAX_FILE_STEMS) break
      add(bag, `w:${s}`, W_FILE)
    }
  }
  return bag
}

/**
 * The features a case contributes as an example of itself: its title (unless protected) and its
 * own number, so a letter quoting the Dnr finds the case even before the case has such letters.
 */
export function caseFeatures(c: SortableCase): FeatureBag {
  const bag: FeatureBag = new Map()
  addReferences(bag, c.caseNumber)
  if (!c.titleProtected) {
    for (const p of propertyDesignations(c.title)) add(bag, `prop:${p}`, W_REFERENCE)
    addWords(bag, c.title, W_TITLE, true)
  }
  return bag
}
