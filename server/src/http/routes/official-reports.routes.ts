import { finaliseOfficialReport } from '../../services/reports/finalise-report.js'
import {
  createOfficialReport,
  discardOfficialReport,
  reviseOfficialReport,
  updateOfficialReportDraft,
} from '../../services/reports/official-reports.js'
import {
  listCaseReports,
  officialReportHtml,
  readOfficialReport,
} from '../../services/reports/read-report.js'
import type { AppContext } from '../app-context.js'
import { presentReport, presentReportSummary } from '../presenters/official-report.presenter.js'
import type { TypedApp } from '../typed-app.js'
import { CaseParams, ReportBody, ReportParams } from './official-reports.schema.js'

const tags = ['tjänsteskrivelser']

/** Officials' reports (tjänsteskrivelser) of a case: drafts, finalising, corrections. */
export function officialReportRoutes(app: TypedApp, ctx: AppContext) {
  const view = async (request: Parameters<AppContext['ctx']>[0], id: string) =>
    presentReport(await readOfficialReport(ctx.deps, ctx.ctx(request), request.actor, id))

  app.get(
    '/api/cases/:id/official-reports',
    { schema: { tags, summary: 'Ärendets tjänsteskrivelser', params: CaseParams } },
    async (request) => {
      const r = await listCaseReports(ctx.deps, request.actor, request.params.id)
      return {
        caseId: r.case.id,
        caseNumber: r.case.case_number,
        reports: r.reports.map((x) => presentReportSummary(x.report, x)),
      }
    },
  )

  app.post(
    '/api/cases/:id/official-reports',
    {
      schema: {
        tags,
        summary: 'Skriv en tjänsteskrivelse (utkast) i ärendet',
        params: CaseParams,
        body: ReportBody,
      },
    },
    async (request, reply) => {
      const r = await createOfficialReport(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        caseId: request.params.id,
      })
      return reply.code(201).send(await view(request, r.id))
    },
  )

  app.get(
    '/api/official-reports/:id',
    { schema: { tags, summary: 'En tjänsteskrivelse', params: ReportParams } },
    async (request) => view(request, request.params.id),
  )

  app.get(
    '/api/official-reports/:id/html',
    {
      schema: {
        tags,
        summary:
          'Tjänsteskrivelsen som HTML (den registrerade, eller en förhandsvisning av utkastet)',
        params: ReportParams,
      },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          await officialReportHtml(ctx.deps, ctx.ctx(request), request.actor, request.params.id),
        ),
  )

  app.put(
    '/api/official-reports/:id',
    {
      schema: { tags, summary: 'Spara ett utkast', params: ReportParams, body: ReportBody },
    },
    async (request) => {
      await updateOfficialReportDraft(ctx.deps, ctx.ctx(request), request.actor, {
        ...request.body,
        reportId: request.params.id,
      })
      return view(request, request.params.id)
    },
  )

  app.delete(
    '/api/official-reports/:id',
    { schema: { tags, summary: 'Ta bort ett utkast', params: ReportParams } },
    async (request, reply) => {
      await discardOfficialReport(ctx.deps, ctx.ctx(request), request.actor, request.params.id)
      return reply.code(204).send()
    },
  )

  app.post(
    '/api/official-reports/:id/finalise',
    {
      schema: {
        tags,
        summary: 'Färdigställ: PDF/A och HTML, registreras som upprättad handling i ärendet',
        params: ReportParams,
      },
    },
    async (request) => {
      const r = await finaliseOfficialReport(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.params.id,
      )
      return {
        ...(await view(request, request.params.id)),
        registrationNumber: r.document.registration_number,
      }
    },
  )

  app.post(
    '/api/official-reports/:id/revise',
    {
      schema: {
        tags,
        summary: 'Ny version som ersätter en registrerad tjänsteskrivelse',
        params: ReportParams,
      },
    },
    async (request, reply) => {
      const r = await reviseOfficialReport(
        ctx.deps,
        ctx.ctx(request),
        request.actor,
        request.params.id,
      )
      return reply.code(201).send(await view(request, r.id))
    },
  )
}
