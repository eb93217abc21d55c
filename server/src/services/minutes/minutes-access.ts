import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { PROTECTED_PLACEHOLDER } from '../../domain/public-view.js'
import type { AgendaItemView } from '../../repositories/agenda.repository.js'
import type { MeetingRow } from '../../repositories/meeting.repository.js'
import {
  listItemCaseDocuments,
  listItemCases,
  listMinutesSections,
  userMembershipIds,
  type ItemCaseRow,
} from '../../repositories/minutes-section.repository.js'
import { mayReadConfidentialOf, readsAllConfidential } from '../access/policies.js'
import { runCommand } from '../command.js'
import { hasRole, type Actor, type Ctx, type Deps } from '../context.js'

/** A § whose content is confidential, and on which ground. */
export interface ConfidentialItem {
  itemId: string
  /** 'OSL 26:1'; null when the case title is protected without a stated ground. */
  ground: string | null
  case: ItemCaseRow | null
}

/**
 * The meeting's confidential §§: those whose case has a protected title (OSL 5 kap. 2 § andra
 * stycket) and those the secretary marked confidential with a ground. A case that merely holds
 * a confidential document does not make the § confidential: the document stays masked itself.
 */
export async function confidentialItems(
  db: Kysely<DB>,
  m: MeetingRow,
): Promise<Map<string, ConfidentialItem>> {
  const [cases, texts, docs] = await Promise.all([
    listItemCases(db, m.id),
    listMinutesSections(db, m.id),
    listItemCaseDocuments(db, m.id, m.meets_on),
  ])
  const out = new Map<string, ConfidentialItem>()
  for (const t of texts) {
    if (t.confidentiality_ground) {
      const c = cases.find((x) => x.agenda_item_id === t.agenda_item_id) ?? null
      out.set(t.agenda_item_id, {
        itemId: t.agenda_item_id,
        ground: t.confidentiality_ground,
        case: c,
      })
    }
  }
  for (const c of cases) {
    if (!c.title_protected || out.has(c.agenda_item_id)) continue
    const ground =
      docs.find((d) => d.agenda_item_id === c.agenda_item_id && d.confidentiality_ground)
        ?.confidentiality_ground ?? null
    out.set(c.agenda_item_id, { itemId: c.agenda_item_id, ground, case: c })
  }
  return out
}

/** 'Sekretess enligt OSL 26:1', the placeholder the public sees for a confidential §. */
export function confidentialPlaceholder(ground: string | null): string {
  return ground ? `${PROTECTED_PLACEHOLDER} enligt ${ground}` : PROTECTED_PLACEHOLDER
}

/**
 * Which confidential §§ the actor may read in full: the secretary and administrators who keep
 * the minutes, registrars, the case officer of the case and those granted it, and the
 * committee's members and substitutes on the meeting day unless jäviga for the item.
 */
export async function readableConfidentialItems(
  db: Kysely<DB>,
  actor: Actor,
  m: MeetingRow,
  confidential: Map<string, ConfidentialItem>,
  recusals: { agenda_item_id: string; membership_id: string }[],
): Promise<Set<string>> {
  const all = new Set(confidential.keys())
  if (confidential.size === 0) return all
  if (
    actor.kind === 'system' ||
    hasRole(actor, 'secretary', 'admin') ||
    readsAllConfidential(actor)
  )
    return all
  if (actor.kind !== 'user') return new Set()
  const own = await userMembershipIds(db, actor.id, m.committee_id, m.meets_on)
  const readable = new Set<string>()
  for (const c of confidential.values()) {
    const recused = recusals.some(
      (r) => r.agenda_item_id === c.itemId && own.includes(r.membership_id),
    )
    if (own.length > 0 && !recused) readable.add(c.itemId)
    else if (c.case && (await mayReadConfidentialOf(db, actor, c.case))) readable.add(c.itemId)
  }
  return readable
}

/** Writes the audit event of a user reading confidential §§ in full (OSL: reads are logged). */
export async function auditConfidentialRead(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  m: MeetingRow,
  items: AgendaItemView[],
  via: string,
): Promise<void> {
  if (actor.kind !== 'user' || items.length === 0) return
  await runCommand(deps, ctx, actor, 'minutes.readConfidential', async () => ({
    result: null,
    audit: items.map((i) => ({
      entityType: 'agendaItem',
      entityId: i.id,
      data: { meetingId: m.id, sectionNumber: i.section_number, via },
    })),
  }))
}
