import type { Actor, Deps } from '../../src/services/context.js'
import { recordTraining } from '../../src/services/ai/training.js'
import { createCommittee, createSeries } from '../../src/services/registry/municipality.service.js'
import { registerDocument } from '../../src/services/registry/register-document.js'
import { swedishDate } from '../../src/domain/dates.js'
import { fixedCtx, liveCtx, type World } from './builders.js'
import {
  SYNTH_COMMITTEES,
  SYNTH_SERIES,
  syntheticRegistry,
} from '../../eval/sorting/synthetic-registry.js'

export interface SortingWorld {
  registrar: Actor & { kind: 'user'; username: string }
  admin: Actor & { kind: 'user'; username: string }
  committeeIds: Map<string, string>
  seriesIds: Map<string, string>
  officerIds: Map<string, string>
  /** per synthetic case, in order: its id and number */
  cases: Array<{ id: string; caseNumber: string; seriesPrefix: string; officer: string }>
  registrations: number
}

/**
 * Gives a user an AI training (punkt 7) completed on the day of `clock` (a fixed time, for tests
 * that fix the clock; the real day otherwise), so it is current then.
 */
export async function trainedForAi(deps: Deps, admin: Actor, userId: string, clock?: string) {
  const ctx = clock ? fixedCtx(clock) : liveCtx()
  await recordTraining(deps, ctx, admin, {
    userId,
    completedOn: swedishDate(ctx.now()),
    course: 'AI i kommunens verksamhet',
  })
}

/**
 * Registers the synthetic registry (server/eval/sorting/synthetic-registry.ts) in the world's municipality through
 * `document.register`, in date order, as a registrar with a current AI training would: the first
 * document of a case opens it with its series, committee and officer.
 */
export async function registerSyntheticRegistry(
  deps: Deps,
  w: World,
  seed: number,
  size: number,
  clock?: string,
): Promise<SortingWorld> {
  const admin = await w.user('admin')
  const registrar = await w.user('registrar')
  await trainedForAi(deps, admin, registrar.id, clock)
  const committeeIds = new Map<string, string>([['KS', w.committeeId]])
  for (const c of SYNTH_COMMITTEES) {
    if (committeeIds.has(c.key)) continue
    const row = await createCommittee(deps, fixedCtx(), w.system, {
      name: c.name,
      shortName: c.key,
      kind: c.kind,
      parentId: c.kind === 'subcommittee' ? w.committeeId : null,
    })
    committeeIds.set(c.key, row.id)
  }
  const seriesIds = new Map<string, string>()
  for (const s of SYNTH_SERIES) {
    if (s.prefix !== w.series)
      await createSeries(deps, fixedCtx(), w.system, {
        prefix: s.prefix,
        name: s.name,
        committeeId: committeeIds.get(s.committee) ?? null,
      })
    const row = await deps.db
      .selectFrom('registry_series')
      .select('id')
      .where('municipality_id', '=', w.municipalityId)
      .where('prefix', '=', s.prefix)
      .executeTakeFirstOrThrow()
    seriesIds.set(s.prefix, row.id)
  }
  const synth = syntheticRegistry(seed, size)
  const officerIds = new Map<string, string>()
  for (const c of synth) {
    if (!officerIds.has(c.officer)) officerIds.set(c.officer, (await w.user('caseOfficer')).id)
  }

  const docs = synth.flatMap((c, ci) => c.documents.map((d, di) => ({ c, ci, d, di })))
  docs.sort((a, b) => a.d.date.localeCompare(b.d.date) || a.ci - b.ci || a.di - b.di)
  const cases: SortingWorld['cases'] = []
  let n = 0
  for (const { c, ci, d, di } of docs) {
    // A second apart, so the registration order is the order of their times.
    const at = new Date(Date.parse(`${d.date}T09:00:00Z`) + n++ * 1000).toISOString()
    const existing = cases[ci]
    const ref = existing?.caseNumber ?? ''
    const r = await registerDocument(deps, fixedCtx(at), registrar, {
      caseId: di === 0 ? null : (existing?.id ?? null),
      newCase:
        di === 0
          ? {
              seriesPrefix: c.seriesPrefix,
              title: c.title,
              committeeId: committeeIds.get(c.committee) ?? null,
              caseOfficerId: officerIds.get(c.officer) ?? null,
            }
          : null,
      direction: d.direction,
      documentDate: d.date,
      counterpartName: d.counterpartName,
      counterpartKind: d.counterpartKind,
      description: d.description,
      files: d.fileText
        ? [
            {
              fileName: 'brev.txt',
              bytes: new TextEncoder().encode(d.fileText.replace('{ref}', ref)),
            },
          ]
        : [],
    })
    if (di === 0)
      cases[ci] = {
        id: r.case.id,
        caseNumber: r.case.case_number,
        seriesPrefix: c.seriesPrefix,
        officer: c.officer,
      }
  }
  return {
    registrar,
    admin,
    committeeIds,
    seriesIds,
    officerIds,
    cases,
    registrations: docs.length,
  }
}
