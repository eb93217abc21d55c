import type { CaseStatus, Direction } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import { assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { parseSearchQuery } from '../../domain/search-query.js'
import { findSeriesByPrefix } from '../../repositories/series.repository.js'
import { searchEntries, type SearchFilters } from '../../repositories/search.repository.js'
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

/**
 * Searches the registry. `public` searches only what the public view shows; staff search the
 * internal text except confidential content they are not entitled to, which they search as the
 * public does. Members search as the public.
 */
export async function searchRegistry(deps: Deps, actor: Actor, params: SearchParams, publicView: boolean) {
  const fields: FieldError[] = []
  const page = params.page ?? 1
  const pageSize = params.pageSize ?? 20
  if (!Number.isInteger(page) || page < 1 || page > 500) fields.push({ field: 'page', message: 'Sidan måste vara 1–500.' })
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) fields.push({ field: 'pageSize', message: 'Antal per sida måste vara 1–100.' })
  if (params.dateFrom && !isIsoDate(params.dateFrom)) fields.push({ field: 'dateFrom', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  if (params.dateTo && !isIsoDate(params.dateTo)) fields.push({ field: 'dateTo', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  if (params.committeeId && !isUuid(params.committeeId)) fields.push({ field: 'committeeId', message: 'Organet finns inte.' })
  if ((params.q ?? '').length > 500) fields.push({ field: 'q', message: 'Sökfrågan får vara högst 500 tecken.' })
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
  const result = await searchEntries(deps.db, {
    municipalityId: actor.municipalityId,
    tsquery: parsed.tsquery,
    filters,
    scope: usePublic
      ? { kind: 'public' }
      : { kind: 'internal', readsAllConfidential: readsAllConfidential(actor), entitledCaseIds: entitledCaseIds(actor) },
    limit: pageSize,
    offset: (page - 1) * pageSize,
    countCap: COUNT_CAP,
  })
  return { ...result, page, pageSize, publicView: usePublic }
}
