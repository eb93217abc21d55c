/**
 * Generates a realistic Swedish municipal registry in bulk, straight into the database (not
 * through the API): cases, documents, their search entries and the search vocabulary, written
 * with multi-row `insert … select * from unnest(…)` in batches. Word frequencies are Zipf-like;
 * some documents are confidential with protected counterparts, descriptions and file text.
 * Deterministic for a given seed.
 */
import { randomUUID } from 'node:crypto'
import { fakerSV } from '@faker-js/faker'
import { sql, type Kysely } from 'kysely'
import type { DB, Direction } from '../server/src/db/schema.js'
import type { Actor, Deps } from '../server/src/services/context.js'
import {
  createCommittee,
  createMunicipality,
  createSeries,
} from '../server/src/services/registry/municipality.service.js'
import { createUser } from '../server/src/services/access/users.service.js'
import {
  caseEntry,
  documentEntry,
  entryTerms,
  type SearchEntryRow,
} from '../server/src/services/registry/search-index.js'
import * as L from './lexicon.js'

export interface GenerateOptions {
  documents: number
  seed?: number
  /** Cases per insert batch. */
  batchCases?: number
  /** Batches written at the same time (PostgreSQL: 2 uses both cores). */
  concurrency?: number
  log?: (msg: string) => void
}

export interface Generated {
  municipalityId: string
  registrar: string
  caseOfficer: string
  password: string
  /** Words that occur in only a few public documents (the "rare word" query class). */
  rareWords: string[]
  cases: number
  documents: number
  seconds: number
}

const PASSWORD = 'bänk-märkning-lösen'
const SERIES = [
  {
    prefix: 'KS',
    name: 'Kommunstyrelsens diarium',
    committee: 'Kommunstyrelsen',
    short: 'KS',
    weight: 40,
  },
  {
    prefix: 'BUN',
    name: 'Barn- och utbildningsnämndens diarium',
    committee: 'Barn- och utbildningsnämnden',
    short: 'BUN',
    weight: 15,
  },
  {
    prefix: 'SBN',
    name: 'Samhällsbyggnadsnämndens diarium',
    committee: 'Samhällsbyggnadsnämnden',
    short: 'SBN',
    weight: 20,
  },
  {
    prefix: 'SN',
    name: 'Socialnämndens diarium',
    committee: 'Socialnämnden',
    short: 'SN',
    weight: 10,
  },
  {
    prefix: 'MBN',
    name: 'Miljö- och byggnadsnämndens diarium',
    committee: 'Miljö- och byggnadsnämnden',
    short: 'MBN',
    weight: 10,
  },
  {
    prefix: 'KFN',
    name: 'Kultur- och fritidsnämndens diarium',
    committee: 'Kultur- och fritidsnämnden',
    short: 'KFN',
    weight: 5,
  },
]
export const FIRST_YEAR = 2014
export const LAST_YEAR = 2025

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+2)^s. */
function zipf(n: number, s: number, rand: () => number) {
  const cdf = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 2, s)
  return () => {
    const x = rand() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cdf[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'st',
  'sk',
  'tr',
  'br',
  'gr',
  'kl',
  'fj',
  'sv',
]
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö']
const CODAS = ['n', 'r', 's', 'ng', 'ck', 'tt', 'll', 'rk', 'nd', 'lm']

/** The i-th word of a large space of Swedish-looking rare words (names of places, firms, people). */
export function rareWord(i: number): string {
  let x = (i * 2654435761) >>> 0
  const pick = <T>(list: T[]) => {
    const v = list[x % list.length] as T
    x = Math.floor(x / list.length) ^ ((x * 7919) >>> 0)
    x >>>= 0
    return v
  }
  return (
    pick(ONSETS) +
    pick(VOWELS) +
    pick(ONSETS) +
    pick(VOWELS) +
    pick(CODAS) +
    pick(VOWELS) +
    pick(CODAS)
  )
}
const RARE_SPACE = 400_000

export async function generateRegistry(deps: Deps, opts: GenerateOptions): Promise<Generated> {
  const started = Date.now()
  const log = opts.log ?? (() => {})
  const rand = prng(opts.seed ?? 20251215)
  fakerSV.seed(opts.seed ?? 20251215)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T
  const ctx = { requestId: 'bench', now: () => new Date('2025-12-15T09:00:00+01:00') }

  // Setup through the services: municipality, committees, series, users.
  const m = await createMunicipality(deps, ctx, {
    name: 'Benchkommun',
    caseNumberTemplate: '{series}-{year}-{seq:5}',
  })
  const system: Actor = { kind: 'system', municipalityId: m.id, name: 'bench' }
  const series: Array<(typeof SERIES)[number] & { id: string; committeeId: string }> = []
  for (const s of SERIES) {
    const c = await createCommittee(deps, ctx, system, {
      name: s.committee,
      shortName: s.short,
      kind: s.prefix === 'KS' ? 'executive' : 'board',
    })
    const row = await createSeries(deps, ctx, system, {
      prefix: s.prefix,
      name: s.name,
      committeeId: c.id,
    })
    series.push({ ...s, id: (row as { id: string }).id, committeeId: c.id })
  }
  const registrar = await createUser(deps, ctx, system, {
    username: 'registrator',
    displayName: 'Rita Registrator',
    password: PASSWORD,
    roles: ['registrar'],
  })
  const officers: string[] = []
  let caseOfficer = ''
  for (let i = 0; i < 20; i++) {
    const u = await createUser(deps, ctx, system, {
      username: `handlaggare${i + 1}`,
      displayName: fakerSV.person.fullName(),
      password: PASSWORD,
      roles: ['caseOfficer'],
    })
    officers.push(u.id)
    if (i === 0) caseOfficer = u.username
  }

  // Text material.
  const tail = L.tailWords(rand)
  const tailRank = zipf(tail.length, 1.05, rand)
  const seedSentences = L.SENTENCES
  const sentenceRank = zipf(seedSentences.length, 0.8, rand)
  const orgRank = zipf(L.ORGANISATIONS.length, 1.0, rand)
  const topicRank = zipf(L.TOPICS.length, 0.9, rand)
  const titleRank = zipf(L.TITLE_TEMPLATES.length, 0.7, rand)
  const people = Array.from({ length: 3000 }, () => fakerSV.person.fullName())
  const rareUsed: string[] = []

  const fill = (template: string, year: number) =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'place':
          return pick(L.PLACES)
        case 'org':
          return L.ORGANISATIONS[orgRank()] as string
        case 'topic':
          return L.TOPICS[topicRank()] as string
        case 'month':
          return pick(L.MONTHS)
        case 'year':
          return String(year)
        case 'law':
          return pick(L.LAWS)
        case 'committee':
          return pick(L.COMMITTEES)
        case 'role':
          return pick(L.ROLES)
        case 'building':
          return pick(L.BUILDINGS)
        case 'property':
          return `${pick(L.PLACES)} ${1 + Math.floor(rand() * 40)}:${1 + Math.floor(rand() * 300)}`
        case 'project':
          return pick(L.PROJECTS)
        case 'amount':
          return String(Math.floor(rand() * 5000) * 1000)
        case 'day':
          return String(1 + Math.floor(rand() * 28))
        case 'road':
          return String(500 + Math.floor(rand() * 500))
        default:
          return slot
      }
    })

  const body = (title: string, year: number, confidential: boolean) => {
    const target = 50 + Math.floor(rand() * 250)
    const out: string[] = [title + '.']
    let words = 0
    while (words < target) {
      const r = rand()
      let sentence: string
      if (r < 0.55) sentence = fill(seedSentences[sentenceRank()] as string, year)
      else {
        const n = 6 + Math.floor(rand() * 8)
        const parts: string[] = []
        for (let i = 0; i < n; i++)
          parts.push(i % 2 === 1 ? pick(L.GLUE) : (tail[tailRank()] as string))
        sentence = parts.join(' ') + '.'
        sentence = sentence[0]!.toUpperCase() + sentence.slice(1)
      }
      if (rand() < 0.12) {
        const w = rareWord(Math.floor(rand() * RARE_SPACE))
        sentence += ` Kontakt: ${w[0]!.toUpperCase()}${w.slice(1)} ${pick(people)}.`
        if (!confidential && rareUsed.length < 200 && rand() < 0.01) rareUsed.push(w)
      }
      out.push(sentence)
      words += sentence.split(' ').length
    }
    return out.join(' ')
  }

  const yearWeights = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + 0.1 * i)
  const weightSum = yearWeights.reduce((a, b) => a + b, 0)
  const when = (p: number) => {
    let x = p * weightSum
    for (let i = 0; i < yearWeights.length; i++) {
      const w = yearWeights[i] as number
      if (x < w || i === yearWeights.length - 1)
        return { year: FIRST_YEAR + i, dayOfYear: Math.min(360, Math.floor((x / w) * 360)) }
      x -= w
    }
    return { year: LAST_YEAR, dayOfYear: 0 }
  }

  // Bulk: cases in batches, each with 1–6 documents (3 on average).
  const docsPerCase = () => 1 + Math.floor(rand() * 6)
  const counters = new Map<string, number>()
  const seenTerms = new Set<string>()
  const batchCases = opts.batchCases ?? 1000
  let totalCases = 0
  let totalDocs = 0
  const inFlight = new Set<Promise<void>>()
  const concurrency = opts.concurrency ?? 1
  const seriesWeights = series.flatMap((s) => Array<typeof s>(s.weight).fill(s))

  while (totalDocs < opts.documents) {
    const cases: Record<string, unknown[]> = {}
    const docs: Record<string, unknown[]> = {}
    const entries: SearchEntryRow[] = []
    const terms = { s: [] as string[], w: [] as string[] }
    const push = (t: Record<string, unknown[]>, row: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(row)) (t[k] ??= []).push(v)
    }
    for (let i = 0; i < batchCases && totalDocs < opts.documents; i++) {
      // Registered in time order, as in real life (so the table's physical order follows the
      // date), with more registrations in later years (a growing municipality).
      const { year, dayOfYear } = when(totalDocs / opts.documents)
      const s = pick(seriesWeights)
      const key = `${s.prefix}-${year}`
      const seq = (counters.get(key) ?? 0) + 1
      counters.set(key, seq)
      const opened = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10)
      const title = fill(L.TITLE_TEMPLATES[titleRank()] as string, year)
      const social = s.prefix === 'SN'
      const titleProtected = social && rand() < 0.05
      const status = year < LAST_YEAR - 1 ? 'closed' : rand() < 0.5 ? 'open' : 'decided'
      const c = {
        id: randomUUID(),
        municipality_id: m.id,
        series_id: s.id,
        year,
        sequence_number: seq,
        case_number: `${s.prefix}-${year}-${String(seq).padStart(5, '0')}`,
        title,
        title_protected: titleProtected,
        status,
        case_officer_id: pick(officers),
        committee_id: s.committeeId,
        opened_on: opened,
        last_document_number: 0,
        created_at: `${opened}T08:00:00Z`,
        updated_at: `${opened}T08:00:00Z`,
      }
      const nDocs = Math.min(docsPerCase(), opts.documents - totalDocs)
      c.last_document_number = nDocs
      push(cases, c)
      entries.push(caseEntry(c as never))
      for (let k = 1; k <= nDocs; k++) {
        const r = rand()
        const direction: Direction = r < 0.5 ? 'incoming' : r < 0.7 ? 'outgoing' : 'drawnUp'
        const confidential = rand() < (social ? 0.4 : 0.02)
        const person = direction !== 'drawnUp' && (social || rand() < 0.3)
        const counterpart =
          direction === 'drawnUp'
            ? null
            : person
              ? pick(people)
              : (L.ORGANISATIONS[orgRank()] as string)
        const kindWord = pick(L.DOCUMENT_KINDS)
        const d = {
          id: randomUUID(),
          municipality_id: m.id,
          case_id: c.id,
          document_number: k,
          registration_number: `${c.case_number}-${k}`,
          direction,
          document_date: opened,
          registered_at: `${opened}T09:00:00Z`,
          counterpart_name: counterpart,
          counterpart_kind: counterpart === null ? null : person ? 'person' : 'organisation',
          description:
            rand() < 0.5 ? `${kindWord} – ${title}` : `${kindWord} om ${fill('{topic}', year)}`,
          confidential,
          confidentiality_ground: confidential
            ? social
              ? 'OSL 26 kap. 1 §'
              : 'OSL 19 kap. 3 §'
            : null,
          confidentiality_marked_at: confidential ? `${opened}T09:00:00Z` : null,
          protect_counterpart: confidential && person,
          protect_description: confidential && rand() < 0.3,
        }
        push(docs, d)
        const text = rand() < 0.85 ? [body(title, year, confidential)] : []
        entries.push(documentEntry(c as never, d as never, text))
      }
      totalCases++
      totalDocs += nDocs
    }
    for (const e of entries) {
      for (const t of entryTerms(e)) {
        const key = t.scope + t.word
        if (seenTerms.has(key)) continue
        seenTerms.add(key)
        terms.s.push(t.scope)
        terms.w.push(t.word)
      }
    }
    const write = writeBatch(deps.db, m.id, cases, docs, entries, terms)
    const tracked: Promise<void> = write.finally(() => inFlight.delete(tracked))
    inFlight.add(tracked)
    if (inFlight.size >= concurrency) await Promise.race(inFlight)
    if (totalCases % (batchCases * 20) === 0)
      log(`  ${totalDocs} handlingar, ${totalCases} ärenden, ${seenTerms.size} ord`)
  }
  await Promise.all(inFlight)

  for (const [key, last] of counters) {
    const [prefix, year] = key.split('-') as [string, string]
    const s = series.find((x) => x.prefix === prefix)!
    await deps.db
      .insertInto('series_counters')
      .values({ series_id: s.id, year: Number(year), last_number: last })
      .execute()
  }
  return {
    municipalityId: m.id,
    registrar: registrar.username,
    caseOfficer,
    password: PASSWORD,
    rareWords: rareUsed,
    cases: totalCases,
    documents: totalDocs,
    seconds: (Date.now() - started) / 1000,
  }
}

const CASE_TYPES: Record<string, string> = {
  id: 'uuid',
  municipality_id: 'uuid',
  series_id: 'uuid',
  year: 'int',
  sequence_number: 'int',
  case_number: 'text',
  title: 'text',
  title_protected: 'bool',
  status: 'text',
  case_officer_id: 'uuid',
  committee_id: 'uuid',
  opened_on: 'date',
  last_document_number: 'int',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
}
const DOC_TYPES: Record<string, string> = {
  id: 'uuid',
  municipality_id: 'uuid',
  case_id: 'uuid',
  document_number: 'int',
  registration_number: 'text',
  direction: 'text',
  document_date: 'date',
  registered_at: 'timestamptz',
  counterpart_name: 'text',
  counterpart_kind: 'text',
  description: 'text',
  confidential: 'bool',
  confidentiality_ground: 'text',
  confidentiality_marked_at: 'timestamptz',
  protect_counterpart: 'bool',
  protect_description: 'bool',
}
const ENTRY_TYPES: Record<string, string> = {
  municipality_id: 'uuid',
  kind: 'text',
  case_id: 'uuid',
  document_id: 'uuid',
  series_id: 'uuid',
  year: 'int',
  status: 'text',
  direction: 'text',
  committee_id: 'uuid',
  entry_date: 'date',
  confidential: 'bool',
  internal_head: 'text',
  internal_body: 'text',
  public_head: 'text',
  public_body: 'text',
}

function unnestInsert(
  table: string,
  types: Record<string, string>,
  columns: Record<string, unknown[]>,
) {
  const names = Object.keys(types)
  const arrays = names.map((n) => sql`${columns[n] ?? []}::${sql.raw(types[n] as string)}[]`)
  return sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select * from unnest(${sql.join(arrays)})`
}

async function writeBatch(
  db: Kysely<DB>,
  municipalityId: string,
  cases: Record<string, unknown[]>,
  docs: Record<string, unknown[]>,
  entries: SearchEntryRow[],
  terms: { s: string[]; w: string[] },
) {
  const entryColumns: Record<string, unknown[]> = {}
  for (const e of entries)
    for (const k of Object.keys(ENTRY_TYPES))
      (entryColumns[k] ??= []).push((e as Record<string, unknown>)[k] ?? null)
  await db.transaction().execute(async (trx) => {
    await unnestInsert('cases', CASE_TYPES, cases).execute(trx)
    if (docs.id?.length) await unnestInsert('documents', DOC_TYPES, docs).execute(trx)
    await unnestInsert('search_entries', ENTRY_TYPES, entryColumns).execute(trx)
    if (terms.w.length) {
      await sql`insert into search_terms (municipality_id, scope, word)
        select ${municipalityId}::uuid, s, w from unnest(${terms.s}::"char"[], ${terms.w}::text[]) as t(s, w)
        on conflict do nothing`.execute(trx)
    }
  })
}

/**
 * Drops the search indexes before a large load and returns a function that rebuilds them (much
 * faster than maintaining GIN indexes row by row).
 */
export async function deferSearchIndexes(db: Kysely<DB>, engine: 'pglite' | 'postgres') {
  const rows = await sql<{ name: string; def: string }>`
    select indexname as name, indexdef as def from pg_indexes
    where tablename in ('search_entries', 'search_terms', 'documents', 'cases')
      and indexdef not ilike '%unique%' and indexname not like '%_pkey'`.execute(db)
  for (const r of rows.rows) await sql`drop index ${sql.ref(r.name)}`.execute(db)
  return async () => {
    await db.connection().execute(async (conn) => {
      if (engine === 'postgres') {
        await sql`set maintenance_work_mem = '1GB'`.execute(conn)
        await sql`set max_parallel_maintenance_workers = 2`.execute(conn)
      } else {
        await sql`set maintenance_work_mem = '256MB'`.execute(conn)
      }
      for (const r of rows.rows) await sql.raw(r.def).execute(conn)
      // What autovacuum does on a running installation (the test server here has it off): the
      // visibility map lets counts and index-only scans skip heap pages, as they would in production.
      await sql`vacuum (analyze)`.execute(conn)
    })
  }
}
