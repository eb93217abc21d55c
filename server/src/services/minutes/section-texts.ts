import { ValidationError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { normalizeSecrecyGround } from '../../domain/registration.js'
import {
  listMinutesSections,
  upsertMinutesSection,
} from '../../repositories/minutes-section.repository.js'
import { listAgenda } from '../../repositories/agenda.repository.js'
import { runCommand } from '../command.js'
import { actorId, type Actor, type Ctx, type Deps } from '../context.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import { notFoundItem } from '../meetings/agenda-edit.js'
import { lockMeetingFor } from '../meetings/meeting-lookup.js'
import { assertStatusIn } from '../meetings/meeting-status.js'
import { assertMinutesEditable } from './minutes-lock.js'

/** The secretary's text of one § (undefined: unchanged; null or '': back to the default). */
export interface SectionTextInput {
  meetingId: string
  itemId: string
  /** Handlingar; by default the case's documents as the registry's public view shows them. */
  documents?: string | null
  background?: string | null
  deliberation?: string | null
  /** 'Arbetsutskottet föreslår att kommunfullmäktige beslutar:' */
  decisionIntro?: string | null
  /** Beslutet skickas till (expediering). */
  recipients?: string[] | null
  /** An OSL ground ('OSL 26:1') makes the § confidential: masked in the public minutes. */
  confidentialityGround?: string | null
}

const LIMITS = { documents: 20_000, background: 50_000, deliberation: 50_000, decisionIntro: 500 }

/**
 * `minutes.editSection`: the text of a § (Handlingar, Bakgrund, Överläggning, the lead-in to
 * the decision, the recipients of the extract, whether it is confidential), written while the
 * meeting runs and afterwards until the minutes are sent for attestation.
 */
export async function editSectionText(deps: Deps, ctx: Ctx, actor: Actor, input: SectionTextInput) {
  requireMeetingManager(actor, 'skriva protokollet')
  const fields: FieldError[] = []
  const clean = (f: keyof typeof LIMITS) => {
    const v = input[f]
    if (v === undefined) return undefined
    const t = v?.replace(/\r\n?/g, '\n').trim() || null
    if (t && t.length > LIMITS[f]) fields.push({ field: f, message: `Högst ${LIMITS[f]} tecken.` })
    return t
  }
  const texts = {
    documents: clean('documents'),
    background: clean('background'),
    deliberation: clean('deliberation'),
    decision_intro: clean('decisionIntro'),
  }
  const recipients =
    input.recipients === undefined
      ? undefined
      : (input.recipients ?? []).map((r) => r.trim()).filter(Boolean)
  if (recipients && (recipients.length > 100 || recipients.some((r) => r.length > 300)))
    fields.push({
      field: 'recipients',
      message: 'Högst 100 mottagare, var och en högst 300 tecken.',
    })
  let ground: string | null | undefined = undefined
  if (input.confidentialityGround !== undefined) {
    const given = input.confidentialityGround?.trim() || null
    ground = given ? normalizeSecrecyGround(given) : null
    if (given && !ground)
      fields.push({
        field: 'confidentialityGround',
        message: 'Ange sekretessgrunden som OSL kapitel:paragraf, t.ex. OSL 26:1.',
      })
  }
  assertNoFieldErrors(fields, 'Paragrafens text kunde inte sparas.')
  return runCommand(deps, ctx, actor, 'minutes.editSection', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, ['open', 'closed', 'attested'], 'skriva protokollet')
    const item = (await listAgenda(trx, m.id)).find((i) => i.id === input.itemId)
    if (!item) throw notFoundItem()
    await assertMinutesEditable(trx, m, item.id)
    if (!item.numbered) {
      throw new ValidationError('Punkten får ingen paragraf i protokollet.', [
        { field: 'itemId', message: 'Välj en numrerad punkt.' },
      ])
    }
    const before = (await listMinutesSections(trx, m.id)).find((s) => s.agenda_item_id === item.id)
    const pick = <K extends keyof typeof texts>(k: K) =>
      texts[k] === undefined ? (before?.[k] ?? null) : texts[k]
    const row = await upsertMinutesSection(trx, {
      agenda_item_id: item.id,
      documents: pick('documents'),
      background: pick('background'),
      deliberation: pick('deliberation'),
      decision_intro: pick('decision_intro'),
      recipients: recipients ?? before?.recipients ?? [],
      confidentiality_ground:
        ground === undefined ? (before?.confidentiality_ground ?? null) : ground,
      updated_at: at,
      updated_by: actorId(actor),
    })
    return {
      result: row,
      audit: {
        entityType: 'agendaItem',
        entityId: item.id,
        data: {
          meetingId: m.id,
          changed: Object.entries({ ...texts, recipients, confidentialityGround: ground })
            .filter(([, v]) => v !== undefined)
            .map(([k]) => k),
          confidentialityGround: row.confidentiality_ground,
        },
      },
    }
  })
}
