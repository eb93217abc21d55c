import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.js'
import { isIsoDate } from '../../domain/dates.js'
import { assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { emailProblem, phoneProblem } from '../../domain/official-report.js'
import { publicDescription } from '../../domain/public-view.js'
import { normalizeSecrecyGround } from '../../domain/registration.js'
import { textField } from '../../domain/text-fields.js'
import { findDocumentById } from '../../repositories/document.repository.js'
import { textBlocks } from '../../render/text-blocks.js'
import type { TextBlock } from '../../render/view-models.js'
import type { Actor } from '../context.js'
import { isUuid } from '../registry/create-case.js'

/** Running text: typed text (blank lines between paragraphs, "-" for lists) or blocks. */
export type TextInput = string | readonly TextBlock[] | null | undefined

/** A report as written by its author; every field is replaced on each save of a draft. */
export interface ReportInput {
  /** The committee it is addressed to. */
  committeeId: string
  title: string
  /** The report's date; today when left out. */
  reportDate?: string | null
  /** 'Kommunledningsförvaltningen' */
  department?: string | null
  proposedDecision?: TextInput
  description?: TextInput
  summary?: TextInput
  equalityAnalysis?: TextInput
  childRightsAnalysis?: TextInput
  /** Beslutsunderlag: a document of the case (titled as the public sees it) or a title. */
  decisionBasis?: { title?: string | null; documentId?: string | null }[] | null
  /** "I tjänsten"; the author's name and title when left out. */
  signature?: {
    name?: string | null
    title?: string | null
    email?: string | null
    phone?: string | null
  } | null
  /** An OSL ground when the report is to be registered as confidential ('OSL 26:1'). */
  confidentialityGround?: string | null
}

const MAX_BLOCKS = 300
const MAX_BLOCK = 20_000

function blocksOf(fields: FieldError[], field: string, value: TextInput): TextBlock[] {
  const out = typeof value === 'string' ? textBlocks(value) : [...(value ?? [])]
  const strings = out.flatMap((b) => (typeof b === 'string' ? [b] : b.list))
  if (out.length > MAX_BLOCKS || strings.some((s) => s.length > MAX_BLOCK))
    fields.push({
      field,
      message: `Texten är för lång (högst ${MAX_BLOCKS} stycken om ${MAX_BLOCK} tecken).`,
    })
  return out
    .map((b) =>
      typeof b === 'string' ? b.trim() : { list: b.list.map((li) => li.trim()).filter(Boolean) },
    )
    .filter((b) => (typeof b === 'string' ? b !== '' : b.list.length > 0))
}

/** The checked columns of a report (the basis is resolved by `basisRows`). */
export function reportColumns(
  input: ReportInput,
  today: string,
  author: { name: string; title: string | null },
) {
  const fields: FieldError[] = []
  const title = textField(fields, 'title', input.title, {
    label: 'rubrik',
    max: 500,
    required: true,
  })
  const reportDate = input.reportDate || today
  if (!isIsoDate(reportDate))
    fields.push({ field: 'reportDate', message: 'Ange ett datum på formen ÅÅÅÅ-MM-DD.' })
  else if (reportDate > today)
    fields.push({ field: 'reportDate', message: 'Datumet kan inte ligga i framtiden.' })
  const s = input.signature ?? {}
  const signedByName = textField(fields, 'signature.name', s.name ?? author.name, {
    label: 'namn',
    max: 200,
  })
  const signedByTitle = textField(fields, 'signature.title', s.title ?? author.title, {
    label: 'befattning',
    max: 200,
  })
  const email = textField(fields, 'signature.email', s.email, { label: 'e-postadress', max: 200 })
  const phone = textField(fields, 'signature.phone', s.phone, { label: 'telefonnummer', max: 40 })
  const emailIssue = email && emailProblem(email)
  if (emailIssue) fields.push({ field: 'signature.email', message: emailIssue })
  const phoneIssue = phone && phoneProblem(phone)
  if (phoneIssue) fields.push({ field: 'signature.phone', message: phoneIssue })
  let ground: string | null = null
  if (input.confidentialityGround) {
    ground = normalizeSecrecyGround(input.confidentialityGround)
    if (!ground)
      fields.push({
        field: 'confidentialityGround',
        message:
          'Ange sekretessgrund som lagrum i offentlighets- och sekretesslagen, t.ex. OSL 26:1.',
      })
  }
  const cols = {
    title: title ?? '',
    report_date: reportDate,
    department: textField(fields, 'department', input.department, {
      label: 'förvaltning',
      max: 200,
    }),
    proposed_decision: blocksOf(fields, 'proposedDecision', input.proposedDecision),
    description: blocksOf(fields, 'description', input.description),
    summary: blocksOf(fields, 'summary', input.summary),
    equality_analysis: blocksOf(fields, 'equalityAnalysis', input.equalityAnalysis),
    child_rights_analysis: blocksOf(fields, 'childRightsAnalysis', input.childRightsAnalysis),
    signed_by_name: signedByName ?? '',
    signed_by_title: signedByTitle ?? '',
    signed_by_email: email,
    signed_by_phone: phone,
    confidentiality_ground: ground,
  }
  if ((input.decisionBasis?.length ?? 0) > 100)
    fields.push({ field: 'decisionBasis', message: 'Högst 100 handlingar i beslutsunderlaget.' })
  assertNoFieldErrors(
    fields,
    'Tjänsteskrivelsen kunde inte sparas. Rätta de markerade uppgifterna.',
  )
  return cols
}

/** The JSON the jsonb columns take. */
export const stored = (cols: ReturnType<typeof reportColumns>) => ({
  ...cols,
  proposed_decision: JSON.stringify(cols.proposed_decision),
  description: JSON.stringify(cols.description),
  summary: JSON.stringify(cols.summary),
  equality_analysis: JSON.stringify(cols.equality_analysis),
  child_rights_analysis: JSON.stringify(cols.child_rights_analysis),
})

/**
 * The decision basis: each entry a document of the same case (its title as the public sees it
 * unless given, since the report is public) or a title of something not in the registry.
 */
export async function basisRows(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  entries: ReportInput['decisionBasis'],
) {
  const fields: FieldError[] = []
  const rows: { title: string; document_id: string | null }[] = []
  for (const [i, e] of (entries ?? []).entries()) {
    const field = `decisionBasis[${i}]`
    let title = textField(fields, `${field}.title`, e.title, {
      label: 'handlingens titel',
      max: 500,
    })
    let documentId: string | null = null
    if (e.documentId) {
      const d = isUuid(e.documentId)
        ? await findDocumentById(db, actor.municipalityId, e.documentId)
        : undefined
      if (!d || d.case_id !== caseId) {
        fields.push({ field: `${field}.documentId`, message: 'Handlingen finns inte i ärendet.' })
        continue
      }
      documentId = d.id
      title ??= publicDescription(d)
    }
    if (!title) {
      fields.push({ field, message: 'Ange handlingens titel eller välj en handling i ärendet.' })
      continue
    }
    rows.push({ title, document_id: documentId })
  }
  assertNoFieldErrors(
    fields,
    'Beslutsunderlaget kunde inte sparas. Rätta de markerade uppgifterna.',
  )
  return rows
}
