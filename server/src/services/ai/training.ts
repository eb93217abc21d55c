import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { swedishDate } from '../../domain/dates.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.js'
import { trainingIsValid, trainingValidUntil } from '../../domain/ai/ai-rules.js'
import { isIsoDate } from '../../domain/dates.js'
import { runCommand } from '../command.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { requireRole, requireUser } from '../access/policies.js'

/** Punkt 7 of the AI guidelines: who has had the AI training, and until when it counts. */
export interface TrainingRecord {
  id: string
  userId: string
  userName: string
  completedOn: string
  validUntil: string
  course: string
}

/** The newest training of a user, or null. */
export async function latestTraining(
  db: Kysely<DB>,
  userId: string,
): Promise<{ completed_on: string; course: string } | null> {
  return (
    (await db
      .selectFrom('ai_trainings')
      .select(['completed_on', 'course'])
      .where('user_id', '=', userId)
      .orderBy('completed_on', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  )
}

/**
 * Every AI feature calls this first: a user without a recorded AI training less than a year old
 * is refused, with a message that says what to do. The system (scheduled jobs) is not a user.
 */
export async function requireCurrentAiTraining(
  db: Kysely<DB>,
  actor: Actor,
  at: Date,
): Promise<void> {
  if (actor.kind === 'system') return
  requireUser(actor)
  const t = await latestTraining(db, actor.id)
  const today = swedishDate(at)
  if (!t || !trainingIsValid(t.completed_on, today)) {
    throw new ForbiddenError(
      'ai_training_required',
      t
        ? `Din AI-utbildning från ${t.completed_on} gällde till ${trainingValidUntil(t.completed_on)}. Gå utbildningen igen innan du använder AI-funktionerna.`
        : 'Du behöver ha gått kommunens AI-utbildning innan du använder AI-funktionerna.',
    )
  }
}

/** Records that a user completed the AI training (admin, or the user's line manager). */
export async function recordTraining(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { userId: string; completedOn: string; course: string },
): Promise<TrainingRecord> {
  requireRole(actor, ['admin'], 'registrera AI-utbildningar')
  const course = input.course?.trim() ?? ''
  const fields = []
  if (!isIsoDate(input.completedOn))
    fields.push({ field: 'completedOn', message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
  else if (input.completedOn > swedishDate(ctx.now()))
    fields.push({ field: 'completedOn', message: 'Datumet kan inte ligga i framtiden.' })
  if (course.length === 0 || course.length > 200)
    fields.push({ field: 'course', message: 'Ange utbildningens namn (högst 200 tecken).' })
  if (fields.length) throw new ValidationError('Utbildningen kunde inte registreras.', fields)
  return runCommand(deps, ctx, actor, 'ai.training.record', async (trx, at) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', input.userId)
      .where('municipality_id', '=', actor.municipalityId)
      .executeTakeFirst()
    if (!user) throw new NotFoundError('user_not_found', 'Användaren finns inte.')
    const row = await trx
      .insertInto('ai_trainings')
      .values({
        municipality_id: actor.municipalityId,
        user_id: user.id,
        completed_on: input.completedOn,
        course,
        recorded_by: actor.kind === 'user' ? actor.id : null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return {
      result: {
        id: row.id,
        userId: user.id,
        userName: user.display_name,
        completedOn: input.completedOn,
        validUntil: trainingValidUntil(input.completedOn),
        course,
      },
      audit: {
        entityType: 'ai_training',
        entityId: row.id,
        data: { userId: user.id, completedOn: input.completedOn, course },
      },
    }
  })
}

/** Training status of every active staff user: the follow-up's training coverage. */
export async function trainingOverview(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
): Promise<
  Array<{
    userId: string
    userName: string
    roles: string[]
    latest: TrainingRecord | null
    valid: boolean
  }>
> {
  requireRole(actor, ['admin', 'securityOfficer', 'itUnit'], 'se AI-utbildningar')
  const today = swedishDate(ctx.now())
  const users = await deps.db
    .selectFrom('users')
    .select(['id', 'display_name', 'roles'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('active', '=', true)
    .orderBy('display_name')
    .execute()
  const trainings = await deps.db
    .selectFrom('ai_trainings')
    .select(['id', 'user_id', 'completed_on', 'course'])
    .where('municipality_id', '=', actor.municipalityId)
    .orderBy('completed_on', 'desc')
    .execute()
  const newest = new Map<string, (typeof trainings)[number]>()
  for (const t of trainings) if (!newest.has(t.user_id)) newest.set(t.user_id, t)
  return users
    .filter((u) => u.roles.some((r) => r !== 'member'))
    .map((u) => {
      const t = newest.get(u.id)
      return {
        userId: u.id,
        userName: u.display_name,
        roles: u.roles,
        latest: t
          ? {
              id: t.id,
              userId: u.id,
              userName: u.display_name,
              completedOn: t.completed_on,
              validUntil: trainingValidUntil(t.completed_on),
              course: t.course,
            }
          : null,
        valid: !!t && trainingIsValid(t.completed_on, today),
      }
    })
}
