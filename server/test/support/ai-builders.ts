import { setLineManager as setLineManagerCommand } from '../../src/services/access/users.service.js'
import type { Role } from '../../src/db/schema.js'
import { appendAiLog } from '../../src/repositories/ai-log.repository.js'
import { insertDraft, type AiDraftRow } from '../../src/repositories/ai-draft.repository.js'
import type { Actor, Deps } from '../../src/services/context.js'
import { recordTraining } from '../../src/services/ai/training.js'
import { liveCtx, type World } from './builders.js'

/**
 * Test data for the AI features (issue 4). Drafts are stored through the repository the guarded
 * call uses (insertDraft), each after an `ai.call` entry in the AI log as that call writes it, so
 * review, apply, incidents and the follow-up see what production would give them.
 */

export type UserActor = Actor & { kind: 'user'; username: string }

/** Records an AI training for a user (valid a year from `completedOn`). */
export async function trainUser(deps: Deps, w: World, userId: string, completedOn = '2025-06-01') {
  return recordTraining(deps, liveCtx(), w.system, {
    userId,
    completedOn,
    course: 'Grundläggande AI-utbildning',
  })
}

/** A user of the role with a current AI training. */
export async function trainedUser(
  deps: Deps,
  w: World,
  role: Role,
  extra: Role[] = [],
): Promise<UserActor> {
  const u = await w.user(role, extra)
  await trainUser(deps, w, u.id)
  return u
}

/** An AI service row, as the services register (services/ai/ai-services.ts) keeps it. */
export async function aiService(deps: Deps, w: World, name = 'Kommunens språkmodell') {
  const at = new Date('2025-01-01T10:00:00Z')
  return deps.db
    .insertInto('ai_services')
    .values({
      municipality_id: w.municipalityId,
      name,
      provider: 'Testleverantör',
      endpoint: 'http://127.0.0.1:9/v1',
      model: 'test-model',
      processing_location: 'Sverige',
      approved_classes: ['public', 'personal'],
      status: 'approved',
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export interface CallInput {
  actor: Actor
  serviceId?: string | null
  purpose?: string
  kind?: string
  decision?: 'BLOCK' | 'REDACT' | 'ALLOW'
  findings?: Record<string, number>
  /** what became of the call, as ai-call.ts logs it: blocked, error, draft, shown */
  outcome?: string
  at?: Date
}

/** An `ai.call` entry in the AI log with the data the guarded call (ai-call.ts) logs; its seq. */
export async function aiCall(deps: Deps, w: World, c: CallInput): Promise<number> {
  const at = c.at ?? new Date('2025-12-15T09:00:00+01:00')
  const decision = c.decision ?? 'REDACT'
  return deps.db.transaction().execute((trx) =>
    appendAiLog(trx, w.municipalityId, at, c.actor.kind === 'user' ? c.actor.id : null, 'ai.call', [
      {
        entityType: 'ai_service',
        entityId: c.serviceId ?? null,
        data: {
          serviceId: c.serviceId ?? null,
          purpose: c.purpose ?? 'Sammanfattning av ärende',
          kind: c.kind ?? 'caseSummary',
          decision,
          findingsByType: c.findings ?? (decision === 'ALLOW' ? {} : { name: 1 }),
          outcome: c.outcome ?? (decision === 'BLOCK' ? 'blocked' : 'draft'),
          sent: decision === 'BLOCK' ? null : 'Sammanfatta: [PERSON_1] ansöker om bygglov.',
          received: '[PERSON_1] ansöker om bygglov.',
        },
      },
    ]),
  )
}

/** A logged ärendesortering suggestion, in the shape services/ai-sorting/suggest.ts logs it. */
export async function sortSuggestionLogged(
  deps: Deps,
  w: World,
  c: { actor: Actor; at: Date; documentId?: string },
): Promise<number> {
  return deps.db.transaction().execute((trx) =>
    appendAiLog(
      trx,
      w.municipalityId,
      c.at,
      c.actor.kind === 'user' ? c.actor.id : null,
      'ai.sort.suggest',
      [
        {
          entityType: 'document',
          entityId: c.documentId ?? null,
          data: { purpose: 'ärendesortering', service: 'local', documentId: c.documentId ?? null },
        },
      ],
    ),
  )
}

export interface DraftInput extends Omit<CallInput, 'actor'> {
  createdBy: Actor
  caseId?: string | null
  documentId?: string | null
  officialReportId?: string | null
  target?: string | null
  text?: string
}

/** An unreviewed AI draft after its logged call, stored through insertDraft. */
export async function aiDraft(deps: Deps, w: World, d: DraftInput): Promise<AiDraftRow> {
  const at = d.at ?? new Date('2025-12-15T09:00:00+01:00')
  const seq = await aiCall(deps, w, { ...d, actor: d.createdBy, at })
  return deps.db.transaction().execute((trx) =>
    insertDraft(trx, {
      municipality_id: w.municipalityId,
      kind: d.kind ?? 'caseSummary',
      purpose: d.purpose ?? 'Sammanfattning av ärende',
      case_id: d.caseId ?? null,
      document_id: d.documentId ?? null,
      official_report_id: d.officialReportId ?? null,
      target_field: d.target === undefined ? 'caseSummary' : d.target,
      service_id: d.serviceId ?? null,
      log_seq: seq,
      generated_text:
        d.text ??
        'Ärendet gäller en ansökan om bidrag till föreningens verksamhet under 2026. Förvaltningen har berett ärendet.',
      status: 'unreviewed',
      created_by: d.createdBy.kind === 'user' ? d.createdBy.id : null,
      created_at: at,
    }),
  )
}

/** Sets a user's line manager through `user.setLineManager`, as the administrator would. */
export async function setLineManager(deps: Deps, userId: string, managerId: string | null) {
  const u = await deps.db
    .selectFrom('users')
    .select('municipality_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  const system = { kind: 'system' as const, municipalityId: u.municipality_id, name: 'test' }
  await setLineManagerCommand(deps, liveCtx(), system, { userId, lineManagerId: managerId })
}
