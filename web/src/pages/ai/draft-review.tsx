import { useState } from 'react'
import { api } from '../../api/client'
import type { AiDraft } from '../../api/ai-types'
import { FormCard } from '../../components/form-card'
import { TextArea } from '../../components/form'
import { useFormSubmit } from '../../components/use-form-submit'

const APPROVE = { finalText: 'granska-text', note: 'granska-anteckning' }
const REJECT = { note: 'avvisa-anteckning' }

/**
 * The review: the reviewer edits the text into what they stand for and approves it, or rejects
 * the draft and says why. The server keeps who, when and the word diff.
 */
export function DraftReview({
  draft,
  onReviewed,
}: {
  draft: AiDraft
  onReviewed(d: AiDraft, said: string): void
}) {
  const [text, setText] = useState(draft.generatedText)
  const [note, setNote] = useState('')
  const [rejectNote, setRejectNote] = useState('')
  const approve = useFormSubmit(APPROVE, 'Utkastet kunde inte godkännas.')
  const reject = useFormSubmit(REJECT, 'Utkastet kunde inte avvisas.')

  const onApprove = async () => {
    const r = await approve.submit(
      text.trim()
        ? {}
        : {
            finalText:
              'Texten är tom. Skriv den text du godkänner, eller avvisa utkastet om det inte ska användas.',
          },
      () =>
        api<AiDraft>(`/api/ai/drafts/${draft.id}/approve`, {
          json: {
            finalText: text.trim() === draft.generatedText.trim() ? null : text.trim(),
            note: note.trim() || null,
          },
        }),
      () => 'Utkastet är godkänt.',
    )
    if (r) onReviewed(r, 'Utkastet är godkänt. Ändringarna visas nedan.')
  }
  const onReject = async () => {
    const r = await reject.submit(
      rejectNote.trim() ? {} : { note: 'Skriv varför utkastet avvisas.' },
      () =>
        api<AiDraft>(`/api/ai/drafts/${draft.id}/reject`, {
          json: { note: rejectNote.trim() },
        }),
      () => 'Utkastet är avvisat.',
    )
    if (r) onReviewed(r, 'Utkastet är avvisat och kan inte användas.')
  }

  return (
    <>
      <div className="section">
        <FormCard
          id="granska"
          headingLevel={2}
          title="Granska och godkänn"
          errorTitle="Utkastet kunde inte godkännas"
          form={approve}
          onSubmit={onApprove}
          submitLabel="Godkänn texten"
          intro={
            <p>
              Läs texten mot underlaget och rätta den. Du ansvarar för texten när du godkänner den;
              det du ändrar sparas ord för ord.
            </p>
          }
        >
          <TextArea
            id={APPROVE.finalText}
            label="Text att godkänna"
            hint="Från början AI-tjänstens text."
            rows={10}
            value={text}
            error={approve.errors.finalText}
            onChange={(e) => setText(e.target.value)}
          />
          <TextArea
            id={APPROVE.note}
            label="Anteckning"
            optional
            rows={2}
            maxLength={2000}
            value={note}
            error={approve.errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormCard>
      </div>
      <div className="section">
        <FormCard
          id="avvisa"
          headingLevel={2}
          title="Avvisa utkastet"
          errorTitle="Utkastet kunde inte avvisas"
          form={reject}
          onSubmit={onReject}
          submitLabel="Avvisa utkastet"
        >
          <TextArea
            id={REJECT.note}
            label="Varför utkastet avvisas"
            rows={2}
            maxLength={2000}
            value={rejectNote}
            error={reject.errors.note}
            onChange={(e) => setRejectNote(e.target.value)}
          />
        </FormCard>
      </div>
    </>
  )
}
