import { attendeeLine, meetingTime, sectionRange } from './swedish-format.js'
import type { ExtractView, MinutesSectionView, MinutesView } from './view-models.js'

/** A label and its value lines, shared by the HTML and PDF renderers so both print the same. */
export interface Row {
  readonly label: string
  readonly lines: readonly string[]
}

/** 'Protokoll – Kommunstyrelsens arbetsutskott 2024-03-26' */
export function minutesTitle(m: MinutesView): string {
  return `${m.draft ? 'Utkast till protokoll' : 'Protokoll'} – ${m.committee} ${m.meetingDate}`
}

/** 'Protokollsutdrag – Kommunstyrelsens arbetsutskott 2024-03-26, § 29' */
export function extractTitle(x: ExtractView): string {
  return `Protokollsutdrag – ${x.minutes.committee} ${x.minutes.meetingDate}, ${sectionRange(x.sectionNumbers)}`
}

/** The §§ an extract covers, in minutes order; an unknown § number is a caller's error. */
export function selectSections(x: ExtractView): MinutesSectionView[] {
  const wanted = new Set(x.sectionNumbers)
  const found = x.minutes.sections.filter((s) => wanted.has(s.number))
  if (wanted.size === 0 || found.length !== wanted.size) {
    const missing = [...wanted].filter((n) => !found.some((s) => s.number === n))
    throw new RangeError(
      `Extract asks for §§ not in the minutes: ${missing.join(', ') || '(none)'}`,
    )
  }
  return found
}

/** The front-page block (LEGAL-RULES §2.5): time, place, §§, attendance, secretary, attesters. */
export function headerRows(m: MinutesView): Row[] {
  const rows: Row[] = [
    { label: 'Tid', lines: [meetingTime(m), ...(m.timeNote ? [m.timeNote] : [])] },
    { label: 'Plats', lines: [m.place] },
    { label: 'Omfattning', lines: [sectionRange(m.sections.map((s) => s.number))] },
    { label: 'Beslutande', lines: m.deciding.map(attendeeLine) },
    {
      label: 'Ej tjänstgörande ersättare',
      lines: (m.nonServingSubstitutes ?? []).map(attendeeLine),
    },
    {
      label: 'Övriga närvarande',
      lines: (m.othersPresent ?? []).map((o) =>
        [o.name, o.title, o.note].filter(Boolean).join(', '),
      ),
    },
    { label: 'Sekreterare', lines: [m.secretary] },
    { label: 'Justeras', lines: m.attesters.map(attendeeLine) },
    {
      label: 'Justeringens plats och tid',
      lines: m.attestationPlaceAndTime ? [m.attestationPlaceAndTime] : [],
    },
  ]
  return rows.filter((r) => r.lines.length > 0)
}

/** The signature page: who signs, in the order of the seed. */
export function signatureRows(m: MinutesView): Row[] {
  const chair =
    m.attesters.find((a) => a.role === 'chair') ?? m.deciding.find((a) => a.role === 'chair')
  const others = m.attesters.filter((a) => a !== chair)
  return [
    { label: 'Sekreterare', lines: [m.secretary] },
    ...(chair ? [{ label: 'Ordförande', lines: [chair.name] }] : []),
    ...others.map((a) => ({ label: 'Justerande', lines: [a.name] })),
  ]
}

/** The ANSLAG/BEVIS block (KL 8 kap. 12 §; LEGAL-RULES rules 27 and 29). Blank values stay blank. */
export function postingRows(m: Pick<MinutesView, 'committee' | 'meetingDate' | 'posting'>): Row[] {
  const p = m.posting
  const value = (v: string | undefined) => [v ?? '']
  return [
    { label: 'Organ', lines: [m.committee] },
    { label: 'Sammanträdesdatum', lines: [m.meetingDate] },
    { label: 'Datum för anslags uppsättande', lines: value(p.postedOn) },
    { label: 'Sista dag för överklagande', lines: value(p.lastAppealDay) },
    { label: 'Datum för anslags nedtagande', lines: value(p.takeDownOn) },
    { label: 'Förvaringsplats för protokollet', lines: value(p.storedAt) },
    { label: 'Underskrift', lines: value(p.signedBy) },
  ]
}

/**
 * The head of an extract: its §§, when the minutes were attested, and, once posted, the posting
 * certificate (anslagsbevis) that the signed minutes themselves cannot carry (PostingView).
 */
export function extractHeaderRows(x: ExtractView): Row[] {
  const p = x.minutes.posting
  return [
    { label: 'Paragrafer', lines: [sectionRange(x.sectionNumbers)] },
    ...(x.attestedOn ? [{ label: 'Protokollet justerat', lines: [x.attestedOn] }] : []),
    ...(p.postedOn
      ? [
          { label: 'Justeringen anslagen', lines: [p.postedOn] },
          { label: 'Sista dag för överklagande', lines: [p.lastAppealDay ?? ''] },
          { label: 'Anslaget tas ned', lines: [p.takeDownOn ?? ''] },
          { label: 'Förvaringsplats för protokollet', lines: [p.storedAt ?? ''] },
        ]
      : []),
  ]
}

/** The certification rows of an extract (LEGAL-RULES rule 32). */
export function certificationRows(x: ExtractView): Row[] {
  const c = x.certification
  return [
    { label: 'Datum', lines: [c.date ?? ''] },
    { label: 'Namn', lines: [c.certifiedBy ?? ''] },
    ...(c.title ? [{ label: 'Befattning', lines: [c.title] }] : []),
  ]
}

/** The posting block's text when the certificate is a separate document (PostingView). */
export const POSTING_ISSUED_SEPARATELY =
  'Justeringen tillkännages genom anslag på kommunens digitala anslagstavla. Anslagsbeviset, med datum för anslag, sista dag för överklagande och förvaringsplats, utfärdas som en egen handling när protokollet har justerats.'

/** 'Protokoll' or, before the minutes are sent for attestation, 'Utkast till protokoll'. */
export const minutesKind = (m: MinutesView) => (m.draft ? 'Utkast till protokoll' : 'Protokoll')

/** Text of the certification statement. */
export const CERTIFICATION_STATEMENT = 'Utdraget överensstämmer med originalprotokollet.'
