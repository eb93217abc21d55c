import { DRAFT_TARGETS, isDraftTarget } from '../../domain/ai/ai-rules.js'
import { INCIDENT_CATEGORIES, isIncidentCategory } from '../../domain/ai/incident-categories.js'
import { TYPE_LABEL, type FindingType } from '../../domain/ai-guard/types.js'
import { swedishDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { countDraftsOfPeriod } from '../../repositories/ai-draft.repository.js'
import { aiServiceNames } from '../../repositories/ai-follow-up.repository.js'
import { incidentsOfPeriod } from '../../repositories/ai-incident.repository.js'
import { aiLogOfPeriod } from '../../repositories/ai-log.repository.js'
import { findMunicipality } from '../../repositories/municipality.repository.js'
import type { AiFollowUpView, UsageRow } from '../../render/ai-follow-up-view.js'
import { requireRole } from '../access/policies.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { trainingOverview } from './training.js'

/** Who may produce the follow-up: those who run AI (IT unit), oversee it (security), admins. */
export const FOLLOW_UP_READERS = ['admin', 'securityOfficer', 'itUnit'] as const

/** Swedish names of the purposes the guarded call logs; an unknown purpose prints as logged. */
const PURPOSE_LABEL: Record<string, string> = {
  ...DRAFT_TARGETS,
  reportSection: 'Avsnitt i tjänsteskrivelse',
  sorting: 'Ärendesortering',
  publicQuestion: 'Frågor från allmänheten',
}

/** The usage row of ärendesortering, and what it names as the service. */
const LOCAL_SORTING = 'local\u0000sorting'
const LOCAL_MODEL = 'Kommunens egen modell (lokal, ingen extern tjänst)'

const purposeLabel = (p: string) => (isDraftTarget(p) ? DRAFT_TARGETS[p] : (PURPOSE_LABEL[p] ?? p))

// A Swedish calendar year starts and ends in winter time (CET, UTC+1), never in summer time.
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+01:00`)

/** Findings counted by type, as the call logs them (`findingsByType: { name: 2 }`), or a list. */
function findingCounts(value: unknown): [string, number][] {
  if (Array.isArray(value))
    return value.flatMap((f: unknown) => {
      const x = f as { type?: unknown; count?: unknown }
      return typeof x?.type === 'string'
        ? [[x.type, Number(x.count ?? 1) || 0] as [string, number]]
        : []
    })
  if (value && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, Number(v) || 0])
  return []
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/**
 * The yearly follow-up for the municipal board: use per service and purpose with the guard's
 * decisions, what was blocked and redacted, reviews of drafts, incidents, and training
 * coverage. Computed from the AI log (the record of every use) and the tables; nothing stored.
 */
export async function aiFollowUp(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  year: number,
): Promise<AiFollowUpView> {
  requireRole(actor, [...FOLLOW_UP_READERS], 'ta fram uppföljningen av AI-användningen')
  const now = ctx.now()
  const thisYear = Number(swedishDate(now).slice(0, 4))
  if (!Number.isInteger(year) || year < 2000 || year > thisYear)
    throw new ValidationError('Året kan inte följas upp.', [
      { field: 'year', message: `Ange ett år från 2000 till ${thisYear}.` },
    ])
  const from = yearStart(year)
  const to = yearStart(year + 1)
  const m = actor.municipalityId
  const [municipality, services, log, drafts, incidents] = await Promise.all([
    findMunicipality(deps.db, m),
    aiServiceNames(deps.db, m),
    aiLogOfPeriod(deps.db, m, from, to),
    countDraftsOfPeriod(deps.db, m, from, to),
    incidentsOfPeriod(deps.db, m, from, to),
  ])

  const usage = new Map<string, { -readonly [K in keyof UsageRow]: UsageRow[K] }>()
  const findings = new Map<string, { blocked: number; redacted: number }>()
  const users = new Set<string>()
  const reviews = { approved: 0, approvedEdited: 0, rejected: 0, selfReviewed: 0, applied: 0 }
  for (const e of log) {
    const d = e.data
    if (e.action === 'ai.call') {
      const serviceId = str(d.serviceId)
      const purpose = str(d.purpose) ?? 'okänt'
      const key = `${serviceId ?? ''}\u0000${purpose}`
      const row = usage.get(key) ?? {
        serviceId,
        service: serviceId
          ? (services.get(serviceId) ?? str(d.serviceName) ?? 'Okänd tjänst')
          : 'Ingen tjänst angiven',
        purpose,
        purposeLabel: purposeLabel(purpose),
        calls: 0,
        blocked: 0,
        redacted: 0,
        allowed: 0,
        failed: 0,
      }
      const decision = String(d.decision ?? '').toUpperCase()
      row.calls++
      if (decision === 'BLOCK') row.blocked++
      else if (decision === 'REDACT') row.redacted++
      else if (decision === 'ALLOW') row.allowed++
      // Passed the guard but the service did not answer (ai-call.ts logs outcome 'error').
      if (d.outcome === 'error') row.failed++
      usage.set(key, row)
      if (e.actorId) users.add(e.actorId)
      if (decision === 'BLOCK' || decision === 'REDACT') {
        for (const [type, n] of findingCounts(d.findingsByType ?? d.findings)) {
          const f = findings.get(type) ?? { blocked: 0, redacted: 0 }
          if (decision === 'BLOCK') f.blocked += n
          else f.redacted += n
          findings.set(type, f)
        }
      }
    } else if (e.action === 'ai.sort.suggest') {
      // Ärendesortering runs on the municipality's own model: no service, nothing sent, so no
      // guard decision; its use is counted all the same (punkt 9: every use is documented).
      const row = usage.get(LOCAL_SORTING) ?? {
        serviceId: null,
        service: LOCAL_MODEL,
        purpose: 'sorting',
        purposeLabel: purposeLabel('sorting'),
        calls: 0,
        blocked: 0,
        redacted: 0,
        allowed: 0,
        failed: 0,
      }
      row.calls++
      usage.set(LOCAL_SORTING, row)
      if (e.actorId) users.add(e.actorId)
    } else if (e.action === 'ai.draft.approved') {
      reviews.approved++
      if (d.edited === true) reviews.approvedEdited++
      if (d.selfReview === true) reviews.selfReviewed++
    } else if (e.action === 'ai.draft.rejected') {
      reviews.rejected++
      if (d.selfReview === true) reviews.selfReviewed++
    } else if (e.action === 'ai.draft.applied') reviews.applied++
  }
  const rows = [...usage.values()].sort(
    (a, b) =>
      a.service.localeCompare(b.service, 'sv') ||
      a.purposeLabel.localeCompare(b.purposeLabel, 'sv'),
  )
  const sum = (k: 'calls' | 'blocked' | 'redacted' | 'allowed' | 'failed') =>
    rows.reduce((n, r) => n + r[k], 0)

  const byCategory = new Map<string, { open: number; closed: number }>()
  for (const i of incidents) {
    const c = byCategory.get(i.category) ?? { open: 0, closed: 0 }
    c[i.status]++
    byCategory.set(i.category, c)
  }
  const categoryOrder = Object.keys(INCIDENT_CATEGORIES)
  const rank = (c: string) => (categoryOrder.includes(c) ? categoryOrder.indexOf(c) : 99)

  // Coverage on the year's last day, or today while the year runs.
  const asOfInstant = to <= now ? new Date(to.getTime() - 1) : now
  const staff = await trainingOverview(deps, { ...ctx, now: () => asOfInstant }, actor)
  const trained = staff.filter((s) => s.valid).length

  return {
    municipality: municipality?.name ?? '',
    year,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    generatedOn: swedishDate(now),
    usage: rows,
    totals: {
      calls: sum('calls'),
      blocked: sum('blocked'),
      redacted: sum('redacted'),
      allowed: sum('allowed'),
      failed: sum('failed'),
      users: users.size,
    },
    findings: [...findings.entries()]
      .map(([type, f]) => ({
        type,
        label: Object.hasOwn(TYPE_LABEL, type) ? TYPE_LABEL[type as FindingType] : type,
        ...f,
      }))
      .sort(
        (a, b) =>
          b.blocked + b.redacted - (a.blocked + a.redacted) || a.label.localeCompare(b.label, 'sv'),
      ),
    drafts: {
      created: drafts.unreviewed + drafts.approved + drafts.rejected,
      ...reviews,
      unreviewed: drafts.unreviewed,
    },
    incidents: {
      reported: incidents.length,
      open: incidents.filter((i) => i.status === 'open').length,
      closed: incidents.filter((i) => i.status === 'closed').length,
      byCategory: [...byCategory.entries()]
        .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
        .map(([category, c]) => ({
          category,
          label: isIncidentCategory(category) ? INCIDENT_CATEGORIES[category] : category,
          ...c,
        })),
    },
    training: {
      asOf: swedishDate(asOfInstant),
      staff: staff.length,
      trained,
      percent: staff.length ? Math.round((trained / staff.length) * 100) : null,
    },
  }
}
