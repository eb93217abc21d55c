import { ValidationError } from '../../domain/errors.js'
import type { DraftTarget } from '../../domain/ai/ai-rules.js'
import { findOfficialReport } from '../../repositories/official-report.repository.js'
import { findDocumentForActor } from '../registry/read-case.js'
import { assertReportDraft, notFoundReport, requireReportEditor } from '../reports/report-access.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { callAi, type AiCallResult } from './ai-call.js'
import { caseMaterial } from './case-material.js'

/**
 * What the AI helps staff with (punkt 4 of the AI guidelines: "stöd i administrativt arbete"):
 * summaries of a case or a document and the sections of an official report, each as a draft a
 * person reviews (drafts.ts). The proposed decision is never drafted: decisions are made by people.
 */
const COMMON = [
  'Du är en assistent åt en svensk kommuns tjänstepersoner.',
  'Skriv på klar, saklig svenska enligt klarspråksriktlinjerna.',
  'Använd bara uppgifter ur underlaget. Hitta inte på fakta, namn, datum eller belopp.',
  'Platshållare som [PERSON_1] eller [PERSONNUMMER_1] står för uppgifter som inte visas för dig: återge dem exakt som de står.',
  'Föreslå aldrig något beslut; beslut fattas av människor.',
].join(' ')

export const REPORT_SECTIONS = {
  summary: {
    target: 'report.summary',
    ask: 'Skriv avsnittet "Sammanfattning" i en tjänsteskrivelse: högst tio meningar om vad ärendet gäller och vad som har hänt.',
  },
  description: {
    target: 'report.description',
    ask: 'Skriv avsnittet "Beskrivning av ärendet" i en tjänsteskrivelse: bakgrund, vad handlingarna visar, i tidsordning.',
  },
  equalityAnalysis: {
    target: 'report.equalityAnalysis',
    ask: 'Skriv ett utkast till "Jämställdhetsanalys": hur ärendet kan påverka kvinnor och män, flickor och pojkar olika, utifrån underlaget. Säg tydligt vad underlaget inte visar.',
  },
  childRightsAnalysis: {
    target: 'report.childRightsAnalysis',
    ask: 'Skriv ett utkast till "Barnrättsanalys" enligt barnkonventionen (SFS 2018:1197): hur ärendet berör barn, utifrån underlaget. Säg tydligt vad underlaget inte visar.',
  },
} as const satisfies Record<string, { target: DraftTarget; ask: string }>

export type ReportSection = keyof typeof REPORT_SECTIONS

/** `Sammanfattning av ärendet` as a draft. */
export async function summariseCase(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { caseId: string; serviceId: string },
): Promise<AiCallResult> {
  const m = await caseMaterial(deps, ctx, actor, input.caseId)
  return callAi(deps, ctx, actor, {
    serviceId: input.serviceId,
    purpose: 'Sammanfattning av ärende',
    instructions: `${COMMON} Sammanfatta ärendet ${m.caseNumber} i högst tio meningar under rubriken "Sammanfattning av ärendet". Ange vilka handlingar (diarienummer) uppgifterna kommer från.`,
    material: m.parts,
    sources: m.sources,
    entity: { caseId: m.caseId },
    draft: { kind: 'caseSummary', target: 'caseSummary' },
  })
}

/** A summary of one document as a draft. */
export async function summariseDocument(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { documentId: string; serviceId: string },
): Promise<AiCallResult> {
  const { document, case: c } = await findDocumentForActor(deps, actor, input.documentId)
  const m = await caseMaterial(deps, ctx, actor, c.id, document.id)
  return callAi(deps, ctx, actor, {
    serviceId: input.serviceId,
    purpose: 'Sammanfattning av handling',
    instructions: `${COMMON} Sammanfatta handlingen ${document.registration_number} i högst åtta meningar.`,
    material: m.parts,
    sources: m.sources,
    entity: { caseId: c.id, documentId: document.id },
    draft: { kind: 'documentSummary', target: 'documentSummary' },
  })
}

/** A section of an official report (tjänsteskrivelse) drafted from the case's documents. */
export async function draftReportSection(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  input: { officialReportId: string; section: string; serviceId: string },
): Promise<AiCallResult> {
  if (!Object.hasOwn(REPORT_SECTIONS, input.section))
    throw new ValidationError('Avsnittet kan inte skrivas med AI.', [
      {
        field: 'section',
        message:
          input.section === 'proposedDecision'
            ? 'Förslag till beslut skrivs alltid av en människa, aldrig av AI.'
            : 'Välj sammanfattning, beskrivning, jämställdhetsanalys eller barnrättsanalys.',
      },
    ])
  const section = REPORT_SECTIONS[input.section as ReportSection]
  const report = await findOfficialReport(deps.db, actor.municipalityId, input.officialReportId)
  if (!report) throw notFoundReport()
  requireReportEditor(actor, report, 'skriva utkast till tjänsteskrivelsen')
  assertReportDraft(report)
  const m = await caseMaterial(deps, ctx, actor, report.case_id)
  return callAi(deps, ctx, actor, {
    serviceId: input.serviceId,
    purpose: 'Utkast till tjänsteskrivelse',
    instructions: `${COMMON} Tjänsteskrivelsen har rubriken "${report.title}". ${section.ask}`,
    material: m.parts,
    sources: m.sources,
    entity: { caseId: m.caseId, officialReportId: report.id },
    draft: { kind: 'reportSection', target: section.target },
  })
}
