import { randomUUID } from 'node:crypto'
import { guard, restore, type Finding, type GuardResult } from '../../domain/ai-guard/index.js'
import { redact } from '../../domain/ai-guard/redact.js'
import { CLASS_OF, TYPE_LABEL } from '../../domain/ai-guard/types.js'
import { ConflictError, NotFoundError, RefusedError, UpstreamError } from '../../domain/errors.js'
import type { DraftTarget } from '../../domain/ai/ai-rules.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import { insertDraft } from '../../repositories/ai-draft.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { openApiKey, toService, type AiService } from './ai-services.js'
import { chatCompletion, type ChatResponse } from './provider-client.js'
import { requireCurrentAiTraining } from './training.js'

/**
 * The only way text leaves Kansli for an AI service. In order: the user's AI training (punkt 7),
 * the service's approval (punkt 5), the guard over everything that would be sent (personal,
 * sensitive and confidential data against the classes the service is approved for), the call,
 * the real values put back for the reviewer, the answer stored as a draft that a person must
 * review (punkt 6), and every step in the AI usage log (punkt 9), BLOCKs and failures included.
 */
export interface MaterialPart {
  /** a heading the model sees, e.g. "Handling KS-2025-00494-3: Tjänsteskrivelse" */
  label: string
  text: string
  /** the registry's OSL ground when this part is confidential */
  confidentialGround?: string | null
}

export interface AiSource {
  documentId?: string
  caseId?: string
  reference: string
  title: string
}

export interface AiCallInput {
  serviceId: string
  /** why AI is used, in the log's words: 'Sammanfattning av ärende', 'Utkast till tjänsteskrivelse' … */
  purpose: string
  /** what is asked of the model: Kansli's own instruction, never user text */
  instructions: string
  material: MaterialPart[]
  /** values known to be public (the municipality's switchboard, its own address) */
  knownPublic?: string[]
  sources: AiSource[]
  entity: { caseId?: string | null; documentId?: string | null; officialReportId?: string | null }
  /** the draft's kind and where it may go once approved; null = no draft (public answers) */
  draft: { kind: string; target: DraftTarget | null } | null
}

export interface AiCallResult {
  logSeq: number
  decision: 'REDACT' | 'ALLOW'
  findingsByType: Record<string, number>
  /** the answer with the real values put back (for the reviewer inside Kansli) */
  text: string
  draftId: string | null
  service: Pick<AiService, 'id' | 'name' | 'model'>
}

export function countFindings(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const f of findings) out[f.type] = (out[f.type] ?? 0) + 1
  return out
}

/**
 * The text as the log keeps it: never a personal value, never confidential content. Personal and
 * sensitive findings are masked even when the service was allowed to receive them in the clear.
 */
export function loggableText(text: string, result: GuardResult): string {
  if (result.findings.some((f) => f.type === 'confidential'))
    return `[sekretessbelagt underlag, ${text.length} tecken, visas inte i loggen]`
  const personal = result.findings.filter((f) => CLASS_OF[f.type] !== 'confidential')
  return personal.length ? redact(text, personal).redacted : text
}

export function composeMaterial(parts: MaterialPart[]): string {
  return parts.map((p) => `### ${p.label}\n${p.text.trim()}`).join('\n\n')
}

export async function callAi(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: AiCallInput,
): Promise<AiCallResult> {
  const at = ctx.now()
  if (actor.kind === 'user') await requireCurrentAiTraining(deps.db, actor, at)
  const row = await deps.db
    .selectFrom('ai_services')
    .selectAll()
    .where('id', '=', input.serviceId)
    .where('municipality_id', '=', actor.municipalityId)
    .executeTakeFirst()
  if (!row) throw new NotFoundError('ai_service_not_found', 'AI-tjänsten finns inte.')
  const service = toService(row)
  if (service.status !== 'approved')
    throw new ConflictError(
      'ai_service_not_approved',
      service.status === 'suspended'
        ? `AI-tjänsten ${service.name} är avstängd och kan inte användas.`
        : `AI-tjänsten ${service.name} saknar godkänd risk- och konsekvensanalys och kan inte användas ännu.`,
    )
  const text = composeMaterial(input.material)
  const confidential = input.material.find((m) => m.confidentialGround)
  const verdict = guard({
    text,
    allowedClasses: service.approvedClasses,
    confidential: confidential ? { ground: confidential.confidentialGround! } : null,
    knownPublic: input.knownPublic ?? [],
  })
  const findingsByType = countFindings(verdict.findings)
  const base = {
    serviceId: service.id,
    serviceName: service.name,
    model: service.model,
    purpose: input.purpose,
    kind: input.draft?.kind ?? 'answer',
    entity: input.entity,
    sources: input.sources.map((s) => s.reference),
    decision: verdict.decision,
    findingsByType,
    classes: verdict.classes,
  }
  const log = (data: Record<string, unknown>) =>
    deps.db
      .transaction()
      .execute((trx) =>
        appendAiLog(trx, actor.municipalityId, ctx.now(), actorId(actor), 'ai.call', [
          { entityType: 'ai_service', entityId: service.id, data: { ...base, ...data } },
        ]),
      )

  if (verdict.decision === 'BLOCK') {
    const seq = await log({ outcome: 'blocked', reasons: verdict.reasons, sent: null })
    throw new RefusedError('ai_blocked', blockMessage(verdict, service), {
      reasons: verdict.reasons,
      findingsByType: labelled(findingsByType),
      logSeq: seq,
    })
  }

  const outgoing = verdict.decision === 'REDACT' ? verdict.redacted : text
  const sentForLog = loggableText(text, verdict)
  let answer: ChatResponse
  try {
    answer = await chatCompletion({
      endpoint: service.endpoint,
      model: service.model,
      apiKey: await openApiKey(deps, service.id, row.api_key_sealed),
      timeoutMs: service.timeoutMs,
      messages: [
        { role: 'system', content: input.instructions },
        { role: 'user', content: outgoing },
      ],
    })
  } catch (err) {
    const code = err instanceof UpstreamError ? err.code : 'ai_failed'
    await log({ outcome: 'error', error: code, sent: sentForLog })
    throw err instanceof UpstreamError
      ? err
      : new UpstreamError('ai_failed', 'Anropet till AI-tjänsten misslyckades.')
  }
  const restored = restore(answer.text, verdict.mapping)
  // What came back is logged as received, placeholders and all: the real values stay in the draft.
  const received = verdict.findings.some((f) => f.type === 'confidential')
    ? `[svar på sekretessbelagt underlag, ${answer.text.length} tecken]`
    : loggableText(answer.text, guard({ text: answer.text, allowedClasses: ['public'] }))
  const draftId = input.draft ? randomUUID() : null

  return runCommand(deps, ctx, actor, 'ai.draft.create', async (trx, at2) => {
    const seq = await appendAiLog(trx, actor.municipalityId, at2, actorId(actor), 'ai.call', [
      {
        entityType: 'ai_service',
        entityId: service.id,
        data: {
          ...base,
          outcome: input.draft ? 'draft' : 'shown',
          draftId,
          sent: sentForLog,
          received,
          usage: answer.usage,
          finishReason: answer.finishReason,
        },
      },
    ])
    if (input.draft) {
      await insertDraft(trx, {
        id: draftId!,
        municipality_id: actor.municipalityId,
        kind: input.draft.kind,
        purpose: input.purpose,
        case_id: input.entity.caseId ?? null,
        document_id: input.entity.documentId ?? null,
        official_report_id: input.entity.officialReportId ?? null,
        target_field: input.draft.target,
        service_id: service.id,
        log_seq: seq,
        generated_text: restored,
        sources: JSON.stringify(input.sources),
        status: 'unreviewed',
        created_by: actorId(actor),
        created_at: at2,
      })
    }
    return {
      result: {
        logSeq: seq,
        decision: verdict.decision as 'REDACT' | 'ALLOW',
        findingsByType,
        text: restored,
        draftId,
        service: { id: service.id, name: service.name, model: service.model },
      },
      audit: input.draft
        ? {
            entityType: 'ai_draft',
            entityId: draftId,
            data: {
              kind: input.draft.kind,
              serviceId: service.id,
              logSeq: seq,
              decision: verdict.decision,
            },
          }
        : [],
    }
  })
}

function labelled(
  counts: Record<string, number>,
): Array<{ type: string; label: string; count: number }> {
  return Object.entries(counts).map(([type, count]) => ({
    type,
    label: TYPE_LABEL[type as keyof typeof TYPE_LABEL] ?? type,
    count,
  }))
}

function blockMessage(verdict: GuardResult, service: AiService): string {
  return `Texten skickades inte till ${service.name}: ${verdict.reasons.join(' ')}`
}
