import { isIsoDate, swedishDate } from '../../domain/dates.js'
import { NotFoundError, ValidationError, type FieldError } from '../../domain/errors.js'
import { DATA_CLASSES, type DataClass } from '../../domain/ai-guard/types.js'
import { normaliseClasses } from '../../domain/ai/ai-rules.js'
import { requireRole } from '../access/policies.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { toService, type AiService } from './ai-services.js'

/**
 * Risk and consequence assessments of AI services (riktlinjerna punkt 5 och 7: "dataskyddsombud,
 * kommunjurist, informationssäkerhetsansvarig och IT-chef deltar"). An approving assessment sets
 * the classes of data the service may receive and approves it; a rejecting one suspends it.
 * The assessment itself is a document in the registry (`documentId`).
 */
export const ASSESSMENT_ROLES = {
  dataProtectionOfficer: 'Dataskyddsombud',
  municipalLawyer: 'Kommunjurist',
  securityOfficer: 'Informationssäkerhetsansvarig',
  itManager: 'IT-chef',
} as const
export type AssessmentRole = keyof typeof ASSESSMENT_ROLES

export interface AssessmentInput {
  serviceId: string
  assessedOn: string
  participants: Array<{ role: AssessmentRole; name: string }>
  conclusion: string
  outcome: 'approved' | 'rejected'
  approvedClasses: DataClass[]
  /** the assessment as registered in the registry */
  documentId?: string | null
}

export interface Assessment {
  id: string
  serviceId: string
  assessedOn: string
  participants: Array<{ role: AssessmentRole; roleLabel: string; name: string }>
  conclusion: string
  outcome: 'approved' | 'rejected'
  approvedClasses: DataClass[]
  document: { id: string; registrationNumber: string | null; description: string } | null
  createdAt: Date
}

function validate(input: AssessmentInput, today: string): FieldError[] {
  const fields: FieldError[] = []
  if (!isIsoDate(input.assessedOn ?? ''))
    fields.push({ field: 'assessedOn', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  else if (input.assessedOn > today)
    fields.push({ field: 'assessedOn', message: 'Analysen kan inte vara gjord i framtiden.' })
  const participants = Array.isArray(input.participants) ? input.participants : []
  if (
    participants.some(
      (p) => !Object.hasOwn(ASSESSMENT_ROLES, p?.role) || !p.name?.trim() || p.name.length > 200,
    )
  )
    fields.push({
      field: 'participants',
      message: 'Varje deltagare ska ha en känd roll och ett namn.',
    })
  if (input.outcome === 'approved') {
    const missing = (Object.keys(ASSESSMENT_ROLES) as AssessmentRole[]).filter(
      (r) => !participants.some((p) => p?.role === r && p.name?.trim()),
    )
    if (missing.length)
      fields.push({
        field: 'participants',
        message: `En godkännande analys kräver att ${missing.map((r) => ASSESSMENT_ROLES[r].toLowerCase()).join(', ')} deltar.`,
      })
  }
  if (input.outcome !== 'approved' && input.outcome !== 'rejected')
    fields.push({ field: 'outcome', message: 'Ange om analysen godkänner eller avslår tjänsten.' })
  if (!input.conclusion?.trim() || input.conclusion.length > 10000)
    fields.push({ field: 'conclusion', message: 'Skriv analysens slutsats (högst 10 000 tecken).' })
  const classes = Array.isArray(input.approvedClasses) ? input.approvedClasses : null
  if (!classes || classes.some((c) => !DATA_CLASSES.includes(c)))
    fields.push({ field: 'approvedClasses', message: 'Okänd dataklass.' })
  if (classes?.includes('sensitive') && !classes.includes('personal'))
    fields.push({
      field: 'approvedClasses',
      message: 'Känsliga personuppgifter kan bara godkännas tillsammans med personuppgifter.',
    })
  return fields
}

/** `ai.assessment.record`: records an assessment and applies its outcome to the service. */
export async function recordAssessment(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: AssessmentInput,
): Promise<{ assessment: Assessment; service: AiService }> {
  requireRole(
    actor,
    ['admin', 'securityOfficer', 'itUnit'],
    'registrera risk- och konsekvensanalyser',
  )
  const fields = validate(input, swedishDate(ctx.now()))
  if (fields.length) throw new ValidationError('Analysen kunde inte registreras.', fields)
  const classes = input.outcome === 'approved' ? normaliseClasses(input.approvedClasses) : []
  return runCommand(deps, ctx, actor, 'ai.assessment.record', async (trx, at) => {
    const service = await trx
      .selectFrom('ai_services')
      .selectAll()
      .where('id', '=', input.serviceId)
      .where('municipality_id', '=', actor.municipalityId)
      .forUpdate()
      .executeTakeFirst()
    if (!service) throw new NotFoundError('ai_service_not_found', 'AI-tjänsten finns inte.')
    let document: Assessment['document'] = null
    if (input.documentId) {
      const d = await trx
        .selectFrom('documents as d')
        .innerJoin('cases as c', 'c.id', 'd.case_id')
        .select(['d.id', 'd.registration_number', 'd.description', 'c.case_number'])
        .where('d.id', '=', input.documentId)
        .where('c.municipality_id', '=', actor.municipalityId)
        .executeTakeFirst()
      if (!d)
        throw new ValidationError('Analysen kunde inte registreras.', [
          { field: 'documentId', message: 'Handlingen finns inte i diariet.' },
        ])
      document = { id: d.id, registrationNumber: d.registration_number, description: d.description }
    }
    const row = await trx
      .insertInto('ai_risk_assessments')
      .values({
        municipality_id: actor.municipalityId,
        service_id: service.id,
        assessed_on: input.assessedOn,
        participants: JSON.stringify(
          input.participants.map((p) => ({ role: p.role, name: p.name.trim() })),
        ),
        conclusion: input.conclusion.trim(),
        outcome: input.outcome,
        approved_classes: classes,
        document_id: document?.id ?? null,
        created_by: actor.kind === 'user' ? actor.id : null,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    const updated = await trx
      .updateTable('ai_services')
      .set({
        status: input.outcome === 'approved' ? 'approved' : 'suspended',
        approved_classes: classes,
        updated_at: at,
      })
      .where('id', '=', service.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return {
      result: { assessment: toAssessment(row, document), service: toService(updated) },
      audit: [
        {
          entityType: 'ai_risk_assessment',
          entityId: row.id,
          data: {
            serviceId: service.id,
            outcome: input.outcome,
            approvedClasses: classes,
            documentId: document?.id ?? null,
          },
        },
        {
          action: 'ai.service.status',
          entityType: 'ai_service',
          entityId: service.id,
          data: { status: updated.status, approvedClasses: classes },
        },
      ],
    }
  })
}

function toAssessment(
  r: {
    id: string
    service_id: string
    assessed_on: string
    participants: unknown
    conclusion: string
    outcome: 'approved' | 'rejected'
    approved_classes: string[]
    created_at: Date
  },
  document: Assessment['document'],
): Assessment {
  const participants = (r.participants as Array<{ role: AssessmentRole; name: string }>) ?? []
  return {
    id: r.id,
    serviceId: r.service_id,
    assessedOn: r.assessed_on,
    participants: participants.map((p) => ({
      ...p,
      roleLabel: ASSESSMENT_ROLES[p.role] ?? p.role,
    })),
    conclusion: r.conclusion,
    outcome: r.outcome,
    approvedClasses: r.outcome === 'approved' ? normaliseClasses(r.approved_classes) : [],
    document,
    createdAt: new Date(r.created_at),
  }
}

/** A service's assessments, newest first. */
export async function listAssessments(
  deps: Deps,
  actor: Actor,
  serviceId: string,
): Promise<Assessment[]> {
  requireRole(
    actor,
    ['admin', 'itUnit', 'securityOfficer', 'registrar', 'caseOfficer', 'secretary'],
    'se risk- och konsekvensanalyser',
  )
  const rows = await deps.db
    .selectFrom('ai_risk_assessments as a')
    .leftJoin('documents as d', 'd.id', 'a.document_id')
    .selectAll('a')
    .select(['d.registration_number', 'd.description as document_description'])
    .where('a.service_id', '=', serviceId)
    .where('a.municipality_id', '=', actor.municipalityId)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute()
  return rows.map((r) =>
    toAssessment(
      r,
      r.document_id
        ? {
            id: r.document_id,
            registrationNumber: r.registration_number,
            description: r.document_description ?? '',
          }
        : null,
    ),
  )
}
