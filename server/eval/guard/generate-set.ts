/**
 * Writes server/eval/guard/guard-set.jsonl, the labelled Swedish evaluation set of the AI guard
 * (run: `npx tsx server/eval/guard/generate-set.ts`). Deterministic: the same seed gives the
 * same file byte for byte, so the committed set can be reviewed and diffs stay meaningful.
 * `npm run eval:guard` measures the guard on it (evaluate.ts).
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CLASS_OF } from '../../src/domain/ai-guard/index.js'
import { DocBuilder, type Counters } from './builder.js'
import { Rng } from './prng.js'
import type { EvalDoc } from './set-types.js'
import * as T from './templates.js'

const SEED = 20261201
/** Documents per kind: what each is built to test. */
export const PLAN: Array<[kind: string, count: number]> = [
  ['clean', 380], // municipal prose with case numbers, §, statutes, dates, amounts: ALLOW
  ['personal', 800], // one to three sentences with personal data among clean ones: REDACT
  ['protocol', 80], // the attendance block of minutes: REDACT
  ['sensitive', 170], // art. 9 (or art. 10) data about a named person: BLOCK
  ['policy', 70], // a named person and an art. 9 word about policy, not about them: REDACT
  ['stamp', 60], // a secrecy stamp in the text: BLOCK
  ['registry', 40], // a registration the registry marked confidential: BLOCK
]

const GROUNDS = ['OSL 26:1', 'OSL 21:3', 'OSL 23:2', 'OSL 25:1', 'OSL 19:3', 'OSL 39:3']

const PERSONAL_POOLS: Array<[readonly string[], number]> = [
  [T.NAMES, 35],
  [T.ID_NUMBERS, 20],
  [T.CONTACT, 18],
  [T.ADDRESSES, 12],
  [T.BANK, 9],
  [T.VEHICLES, 6],
]

function personalSentence(r: Rng): string {
  return r.pick(r.weighted(PERSONAL_POOLS))
}

function times(r: Rng, min: number, max: number, make: () => string): string[] {
  return Array.from({ length: r.int(min, max) }, make)
}

function shuffle<T>(r: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = r.int(0, i)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/** The sentences of a document of `kind`, in order. */
function plan(r: Rng, kind: string): string[] {
  const clean = (min: number, max: number) => times(r, min, max, () => r.pick(T.CLEAN))
  const personal = (min: number, max: number) => times(r, min, max, () => personalSentence(r))
  switch (kind) {
    case 'clean':
      return clean(2, 6)
    case 'personal':
      return shuffle(r, [...personal(1, 3), ...clean(1, 4)])
    case 'protocol':
      return [
        r.pick(T.PROTOCOL),
        ...shuffle(r, [...clean(1, 3), ...times(r, 0, 2, () => r.pick(T.NAMES))]),
      ]
    case 'sensitive':
      return shuffle(r, [r.pick(T.SENSITIVE), ...personal(0, 2), ...clean(1, 3)])
    case 'policy':
      return shuffle(r, [r.pick(T.POLICY_TOPICS), ...clean(1, 3)])
    case 'stamp':
      return [r.pick(T.STAMPS), ...shuffle(r, [...personal(1, 3), ...clean(0, 2)])]
    case 'registry':
      return shuffle(r, [...personal(0, 2), ...clean(1, 3)])
    default:
      throw new Error(kind)
  }
}

/** What goes between two sentences: a space in running text, line breaks after a line. */
function separator(r: Rng, after: string, pdfLike: boolean): string {
  const endsSentence = /[.!?]$/.test(after)
  if (after.endsWith('\n')) return ''
  const nl = pdfLike ? r.pick([' \n', ' \n \n', '  \n\n']) : r.pick(['\n', '\n\n'])
  if (!endsSentence || after.includes('\n')) return nl
  return r.chance(0.55) ? ' ' : nl
}

function expected(kind: string, doc: Pick<EvalDoc, 'spans'>): EvalDoc['expect'] {
  if (kind === 'stamp' || kind === 'registry') return 'BLOCK'
  if (doc.spans.some((s) => s.type === 'sensitive')) return 'BLOCK'
  if (doc.spans.some((s) => CLASS_OF[s.type] === 'personal')) return 'REDACT'
  return 'ALLOW'
}

export function generateSet(seed = SEED): EvalDoc[] {
  const r = new Rng(seed)
  const counters: Counters = { id: 0 }
  const docs: EvalDoc[] = []
  const kinds = shuffle(
    r,
    PLAN.flatMap(([kind, n]) => Array.from({ length: n }, () => kind)),
  )
  for (const kind of kinds) {
    const b = new DocBuilder(r, counters)
    const pdfLike = r.chance(0.15)
    if (r.chance(0.4)) b.write(r.pick(T.HEADERS))
    const sentences = plan(r, kind)
    sentences.forEach((s, i) => {
      b.write(s)
      if (i < sentences.length - 1) b.add(separator(r, s, pdfLike))
    })
    const confidential = kind === 'registry' ? r.pick(GROUNDS) : null
    docs.push({
      id: `g${String(docs.length + 1).padStart(4, '0')}`,
      kind,
      text: b.text,
      confidential,
      expect: expected(kind, b),
      spans: b.spans,
      clean: b.clean,
    })
  }
  return docs
}

export const SET_PATH = new URL('./guard-set.jsonl', import.meta.url)

/** The set as the committed file holds it: one JSON document per line. */
export function serialise(docs: EvalDoc[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n'
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const docs = generateSet()
  writeFileSync(SET_PATH, serialise(docs))
  const spans = docs.flatMap((d) => d.spans)
  const byType = new Map<string, number>()
  for (const s of spans) byType.set(s.type, (byType.get(s.type) ?? 0) + 1)
  console.log(
    `${docs.length} documents, ${spans.length} labelled spans, ${docs.reduce((n, d) => n + d.clean.length, 0)} clean references`,
  )
  console.log([...byType].map(([t, n]) => `${t} ${n}`).join(', '))
}
