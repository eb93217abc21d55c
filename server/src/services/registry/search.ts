import type { CaseStatus, Direction } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import { assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import {
  buildTsquery,
  correctable,
  maxTypoEdits,
  parseSearchQuery,
  typoDistance,
} from '../../domain/search-query.js'
import { findSeriesByPrefix } from '../../repositories/series.repository.js'
import {
  countMatches,
  nearestTerms,
  searchEntries,
  type SearchFilters,
  type SearchScope,
  type SearchTerm,
} from '../../repositories/search.repository.js'
import { entitledCaseIds, isStaff, readsAllConfidential } from '../access/policies.js'
import type { Actor, Deps } from '../context.js'
import { isUuid } from './create-case.js'

export interface SearchParams {
  q?: string
  series?: string
  year?: number
  status?: CaseStatus
  direction?: Direction
  committeeId?: string
  dateFrom?: string
  dateTo?: string
  page?: number
  pageSize?: number
}

export const COUNT_CAP = 10_000
/** A word with fewer hits than this is widened with its nearest vocabulary words. */
export const FEW_HITS = 3

/** A typed word that was widened with similar indexed words ("menade du"). */
export interface Correction {
  word: string
  suggestions: string[]
}

/**
 * Searches the registry. `public` searches only what the public view shows; staff search the
 * internal text except confidential content they are not entitled to, which they search as the
 * public does. Members search as the public.
 */
export async function searchRegistry(
  deps: Deps,
  actor: Actor,
  params: SearchParams,
  publicView: boolean,
  opts: { countCap?: number; rankAll?: number; recentWindow?: number } = {},
) {
  const fields: FieldError[] = []
  const page = params.page ?? 1
  const pageSize = params.pageSize ?? 20
  if (!Number.isInteger(page) || page < 1 || page > 500)
    fields.push({ field: 'page', message: 'Sidan måste vara 1–500.' })
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    fields.push({ field: 'pageSize', message: 'Antal per sida måste vara 1–100.' })
  if (params.dateFrom && !isIsoDate(params.dateFrom))
    fields.push({ field: 'dateFrom', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  if (params.dateTo && !isIsoDate(params.dateTo))
    fields.push({ field: 'dateTo', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  if (params.committeeId && !isUuid(params.committeeId))
    fields.push({ field: 'committeeId', message: 'Organet finns inte.' })
  if ((params.q ?? '').length > 500)
    fields.push({ field: 'q', message: 'Sökfrågan får vara högst 500 tecken.' })
  assertNoFieldErrors(fields, 'Sökningen kunde inte göras.')

  const filters: SearchFilters = {
    year: params.year,
    status: params.status,
    direction: params.direction,
    committeeId: params.committeeId,
    dateFrom: params.dateFrom,
    dateTo: params.dateTo,
  }
  if (params.series) {
    const s = await findSeriesByPrefix(deps.db, actor.municipalityId, params.series.toUpperCase())
    // An unknown series matches nothing (and says nothing about which series exist).
    filters.seriesId = s?.id ?? '00000000-0000-0000-0000-000000000000'
  }
  const parsed = parseSearchQuery(params.q ?? '')
  const usePublic = publicView || !isStaff(actor)
  const scope: SearchScope = usePublic
    ? { kind: 'public' }
    : {
        kind: 'internal',
        readsAllConfidential: readsAllConfidential(actor),
        entitledCaseIds: entitledCaseIds(actor),
      }
  const run = (tsquery: string | null) =>
    searchEntries(deps.db, {
      municipalityId: actor.municipalityId,
      tsquery,
      filters,
      scope,
      limit: pageSize,
      offset: (page - 1) * pageSize,
      countCap: opts.countCap ?? COUNT_CAP,
      rankAll: opts.rankAll,
      recentWindow: opts.recentWindow,
    })
  let result = await run(parsed.tsquery)
  const corrections: Correction[] = []
  if (parsed.tsquery !== null && result.total < FEW_HITS) {
    // Typo tolerance: each word with few hits of its own is widened (OR) with its nearest
    // vocabulary words of the searcher's scope. The public only ever sees public words.
    // Staff candidates may come from confidential text: nearestTerms keeps only words with a
    // hit in this searcher's own scope, so an unentitled officer is never offered one.
    const scopes: SearchTerm['scope'][] = usePublic ? ['p'] : ['p', 'i', 'c']
    const expansions = new Map<string, string[]>()
    for (const word of parsed.words.filter(correctable).slice(0, 5)) {
      const own = await countMatches(deps.db, actor.municipalityId, scope, `'${word}':*`, FEW_HITS)
      if (own >= FEW_HITS) continue
      // With no hits any near word helps; a word with a hit or two is widened only with words
      // that are far more common (the typed word is then likely a typo that also occurs in the data).
      // Trigram similarity finds candidates fast; the edit distance keeps only real typos.
      const near = (
        await nearestTerms(deps.db, actor.municipalityId, scope, word, {
          scopes,
          limit: 12,
          minSimilarity: 0.25,
          countCap: 10 * FEW_HITS,
          keep: (candidate) => typoDistance(word, candidate) <= maxTypoEdits(word),
        })
      )
        .map((t) => ({ ...t, distance: typoDistance(word, t.word) }))
        .filter((t) => t.distance <= maxTypoEdits(word) && (own === 0 || t.hits >= 10 * own))
        .sort((a, b) => a.distance - b.distance || b.hits - a.hits)
        .slice(0, 3)
        .map((t) => t.word)
      if (near.length === 0) continue
      expansions.set(word, near)
      corrections.push({ word, suggestions: near })
    }
    if (expansions.size > 0) result = await run(buildTsquery(parsed.groups, expansions))
  }
  return { ...result, page, pageSize, publicView: usePublic, corrections }
}
