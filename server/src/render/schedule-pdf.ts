import type { Content } from 'pdfmake/interfaces.js'
import { pageHeader, renderPdf } from './pdf-document.js'
import { dataTable, heading } from './pdf-parts.js'
import { planTitle, type MeetingPlanView } from './schedule-view.js'
import { weekdayName } from './swedish-format.js'

/** The meeting plan as PDF/A-2b, one table per body. */
export function renderPlanPdf(p: MeetingPlanView, opts: { now?: Date } = {}): Promise<Buffer> {
  const content: Content[] = [
    heading(1, planTitle(p)),
    ...(p.caseNumber ? [{ text: `Dnr ${p.caseNumber}`, margin: [0, 0, 0, 8] } as Content] : []),
    ...p.bodies.flatMap((b): Content[] => [
      heading(2, b.name),
      b.entries.length === 0
        ? { text: 'Inga sammanträden planerade.' }
        : dataTable(
            `Sammanträden ${p.year}, ${b.name.toLowerCase()}`,
            ['Datum', 'Dag', 'Tid', 'Plats', 'Anmärkning'],
            b.entries.map((e) => [e.date, weekdayName(e.date), e.time, e.place, e.note ?? '']),
            [62, 50, 34, '*', 110],
          ),
    ]),
  ]
  return renderPdf({
    meta: {
      title: planTitle(p),
      author: p.municipality,
      subject: `Sammanträdestider ${p.year}`,
      keywords: 'sammanträdesplan',
      creationDate: opts.now,
    },
    header: pageHeader(p.municipality, planTitle(p)),
    content,
  })
}
