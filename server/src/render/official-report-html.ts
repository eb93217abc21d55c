import { blocks, facts, fragment, h, htmlDocument } from './html-document.js'
import {
  REPORT_SECTIONS,
  officialReportTitle,
  type OfficialReportView,
} from './official-report-view.js'

/** The signature block: "I tjänsten", name, title, phone and e-mail. */
function signature(s: OfficialReportView['signature']) {
  return h(
    'div',
    { class: 'signature' },
    h('p', null, 'I tjänsten'),
    h('p', null, s.name, h('br', null), s.title),
    s.phone ? h('p', null, s.phone) : null,
    s.email ? h('p', null, h('a', { href: `mailto:${s.email}` }, s.email)) : null,
  )
}

/** The report as a self-contained, accessible HTML document (the primary format, DOS-lagen). */
export function renderOfficialReportHtml(r: OfficialReportView): string {
  const body = fragment(
    h(
      'header',
      null,
      h('p', { class: 'issuer' }, r.municipality),
      r.department ? h('p', null, r.department) : null,
      r.draft ? h('p', { class: 'box' }, 'Utkast – inte registrerat') : null,
      h('p', { class: 'caps' }, 'Tjänsteskrivelse'),
      facts([
        ['Datum', r.date],
        ['Diarienummer', r.caseNumber],
        ['Till', r.committee],
        ['Ersätter', r.corrects],
      ]),
      h('h1', null, r.title),
    ),
    REPORT_SECTIONS.map(([key, label]) => {
      const text = r[key]
      if (!text?.length) return null
      return h('section', { 'aria-labelledby': key }, h('h2', { id: key }, label), blocks(text))
    }),
    r.decisionBasis?.length
      ? h(
          'section',
          { 'aria-labelledby': 'decisionBasis' },
          h('h2', { id: 'decisionBasis' }, 'Beslutsunderlag'),
          h(
            'ul',
            null,
            r.decisionBasis.map((d) => h('li', null, d)),
          ),
        )
      : null,
    signature(r.signature),
  )
  return htmlDocument({
    title: officialReportTitle(r),
    description: `Tjänsteskrivelse till ${r.committee}, ${r.date}, ${r.caseNumber}`,
    body,
  })
}
