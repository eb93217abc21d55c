import { postingRows } from './minutes-parts.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { heading, rowsPdf } from './pdf-parts.js'
import { POSTING_SENTENCE, sectionRange } from './swedish-format.js'
import type { Issuer, IsoDate, PostingView } from './view-models.js'

/** What the posting certificate (anslagsbevis) states. */
export interface PostingCertificateView extends Issuer {
  readonly meetingDate: IsoDate
  readonly sectionNumbers: readonly number[]
  readonly attestedOn: IsoDate
  readonly posting: PostingView
}

/** 'Anslagsbevis – Kommunstyrelsens arbetsutskott 2024-03-26, §§ 27–36' */
export function postingCertificateTitle(v: PostingCertificateView): string {
  return `Anslagsbevis – ${v.committee} ${v.meetingDate}, ${sectionRange(v.sectionNumbers)}`
}

/**
 * The posting certificate as its own PDF/A-2b document (KL 8 kap. 12 §; LEGAL-RULES rules 27
 * and 29): the signed minutes cannot change after the last signature, so the certificate that
 * the justering was announced, with the appeal dates and where the minutes are kept, is issued
 * beside them and printed on the HTML minutes and on every extract.
 */
export function renderPostingCertificatePdf(
  v: PostingCertificateView,
  opts: { now?: Date } = {},
): Promise<Buffer> {
  return renderPdf({
    meta: {
      title: postingCertificateTitle(v),
      author: v.municipality,
      subject: `Bevis om anslag av justerat protokoll, ${v.committee} ${v.meetingDate}`,
      keywords: 'anslagsbevis, anslag, justering',
      creationDate: opts.now,
    },
    header: pageHeader(`${v.municipality} · ${v.committee}`, `Anslagsbevis ${v.meetingDate}`),
    content: [
      heading(1, 'Anslagsbevis'),
      { text: `${POSTING_SENTENCE}.`, margin: [0, 0, 0, 8] },
      rowsPdf(
        [
          { label: 'Paragrafer', lines: [sectionRange(v.sectionNumbers)] },
          { label: 'Protokollet justerat', lines: [v.attestedOn] },
          ...postingRows(v),
        ],
        190,
      ),
    ],
  })
}
