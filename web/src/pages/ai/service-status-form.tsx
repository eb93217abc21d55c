import { useState } from 'react'
import { api } from '../../api/client'
import type { AiService } from '../../api/ai-types'
import { FormCard } from '../../components/form-card'
import { TextArea } from '../../components/form'
import { useFormSubmit } from '../../components/use-form-submit'

const TARGETS = { reason: 'tjanst-status-skal' }

/**
 * Stäng av or återaktivera a service, with the reason (kept in the audit log). A service is
 * reinstated only on the classes of its latest approving assessment; a pending one is approved
 * by an assessment, not here.
 */
export function ServiceStatusForm({
  service,
  onChanged,
}: {
  service: AiService
  onChanged(s: AiService): void
}) {
  const [reason, setReason] = useState('')
  const f = useFormSubmit(TARGETS, 'Statusen kunde inte ändras.')
  if (service.status === 'pending') return null
  const suspend = service.status === 'approved'
  const onSubmit = async () => {
    const r = await f.submit(
      reason.trim() ? {} : { reason: 'Ange skälet.' },
      () =>
        api<AiService>(`/api/ai/services/${service.id}/status`, {
          json: { status: suspend ? 'suspended' : 'approved', reason: reason.trim() },
        }),
      (s) =>
        s.status === 'suspended'
          ? `${s.name} är avstängd och kan inte användas.`
          : `${s.name} är återaktiverad.`,
    )
    if (r) {
      setReason('')
      onChanged(r)
    }
  }
  return (
    <div className="section">
      <FormCard
        id="tjanst-status"
        headingLevel={2}
        title={suspend ? 'Stäng av tjänsten' : 'Återaktivera tjänsten'}
        errorTitle="Statusen kunde inte ändras"
        form={f}
        onSubmit={onSubmit}
        submitLabel={suspend ? 'Stäng av tjänsten' : 'Återaktivera tjänsten'}
        intro={
          <p>
            {suspend
              ? 'En avstängd tjänst kan inte anropas. Stäng av den vid en incident eller om förutsättningarna ändrats.'
              : 'Tjänsten återaktiveras med de dataklasser som den senaste godkännande analysen gav.'}
          </p>
        }
      >
        <TextArea
          id={TARGETS.reason}
          label="Skäl"
          rows={2}
          maxLength={1000}
          value={reason}
          error={f.errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormCard>
    </div>
  )
}
