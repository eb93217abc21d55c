import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { publicCounterpart, publicDescription } from '../../domain/public-view.js'
import type { AgendaItemView } from '../../repositories/agenda.repository.js'
import type { Actor } from '../context.js'
import { delegationReportForMeeting } from '../delegation/delegation-report.js'
import { officialReportsForNotice } from '../reports/notice-report.js'
import { listDocumentsOfCase, type DocumentRow } from '../../repositories/document.repository.js'
import { listPreparedSections } from '../../repositories/prepared-section.repository.js'
import { textBlocks } from '../../render/text-blocks.js'
import type {
  CommunicationView,
  NoticeItemView,
  PreparedProposalView,
} from '../../render/view-models.js'

/**
 * The documents of a case as the notice lists them. The notice goes to every member and
 * substitute, who see the registry's public view: protected descriptions and senders are
 * printed as "Sekretess enligt …" (OSL 5 kap. 2 § andra stycket), never their content.
 */
function documentTitles(docs: DocumentRow[]): string[] {
  return docs.map((d) => publicDescription(d))
}

/**
 * The communications (meddelanden) of the period: the documents that came in to, or went out
 * from, the communications case (Kalix files them in "Meddelanden – 15 december 2025",
 * KS-2025-00466), by date, as the seed's table Datum / Handling / Avsändare.
 */
export function communicationRows(docs: DocumentRow[]): CommunicationView[] {
  return docs
    .filter((d) => d.direction !== 'drawnUp')
    .sort(
      (a, b) =>
        a.document_date.localeCompare(b.document_date) || a.document_number - b.document_number,
    )
    .map((d) => ({
      date: d.document_date,
      document: publicDescription(d),
      sender: publicCounterpart(d) ?? '',
    }))
}

/** The latest § in which a subcommittee of this committee prepared each case, by case id. */
async function preparedProposals(
  db: Kysely<DB>,
  committeeId: string,
  meetingDate: string,
  caseIds: string[],
): Promise<Map<string, PreparedProposalView>> {
  const rows = await listPreparedSections(db, committeeId, caseIds, meetingDate)
  const out = new Map<string, PreparedProposalView>()
  for (const r of rows) {
    if (!r.case_id || out.has(r.case_id) || r.section_number === null) continue
    out.set(r.case_id, {
      body: r.committee_name,
      sectionNumber: r.section_number,
      meetingDate: r.meets_on,
      proposal: textBlocks(r.decision_text),
    })
  }
  return out
}

/**
 * The notice's items in agenda order, numbered 1, 2, … as the seed's ÄRENDEN list, each with
 * its case number and what lies behind it: the official report's proposed decision and decision
 * basis (or the case's documents), the subcommittee's proposal, the communications table, the
 * delegated decisions reported to the meeting.
 */
export async function noticeItems(
  db: Kysely<DB>,
  actor: Actor,
  meeting: { id: string; committee_id: string; meets_on: string },
  agenda: AgendaItemView[],
): Promise<NoticeItemView[]> {
  const caseIds = agenda.flatMap((i) => (i.case_id ? [i.case_id] : []))
  const prepared = await preparedProposals(db, meeting.committee_id, meeting.meets_on, caseIds)
  const reports = await officialReportsForNotice(db, meeting.committee_id, caseIds)
  const items: NoticeItemView[] = []
  for (const [n, item] of agenda.entries()) {
    const docs = item.case_id ? await listDocumentsOfCase(db, item.case_id) : []
    const base: NoticeItemView = {
      number: n + 1,
      title: item.title,
      ...(item.case_number ? { caseNumber: item.case_number } : {}),
      ...(item.presenter ? { presenter: item.presenter } : {}),
    }
    if (item.kind === 'communications') {
      items.push({ ...base, communications: communicationRows(docs) })
      continue
    }
    if (item.kind === 'delegationReport') {
      // The decisions reported to this meeting, in the order of the seed's table.
      const delegatedDecisions = await delegationReportForMeeting(db, actor, meeting.id)
      items.push({ ...base, ...(delegatedDecisions.length ? { delegatedDecisions } : {}) })
      continue
    }
    const proposal = item.case_id ? prepared.get(item.case_id) : undefined
    const report = item.case_id ? reports.get(item.case_id) : undefined
    // With an official report, the notice prints its "Förslag till beslut" and its
    // "Beslutsunderlag"; without one, the documents of the case.
    const documents = report
      ? report.decisionBasis.length
        ? report.decisionBasis
        : [report.documentLine]
      : documentTitles(docs)
    items.push({
      ...base,
      ...(documents.length ? { documents } : {}),
      ...(report?.proposedDecision.length ? { proposedDecision: report.proposedDecision } : {}),
      ...(proposal ? { preparedBy: proposal } : {}),
    })
  }
  return items
}
