import { api } from '../../../api/client'
import type { Conduct, Vote } from '../../../api/conduct-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { DataTable } from '../../../components/data-table'
import { CHOICE_LABEL, voteOutcomeText, type ItemContext } from './item-context'
import { VoteForm } from './vote-form'

/** Omröstningar: the votes taken on the item, each with how every member voted. */
export function VotesSection({ ctx }: { ctx: ItemContext }) {
  const action = useAction()
  const votes = ctx.entry.votes
  const last = votes[votes.length - 1]
  const remove = async (v: Vote) => {
    const c = await action.run(
      () =>
        api<Conduct>(`/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/votes/${v.id}`, {
          method: 'DELETE',
        }),
      `Omröstning ${v.ordinal} är borttagen.`,
    )
    if (c) ctx.setConduct(c)
  }
  const mayVote = ctx.live && !!ctx.attendance?.quorum && (ctx.attendance?.serving.length ?? 0) > 0
  if (votes.length === 0 && !mayVote) return null
  return (
    <section className="section" aria-labelledby="omrostningar">
      <h2 id="omrostningar">Omröstningar</h2>
      {votes.map((v) => (
        <div key={v.id} className="card vote-result">
          <h3>
            Omröstning {v.ordinal}
            {v.kind === 'election' ? ' (val)' : ''}
          </h3>
          <p>
            Ja: {v.jaLabel}. Nej: {v.nejLabel}.
          </p>
          <p className="vote-result__outcome">{voteOutcomeText(v)}</p>
          <DataTable
            caption={`Omröstning ${v.ordinal}: röster`}
            rows={v.ballots}
            rowKey={(b) => b.membershipId}
            columns={[
              {
                header: 'Ledamot',
                rowHeader: true,
                cell: (b) => (
                  <>
                    {b.displayName}
                    {b.servingFor && <span className="cell-sub">för {b.servingFor}</span>}
                  </>
                ),
              },
              { header: 'Röst', cell: (b) => CHOICE_LABEL[b.choice] },
            ]}
          />
          {ctx.live && v === last && !ctx.entry.decision && (
            <button
              type="button"
              className="link-button"
              onClick={() => remove(v)}
              disabled={action.busy}
            >
              Ta bort omröstning {v.ordinal} (felregistrerad)
            </button>
          )}
        </div>
      ))}
      <ActionMessage result={action.result} />
      {mayVote && <VoteForm ctx={ctx} />}
    </section>
  )
}
