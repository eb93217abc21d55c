import { blocks, fragment, h, table, type SafeHtml } from './html-document.js'
import { BALLOT_LABEL, sectionRange } from './swedish-format.js'
import type { MinutesSectionView, TextBlock, VoteView } from './view-models.js'

function part(title: string, text: readonly TextBlock[] | undefined): SafeHtml | null {
  return text?.length ? fragment(h('h3', null, title), blocks(text)) : null
}

/** An open vote: the question, a named table of ballots with totals, and the result. */
export function voteHtml(v: VoteView, id: string, n: number): SafeHtml {
  const count = (kind: 'yes' | 'no' | 'abstain') => v.ballots.filter((b) => b.vote === kind).length
  return fragment(
    h('p', null, v.question),
    table(
      id,
      `Omröstning ${n}`,
      h(
        'thead',
        null,
        h('tr', null, h('th', { scope: 'col' }, 'Ledamot'), h('th', { scope: 'col' }, 'Röst')),
      ),
      h(
        'tbody',
        null,
        v.ballots.map((b) =>
          h('tr', null, h('th', { scope: 'row' }, b.name), h('td', null, BALLOT_LABEL[b.vote])),
        ),
      ),
      h(
        'tfoot',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, 'Summa'),
          h('td', null, `${count('yes')} ja, ${count('no')} nej, ${count('abstain')} avstår`),
        ),
      ),
    ),
    v.castingVote ? h('p', null, v.castingVote) : null,
    h('p', null, v.result),
  )
}

/** One § of the minutes as a section with its heading (h2) and parts (h3). */
export function sectionHtml(s: MinutesSectionView): SafeHtml {
  const id = `paragraf-${s.number}`
  return h(
    'section',
    { class: 'item', id, 'aria-labelledby': `${id}-rubrik` },
    h('h2', { id: `${id}-rubrik` }, `${sectionRange([s.number])} `, s.title),
    s.caseNumber ? h('p', { class: 'case-number' }, `Dnr ${s.caseNumber}`) : null,
    s.recusals?.length
      ? fragment(
          h('h3', null, 'Jäv'),
          s.recusals.map((r) =>
            h(
              'p',
              null,
              `${r.name} anmäler jäv och deltar inte i handläggningen av ärendet.`,
              r.replacedBy ? ` ${r.replacedBy} tjänstgör i stället.` : '',
            ),
          ),
        )
      : null,
    part('Handlingar', s.documents),
    part('Bakgrund', s.background),
    part('Överläggning', s.deliberation),
    s.motions?.length
      ? fragment(
          h('h3', null, 'Yrkanden'),
          s.motions.map((m) => h('p', null, `${m.by}: ${m.text}`)),
        )
      : null,
    part('Propositionsordning', s.propositionOrder),
    s.votes?.length
      ? fragment(
          h('h3', null, 'Omröstning'),
          s.votes.map((v, i) => voteHtml(v, `${id}-omrostning-${i + 1}`, i + 1)),
        )
      : null,
    h('h3', null, 'Beslut'),
    s.decisionIntro ? h('p', null, s.decisionIntro) : null,
    blocks(s.decision),
    s.immediatelyAttested ? h('p', null, 'Paragrafen förklaras omedelbart justerad.') : null,
    s.dissents?.length
      ? fragment(
          h('h3', null, 'Reservation'),
          s.dissents.map((d) =>
            fragment(
              h('p', null, `${d.by.join(', ')} reserverar sig mot beslutet.`),
              blocks(d.grounds),
            ),
          ),
        )
      : null,
    s.notes?.length
      ? fragment(
          h('h3', null, 'Protokollsanteckning'),
          s.notes.map((n) =>
            fragment(h('p', null, `${n.by} lämnar följande protokollsanteckning:`), blocks(n.text)),
          ),
        )
      : null,
    s.recipients?.length
      ? fragment(
          h('h3', null, 'Beslutet skickas till'),
          h(
            'ul',
            null,
            s.recipients.map((r) => h('li', null, r)),
          ),
        )
      : null,
  )
}
