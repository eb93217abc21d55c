import { useState } from 'react'
import { api } from '../../api/client'
import type { CommitteeDetail } from '../../api/board-types'
import { noticeRuleText } from '../../board-labels'
import { FormCard } from '../../components/form-card'
import { TextField } from '../../components/form'
import { useFormSubmit, type FormErrors } from '../../components/use-form-submit'

const TARGETS = { noticeDaysBefore: 'kallelse-dagar' }

/** Kallelsetid: how many days before a meeting the notice must go out (the reglemente's rule). */
export function NoticeRuleForm({
  committee,
  onChanged,
}: {
  committee: CommitteeDetail
  onChanged(): void
}) {
  const council = committee.kind === 'council'
  const [days, setDays] = useState(
    committee.noticeRule?.source === 'reglemente' ? String(committee.noticeRule.daysBefore) : '',
  )
  const f = useFormSubmit(TARGETS, 'Kallelsetiden kunde inte sparas.')

  const onSubmit = async () => {
    const raw = days.trim()
    const local: FormErrors = {}
    if (!council && !raw) local.noticeDaysBefore = 'Ange antalet dagar enligt reglementet.'
    else if (raw && !/^\d+$/.test(raw)) local.noticeDaysBefore = 'Ange ett helt antal dagar.'
    const done = await f.submit(
      local,
      () =>
        api<{ noticeRule: CommitteeDetail['noticeRule'] }>(
          `/api/committees/${committee.id}/settings`,
          { method: 'PUT', json: { noticeDaysBefore: raw ? Number(raw) : null } },
        ),
      (r) => `Kallelsen ska nu skickas senast ${noticeRuleText(r.noticeRule)}.`,
    )
    if (done) onChanged()
  }

  return (
    <FormCard
      id="kallelsetid"
      title="Kallelsetid"
      errorTitle="Kallelsetiden kunde inte sparas"
      form={f}
      onSubmit={onSubmit}
      submitLabel="Spara kallelsetid"
      intro={
        <p className="hint">
          {council
            ? 'Fullmäktiges sammanträden ska tillkännages minst en vecka före (kommunallagen). Arbetsordningen kan kräva mer.'
            : 'Hur många dagar före sammanträdet kallelsen ska skickas står i organets reglemente.'}
        </p>
      }
    >
      <TextField
        id={TARGETS.noticeDaysBefore}
        label="Dagar före sammanträdet"
        optional={council}
        inputMode="numeric"
        className="input--short"
        value={days}
        error={f.errors.noticeDaysBefore}
        onChange={(e) => setDays(e.target.value)}
      />
    </FormCard>
  )
}
