import type { Content } from 'pdfmake/interfaces.js'
import { blocksPdf, heading } from './pdf-parts.js'
import { BALLOT_LABEL, sectionRange } from './swedish-format.js'
import type { MinutesSectionView, TextBlock, VoteView } from './view-models.js'

function part(title: string, text: readonly TextBlock[] | undefined): Content[] {
  return text?.length ? [heading(3, title), ...blocksPdf(text)] : []
}

/** An open vote: the question, the named ballots with totals, and the result (KL 5 kap. 67 §). */
export function votePdf(v: VoteView): Content[] {
  const count = (kind: 'yes' | 'no' | 'abstain') => v.ballots.filter((b) => b.vote === kind).length
  return [
    { text: v.question, margin: [0, 0, 0, 4] },
    {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        widths: [200, 120],
        body: [
          [
            { text: 'Ledamot', style: 'tableHeader' },
            { text: 'Röst', style: 'tableHeader' },
          ],
          ...v.ballots.map((b) => [{ text: b.name }, { text: BALLOT_LABEL[b.vote] }]),
          [
            { text: 'Summa', style: 'label' },
            { text: `${count('yes')} ja, ${count('no')} nej, ${count('abstain')} avstår` },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 4],
    },
    ...(v.castingVote ? [{ text: v.castingVote }] : []),
    { text: v.result, margin: [0, 0, 0, 5] },
  ]
}

/** One § of the minutes; the heading is kept on the page with the start of its text. */
export function sectionPdf(s: MinutesSectionView): Content[] {
  const label = sectionRange([s.number])
  const title: Content = {
    columns: [
      { text: label, width: 48, outline: true, outlineText: `${label} ${s.title}` },
      { text: s.title, width: '*' },
    ],
    style: 'h2',
  }
  const lead: Content[] = [title]
  if (s.caseNumber) lead.push({ text: `Dnr ${s.caseNumber}`, style: 'small', margin: [0, 0, 0, 4] })

  const body: Content[] = [
    ...(s.recusals ?? []).map((r) => ({
      text: `Jäv: ${r.name} anmäler jäv och deltar inte i handläggningen av ärendet.${
        r.replacedBy ? ` ${r.replacedBy} tjänstgör i stället.` : ''
      }`,
      italics: true,
    })),
    ...part('Handlingar', s.documents),
    ...part('Bakgrund', s.background),
    ...part('Överläggning', s.deliberation),
    ...(s.motions?.length
      ? [
          heading(3, 'Yrkanden'),
          ...s.motions.map((m) => ({ text: `${m.by}: ${m.text}`, margin: [0, 0, 0, 4] })),
        ]
      : []),
    ...part('Propositionsordning', s.propositionOrder),
    ...(s.votes?.length ? [heading(3, 'Omröstning'), ...s.votes.flatMap(votePdf)] : []),
    heading(3, 'Beslut'),
    ...(s.decisionIntro ? [{ text: s.decisionIntro, margin: [0, 0, 0, 5] }] : []),
    ...blocksPdf(s.decision),
    ...(s.immediatelyAttested
      ? [{ text: 'Paragrafen förklaras omedelbart justerad.', italics: true }]
      : []),
    ...(s.dissents ?? []).flatMap((d) => [
      heading(3, 'Reservation'),
      { text: `${d.by.join(', ')} reserverar sig mot beslutet.` },
      ...blocksPdf(d.grounds),
    ]),
    ...(s.notes ?? []).flatMap((n) => [
      heading(3, 'Protokollsanteckning'),
      { text: `${n.by} lämnar följande protokollsanteckning:` },
      ...blocksPdf(n.text),
    ]),
    ...(s.recipients?.length
      ? [heading(3, 'Beslutet skickas till'), { ul: [...s.recipients] }]
      : []),
  ] as Content[]

  // Keep the § heading on the page with the start of its text (usually a part heading and
  // its first paragraph).
  const keep = 2
  return [
    { stack: [...lead, ...body.slice(0, keep)], unbreakable: true },
    ...body.slice(keep),
    { text: ' ', fontSize: 4 },
  ]
}
