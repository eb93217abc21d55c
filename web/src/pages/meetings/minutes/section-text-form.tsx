import { useState } from 'react'
import { api } from '../../../api/client'
import type { Minutes, MinutesSectionView } from '../../../api/minutes-types'
import { FormCard } from '../../../components/form-card'
import { TextArea, TextField } from '../../../components/form'
import { useFormSubmit } from '../../../components/use-form-submit'
import { blocksToText } from './text-blocks'

interface Texts {
  documents: string
  background: string
  deliberation: string
  decisionIntro: string
  recipients: string
  confidentialityGround: string
}

const FIELDS: (keyof Texts)[] = [
  'documents',
  'background',
  'deliberation',
  'decisionIntro',
  'recipients',
  'confidentialityGround',
]

const textsOf = (s: MinutesSectionView): Texts => ({
  documents: blocksToText(s.documents),
  background: blocksToText(s.background),
  deliberation: blocksToText(s.deliberation),
  decisionIntro: s.decisionIntro ?? '',
  recipients: (s.recipients ?? []).join('\n'),
  confidentialityGround: '',
})

/**
 * The text of one § in the minutes: Handlingar, Bakgrund, Överläggning, the lead-in to the
 * decision, who gets the extract (expediering), and a secrecy ground that masks the § in the
 * public minutes. Only what was changed is sent.
 */
export function SectionTextForm({
  meetingId,
  itemId,
  section,
  onSaved,
}: {
  meetingId: string
  itemId: string
  section: MinutesSectionView
  onSaved(m: Minutes): void
}) {
  const p = `paragraf-${itemId}`
  const [targets] = useState(() => ({
    documents: `${p}-handlingar`,
    background: `${p}-bakgrund`,
    deliberation: `${p}-overlaggning`,
    decisionIntro: `${p}-inledning`,
    recipients: `${p}-expediering`,
    confidentialityGround: `${p}-sekretess`,
  }))
  const [initial] = useState(() => textsOf(section))
  const [t, setT] = useState(initial)
  const f = useFormSubmit(targets, 'Paragrafen kunde inte sparas.')
  const set = (k: keyof Texts, v: string) => setT((x) => ({ ...x, [k]: v }))

  const onSubmit = async () => {
    const changed = FIELDS.filter((k) => t[k] !== initial[k])
    const body = Object.fromEntries(
      changed.map((k) => [
        k,
        k === 'recipients'
          ? t.recipients
              .split('\n')
              .map((r) => r.trim())
              .filter(Boolean)
          : t[k].trim() || null,
      ]),
    )
    const m = await f.submit(
      {},
      () =>
        api<Minutes>(`/api/meetings/${meetingId}/minutes/sections/${itemId}`, {
          method: 'PUT',
          json: body,
        }),
      () => `§ ${section.number} är sparad.`,
    )
    if (m) onSaved(m)
  }

  return (
    <FormCard
      id={`${p}-rubrik`}
      title={`§ ${section.number} ${section.title}`}
      errorTitle="Paragrafen kunde inte sparas"
      form={f}
      onSubmit={onSubmit}
      submitLabel={`Spara § ${section.number}`}
    >
      <TextArea
        id={targets.documents}
        label="Handlingar"
        optional
        hint="Som standard ärendets handlingar. En rad som börjar med ”-” blir en punkt i en lista."
        rows={3}
        value={t.documents}
        error={f.errors.documents}
        onChange={(e) => set('documents', e.target.value)}
      />
      <TextArea
        id={targets.background}
        label="Bakgrund"
        optional
        rows={4}
        value={t.background}
        error={f.errors.background}
        onChange={(e) => set('background', e.target.value)}
      />
      <TextArea
        id={targets.deliberation}
        label="Överläggning"
        optional
        rows={3}
        value={t.deliberation}
        error={f.errors.deliberation}
        onChange={(e) => set('deliberation', e.target.value)}
      />
      <div className="grid-2">
        <TextField
          id={targets.decisionIntro}
          label="Inledning till beslutet"
          optional
          hint="T.ex. ”Arbetsutskottet föreslår att kommunstyrelsen beslutar:”"
          value={t.decisionIntro}
          error={f.errors.decisionIntro}
          onChange={(e) => set('decisionIntro', e.target.value)}
        />
        <TextField
          id={targets.confidentialityGround}
          label="Sekretessgrund"
          optional
          hint="T.ex. OSL 26:1. Paragrafen maskeras då i det offentliga protokollet."
          value={t.confidentialityGround}
          error={f.errors.confidentialityGround}
          onChange={(e) => set('confidentialityGround', e.target.value)}
        />
      </div>
      <TextArea
        id={targets.recipients}
        label="Beslutet skickas till"
        optional
        hint="En mottagare per rad."
        rows={2}
        value={t.recipients}
        error={f.errors.recipients}
        onChange={(e) => set('recipients', e.target.value)}
      />
    </FormCard>
  )
}
