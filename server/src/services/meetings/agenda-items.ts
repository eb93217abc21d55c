import type { AgendaAddedWhen, AgendaItemKind, MeetingStatus } from '../../db/schema.js'
import {
  ConflictError,
  ValidationError,
  assertNoFieldErrors,
  type FieldError,
} from '../../domain/errors.js'
import {
  insertAgendaItems,
  listAgenda,
  shiftPositions,
  type AgendaItemView,
} from '../../repositories/agenda.repository.js'
import { findCaseById, type CaseRow } from '../../repositories/case.repository.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { isUuid, notFoundCase } from '../registry/create-case.js'
import { requireMeetingManager } from '../committees/committee-access.js'
import {
  AGENDA_KINDS,
  CASE_KINDS,
  KIND_LABEL,
  MAY_HAVE_CASE,
  OPENING_KINDS,
  numberedByDefault,
} from './agenda-kinds.js'
import { lockMeetingFor } from './meeting-lookup.js'
import { assertStatusIn } from './meeting-status.js'

/** The agenda may change until the meeting closes; items added later are marked as such. */
export const AGENDA_OPEN: MeetingStatus[] = ['planned', 'noticeSent', 'open']
const ADDED_WHEN: Partial<Record<MeetingStatus, AgendaAddedWhen>> = {
  planned: 'draft',
  noticeSent: 'afterNotice',
  open: 'atMeeting',
}

export interface NewAgendaItemInput {
  meetingId: string
  kind: AgendaItemKind
  /** A case item takes its case's title when left out. */
  title?: string | null
  caseId?: string | null
  /** Who presents the item (föredragande), e.g. an official or an invited guest. */
  presenter?: string | null
  numbered?: boolean
  /** 1-based place in the agenda; the end when left out. */
  position?: number
}

function fieldErrors(input: NewAgendaItemInput): FieldError[] {
  const fields: FieldError[] = []
  if (!AGENDA_KINDS.includes(input.kind))
    fields.push({ field: 'kind', message: 'Okänd typ av punkt på ärendelistan.' })
  else if (CASE_KINDS.includes(input.kind) && !input.caseId)
    fields.push({ field: 'caseId', message: 'Välj ärendet (diarienumret) som ska behandlas.' })
  else if (input.caseId && !MAY_HAVE_CASE.includes(input.kind))
    fields.push({ field: 'caseId', message: `${KIND_LABEL[input.kind]} hör inte till ett ärende.` })
  if ((input.title?.trim().length ?? 0) > 500)
    fields.push({ field: 'title', message: 'Rubriken får vara högst 500 tecken.' })
  if ((input.presenter?.trim().length ?? 0) > 300)
    fields.push({ field: 'presenter', message: 'Föredragande får vara högst 300 tecken.' })
  return fields
}

/** The item's heading: as given, else the case's title, else the kind's standard name. */
function titleOf(input: NewAgendaItemInput, c: CaseRow | undefined): string {
  const given = input.title?.trim()
  if (given) return given
  if (c?.title_protected) {
    throw new ValidationError('Ärendets rubrik är skyddad. Ange en rubrik för ärendelistan.', [
      { field: 'title', message: 'Ange en rubrik som får visas i kallelsen.' },
    ])
  }
  if (c) return c.title
  if (input.kind === 'case' || input.kind === 'information') {
    throw new ValidationError('Ange en rubrik för punkten.', [
      { field: 'title', message: 'Ange rubrik.' },
    ])
  }
  return KIND_LABEL[input.kind]
}

function assertUnique(agenda: AgendaItemView[], input: NewAgendaItemInput, c?: CaseRow) {
  if (OPENING_KINDS.includes(input.kind) && agenda.some((i) => i.kind === input.kind)) {
    throw new ConflictError('item_exists', `${KIND_LABEL[input.kind]} finns redan på ärendelistan.`)
  }
  if (c && agenda.some((i) => i.case_id === c.id)) {
    throw new ConflictError(
      'case_on_agenda',
      `Ärende ${c.case_number} finns redan på ärendelistan.`,
    )
  }
}

/** Refuses agenda changes once the meeting's items have § numbers (they are minutes then). */
export function assertNotNumbered(agenda: AgendaItemView[]): void {
  if (agenda.some((i) => i.section_number !== null)) {
    throw new ConflictError(
      'sections_assigned',
      'Paragraferna är redan numrerade. Ärendelistan kan inte längre ändras.',
    )
  }
}

/**
 * `agenda.addItem`: a case, information, communications (meddelanden) or delegation-report
 * item, at the end or at a place. Items added after the notice, or at the meeting ("tillägg",
 * Kalmar KSAU: "Information efter IT-angrepp"), are marked so the notice and minutes say so.
 */
export async function addAgendaItem(deps: Deps, ctx: Ctx, actor: Actor, input: NewAgendaItemInput) {
  requireMeetingManager(actor, 'ändra ärendelistan')
  assertNoFieldErrors(fieldErrors(input), 'Punkten kunde inte läggas till.')
  return runCommand(deps, ctx, actor, 'agenda.addItem', async (trx, at) => {
    const m = await lockMeetingFor(trx, actor, input.meetingId)
    assertStatusIn(m, AGENDA_OPEN, 'ändra ärendelistan')
    const agenda = await listAgenda(trx, m.id)
    assertNotNumbered(agenda)
    let c: CaseRow | undefined
    if (input.caseId) {
      c = isUuid(input.caseId)
        ? await findCaseById(trx, actor.municipalityId, input.caseId)
        : undefined
      if (!c) throw notFoundCase()
    }
    assertUnique(agenda, input, c)
    const position = input.position ?? agenda.length + 1
    if (!Number.isInteger(position) || position < 1 || position > agenda.length + 1) {
      throw new ValidationError('Platsen på ärendelistan är ogiltig.', [
        { field: 'position', message: `Ange en plats mellan 1 och ${agenda.length + 1}.` },
      ])
    }
    await shiftPositions(trx, m.id, position, agenda.length, 1)
    const [row] = await insertAgendaItems(trx, [
      {
        meeting_id: m.id,
        position,
        kind: input.kind,
        title: titleOf(input, c),
        case_id: c?.id ?? null,
        presenter: input.presenter?.trim() || null,
        numbered: input.numbered ?? numberedByDefault(input.kind),
        added_when: ADDED_WHEN[m.status]!,
        section_number: null,
        created_at: at,
        updated_at: at,
      },
    ])
    return {
      result: row!,
      audit: {
        entityType: 'agendaItem',
        entityId: row!.id,
        data: {
          meetingId: m.id,
          kind: row!.kind,
          caseNumber: c?.case_number ?? null,
          position,
          addedWhen: row!.added_when,
        },
      },
    }
  })
}
