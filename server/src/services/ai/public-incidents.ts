import {
  INCIDENT_CATEGORIES,
  INCIDENT_RECIPIENTS,
  type IncidentCategory,
} from '../../domain/ai/incident-categories.js'
import { NotFoundError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { emailProblem } from '../../domain/official-report.js'
import { appendAiLog } from '../../repositories/ai-log.repository.js'
import { insertIncident, publicAnswerExists } from '../../repositories/ai-incident.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { checkReportText, handlersOf, notifyRecipients } from './incidents.js'
import { PUBLIC_ANSWER_PURPOSE } from './public-answers.js'

/**
 * Reports from the public of a problem with an answer of the public question box (issue 4: an
 * incident report on every AI output). A member of the public has no account and no line
 * manager: the report goes to every active IT unit and security officer user, and the record
 * and the receipt say that no line manager was notified. The answer reported on must be one the
 * box showed the public. The e-mail address the reporter may leave is personal data: it is
 * stored in the report for the handlers only, never in the audit or AI log.
 */
export const MAX_CONTACT_EMAIL = 254

export interface PublicIncidentInput {
  municipalityId: string
  /** the answer's entry in the AI log (`logSeq` of the public answer) */
  logSeq: number
  category: string
  description: string
  contactEmail?: string | null
}

export interface PublicIncidentReceipt {
  reference: string
  logSeq: number
  category: IncidentCategory
  categoryLabel: string
  message: string
}

const NO_LINE_MANAGER = 'Rapporter från allmänheten har ingen närmaste chef att underrätta.'

function contactEmailOf(fields: FieldError[], value: string | null | undefined): string | null {
  const v = typeof value === 'string' ? value.trim() : ''
  if (v === '') return null
  if (v.length > MAX_CONTACT_EMAIL)
    fields.push({
      field: 'contactEmail',
      message: `E-postadressen får vara högst ${MAX_CONTACT_EMAIL} tecken.`,
    })
  else if (emailProblem(v))
    fields.push({ field: 'contactEmail', message: 'Ange en e-postadress, t.ex. namn@exempel.se.' })
  return v
}

/** `ai.incident.report_public`: a member of the public reports a problem with an AI answer. */
export async function reportPublicIncident(
  deps: Deps,
  ctx: Ctx,
  input: PublicIncidentInput,
): Promise<PublicIncidentReceipt> {
  const actor: Actor = { kind: 'public', municipalityId: input.municipalityId }
  const fields: FieldError[] = []
  const description = checkReportText(fields, input)
  const contactEmail = contactEmailOf(fields, input.contactEmail)
  assertNoFieldErrors(fields, 'Rapporten kunde inte skickas.')
  const seq = input.logSeq
  if (
    !(Number.isSafeInteger(seq) && seq > 0) ||
    !(await publicAnswerExists(deps.db, actor.municipalityId, seq, PUBLIC_ANSWER_PURPOSE))
  )
    throw new NotFoundError('ai_answer_not_found', 'Svaret finns inte. Ställ frågan igen.')
  const category = input.category as IncidentCategory

  return runCommand(deps, ctx, actor, 'ai.incident.report_public', async (trx, at) => {
    const incident = await insertIncident(trx, {
      municipality_id: actor.municipalityId,
      draft_id: null,
      log_seq: seq,
      category,
      description: description!,
      reported_by: null,
      reporter_kind: 'public',
      contact_email: contactEmail,
      status: 'open',
      created_at: at,
    })
    const recipients = await notifyRecipients(
      trx,
      incident.id,
      at,
      await handlersOf(trx, actor.municipalityId),
    )
    const reasons = Object.keys(recipients) as (keyof typeof recipients)[]
    const reached = reasons.filter((r) => recipients[r].length > 0)
    // What the record keeps: counts and reasons, never the description or the address.
    const data = {
      incidentId: incident.id,
      category,
      draftId: null,
      logSeq: seq,
      reporterKind: 'public',
      contactEmailGiven: contactEmail !== null,
      notified: Object.fromEntries(reasons.map((r) => [r, recipients[r].length])),
      unreached: reasons.filter((r) => recipients[r].length === 0),
      lineManager: NO_LINE_MANAGER,
    }
    await appendAiLog(trx, actor.municipalityId, at, null, 'ai.incident.reported', [
      { entityType: 'ai_incident', entityId: incident.id, data },
    ])
    // The public is told where the report went by role, never the names of the staff.
    const to =
      reached.length > 0
        ? `har skickats till ${reached.map((r) => INCIDENT_RECIPIENTS[r]).join(' och ')} i kommunen`
        : 'är sparad hos kommunen'
    const reply = contactEmail
      ? 'Om kommunen behöver veta mer hör vi av oss till e-postadressen du angav.'
      : 'Du angav ingen e-postadress, så kommunen kan inte höra av sig om rapporten.'
    return {
      result: {
        reference: incident.id,
        logSeq: seq,
        category,
        categoryLabel: INCIDENT_CATEGORIES[category],
        message: `Tack! Rapporten ${to}. ${NO_LINE_MANAGER} ${reply}`,
      },
      audit: { entityType: 'ai_incident', entityId: incident.id, data },
    }
  })
}
