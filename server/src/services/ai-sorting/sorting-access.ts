import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { requireRole } from '../access/policies.js'
import { requireCurrentAiTraining } from '../ai/training.js'
import type { Actor } from '../context.js'

/** Who may train the sorter: it reads the whole registry. */
export function requireSortTrainer(actor: Actor) {
  requireRole(actor, ['admin', 'registrar'], 'träna modellen för ärendesortering')
}

/**
 * Who may ask for and answer suggestions: the staff who register and file documents, with a
 * current AI training (punkt 7 of the AI guidelines).
 */
export async function requireSortUser(db: Kysely<DB>, actor: Actor, at: Date) {
  requireRole(
    actor,
    ['registrar', 'caseOfficer', 'secretary'],
    'använda AI-förslag för ärendesortering',
  )
  await requireCurrentAiTraining(db, actor, at)
}
