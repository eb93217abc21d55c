import type { Insertable, Kysely, Selectable } from 'kysely'
import type { AgendaItemVoteBallotTable, AgendaItemVoteTable, DB } from '../db/schema.js'

export type VoteRow = Selectable<AgendaItemVoteTable>
export type BallotRow = Selectable<AgendaItemVoteBallotTable>
export type VoteWithBallots = VoteRow & { ballots: BallotRow[] }

/** Records an open vote and its named ballots; ordinal numbers the votes of the item. */
export async function insertVote(
  trx: Kysely<DB>,
  vote: Omit<Insertable<AgendaItemVoteTable>, 'ordinal'>,
  ballots: Omit<Insertable<AgendaItemVoteBallotTable>, 'vote_id'>[],
): Promise<VoteWithBallots> {
  const last = await trx
    .selectFrom('agenda_item_votes')
    .select((eb) => eb.fn.max('ordinal').as('n'))
    .where('agenda_item_id', '=', vote.agenda_item_id)
    .executeTakeFirst()
  const row = await trx
    .insertInto('agenda_item_votes')
    .values({ ...vote, ordinal: Number(last?.n ?? 0) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow()
  const saved = await trx
    .insertInto('agenda_item_vote_ballots')
    .values(ballots.map((b) => ({ ...b, vote_id: row.id })))
    .returningAll()
    .execute()
  return { ...row, ballots: saved.sort((a, b) => a.position - b.position) }
}

/** Every vote of a meeting with its ballots, in item and vote order. */
export async function listMeetingVotes(
  db: Kysely<DB>,
  meetingId: string,
): Promise<VoteWithBallots[]> {
  const votes = await db
    .selectFrom('agenda_item_votes as v')
    .innerJoin('agenda_items as i', 'i.id', 'v.agenda_item_id')
    .selectAll('v')
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('v.ordinal')
    .execute()
  if (votes.length === 0) return []
  const ballots = await db
    .selectFrom('agenda_item_vote_ballots')
    .selectAll()
    .where(
      'vote_id',
      'in',
      votes.map((v) => v.id),
    )
    .orderBy('position')
    .execute()
  return votes.map((v) => ({ ...v, ballots: ballots.filter((b) => b.vote_id === v.id) }))
}

/** Removes a vote recorded by mistake (only while the meeting is open). */
export async function deleteVote(trx: Kysely<DB>, voteId: string) {
  await trx.deleteFrom('agenda_item_vote_ballots').where('vote_id', '=', voteId).execute()
  return trx.deleteFrom('agenda_item_votes').where('id', '=', voteId).executeTakeFirst()
}
