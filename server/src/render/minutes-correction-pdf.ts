import { pageHeader, renderPdf } from './pdf-document.js'
import { blocksPdf, heading, rowsPdf } from './pdf-parts.js'
import { sectionRange } from './swedish-format.js'
import type { Issuer, IsoDate, TextBlock } from './view-models.js'

/** A correction of attested minutes: a new document, the minutes stay as they were signed. */
export interface MinutesCorrectionView extends Issuer {
  readonly meetingDate: IsoDate
  readonly attestedOn: IsoDate
  readonly sectionNumbers: readonly number[]
  readonly text: readonly TextBlock[]
  readonly madeBy: string
  readonly madeOn: IsoDate
}

/** 'Rättelse av protokoll – Kommunstyrelsens arbetsutskott 2024-03-26, § 29' */
export function correctionTitle(v: MinutesCorrectionView): string {
  const sections = v.sectionNumbers.length ? `, ${sectionRange(v.sectionNumbers)}` : ''
  return `Rättelse av protokoll – ${v.committee} ${v.meetingDate}${sections}`
}

/** The correction as PDF/A-2b, registered in the minutes case beside the signed minutes. */
export function renderCorrectionPdf(
  v: MinutesCorrectionView,
  opts: { now?: Date } = {},
): Promise<Buffer> {
  return renderPdf({
    meta: {
      title: correctionTitle(v),
      author: v.municipality,
      subject: `Rättelse av justerat protokoll, ${v.committee} ${v.meetingDate}`,
      keywords: 'rättelse, protokoll',
      creationDate: opts.now,
    },
    header: pageHeader(`${v.municipality} · ${v.committee}`, `Rättelse ${v.madeOn}`),
    content: [
      heading(1, 'Rättelse av protokoll'),
      rowsPdf([
        { label: 'Organ', lines: [v.committee] },
        { label: 'Sammanträdesdatum', lines: [v.meetingDate] },
        { label: 'Protokollet justerat', lines: [v.attestedOn] },
        ...(v.sectionNumbers.length
          ? [{ label: 'Paragrafer', lines: [sectionRange(v.sectionNumbers)] }]
          : []),
        { label: 'Rättelsen gjord', lines: [`${v.madeOn}, ${v.madeBy}`] },
      ]),
      heading(2, 'Rättelse'),
      ...blocksPdf(v.text),
      {
        text: 'Det justerade protokollet ändras inte. Rättelsen är en egen handling som registreras i samma ärende som protokollet.',
        style: 'small',
        margin: [0, 12, 0, 0],
      },
    ],
  })
}
