import { h, htmlDocument, table } from './html-document.js'
import { planTitle, type MeetingPlanView } from './schedule-view.js'
import { weekdayName } from './swedish-format.js'

/** The meeting plan as accessible HTML: one table per body, dates in order. */
export function renderPlanHtml(p: MeetingPlanView): string {
  return htmlDocument({
    title: planTitle(p),
    description: `Sammanträdestider ${p.year} för ${p.bodies.map((b) => b.name).join(', ')}`,
    body: h(
      'article',
      null,
      h('p', { class: 'issuer' }, p.municipality),
      h('h1', null, planTitle(p)),
      p.caseNumber ? h('p', null, `Dnr ${p.caseNumber}`) : null,
      p.bodies.map((b, i) =>
        h(
          'section',
          null,
          h('h2', null, b.name),
          b.entries.length === 0
            ? h('p', null, 'Inga sammanträden planerade.')
            : table(
                `plan-${i}`,
                `Sammanträden ${p.year}, ${b.name.toLowerCase()}`,
                h(
                  'thead',
                  null,
                  h(
                    'tr',
                    null,
                    ['Datum', 'Dag', 'Tid', 'Plats', 'Anmärkning'].map((l) =>
                      h('th', { scope: 'col' }, l),
                    ),
                  ),
                ),
                h(
                  'tbody',
                  null,
                  b.entries.map((e) =>
                    h(
                      'tr',
                      null,
                      h('td', null, e.date),
                      h('td', null, weekdayName(e.date)),
                      h('td', null, e.time),
                      h('td', null, e.place),
                      h('td', null, e.note ?? ''),
                    ),
                  ),
                ),
              ),
        ),
      ),
    ),
  })
}
