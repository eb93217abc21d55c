import { api } from '../../../api/client'
import type { Conduct } from '../../../api/conduct-types'
import { ActionMessage, useAction } from '../../../components/action-message'
import { Checkbox } from '../../../components/form'
import type { ItemContext } from './item-context'

/** Myndighetsutövning: when it applies, no serving member may abstain (KL 4 kap. 25 §, LEGAL-RULES 24). */
export function AuthorityToggle({ ctx }: { ctx: ItemContext }) {
  const action = useAction()
  const may = ctx.manage && ['planned', 'noticeSent', 'open'].includes(ctx.meeting.status)
  const value = ctx.entry.exerciseOfAuthority
  if (!may) {
    return value ? (
      <p className="notice notice--info">
        Punkten gäller myndighetsutövning: ingen tjänstgörande ledamot får avstå från att rösta.
      </p>
    ) : null
  }
  const change = async (next: boolean) => {
    const c = await action.run(
      () =>
        api<Conduct>(
          `/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/exercise-of-authority`,
          { method: 'PUT', json: { value: next } },
        ),
      next
        ? 'Punkten gäller myndighetsutövning. Ingen får avstå från att rösta.'
        : 'Punkten gäller inte myndighetsutövning.',
    )
    if (c) ctx.setConduct(c)
  }
  return (
    <div className="section">
      <Checkbox
        id="myndighetsutovning"
        label="Punkten gäller myndighetsutövning"
        hint="Då får ingen tjänstgörande ledamot avstå från att rösta (kommunallagen 4 kap. 25 §)."
        checked={value}
        onChange={change}
      />
      <ActionMessage result={action.result} />
    </div>
  )
}
