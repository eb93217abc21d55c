import { api } from '../../../api/client'
import type { Minutes } from '../../../api/minutes-types'
import { useApi } from '../../../api/use-api'
import { ActionMessage, useAction } from '../../../components/action-message'
import type { ItemContext } from './item-context'

/**
 * Omedelbar justering (KL 5 kap. 69 § andra stycket): the § is written out and fixed at the
 * meeting, and the chair and the attesters sign it at once, each on their own "Mina
 * sammanträden"; once signed it is posted on its own.
 */
export function ImmediateAttestation({ ctx }: { ctx: ItemContext }) {
  const minutes = useApi<Minutes>(`/api/meetings/${ctx.meeting.id}/minutes`)
  const action = useAction()
  const m = minutes.data
  if (!ctx.item.numbered || !ctx.entry.decision || !m) return null
  const doc = m.sectionDocuments.find((d) => d.itemId === ctx.item.id)
  if (!doc && !ctx.live) return null
  const signed = doc ? (m.sectionSigners.find((s) => s.documentId === doc.id)?.signed ?? []) : []

  const fix = async () => {
    const r = await action.run(
      () =>
        api<{ documentId: string; minutes: Minutes }>(
          `/api/meetings/${ctx.meeting.id}/agenda/${ctx.item.id}/immediate-attestation`,
          { method: 'POST' },
        ),
      'Paragrafen är fastställd för omedelbar justering. Ordföranden och justerarna skriver under den under Mina sammanträden.',
    )
    if (r) minutes.replace(r.minutes)
  }

  return (
    <section className="section" aria-labelledby="omedelbar-justering">
      <h2 id="omedelbar-justering">Omedelbar justering</h2>
      {doc ? (
        <>
          <p>
            <a href={`/api/meetings/${ctx.meeting.id}/minutes/documents/${doc.id}/pdf`}>
              Paragrafen som PDF
            </a>
            {doc.status === 'attested'
              ? ` är justerad ${doc.attestedOn ?? ''}.`
              : ` väntar på underskrifter (${signed.length} av ${m.signers.length}).`}
          </p>
          {signed.length > 0 && (
            <p className="muted small">Underskriven av {signed.map((s) => s.name).join(', ')}.</p>
          )}
        </>
      ) : (
        <>
          <p className="hint">
            Paragrafens text fastställs nu och kan skrivas under vid sammanträdet. Paragraferna
            numreras, och ärendelistan kan sedan inte ändras.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={fix}
            disabled={action.busy}
          >
            Justera paragrafen omedelbart
          </button>
        </>
      )}
      <ActionMessage result={action.result} />
    </section>
  )
}
