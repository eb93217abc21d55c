import { ValidationError, ConflictError } from '../../domain/errors.js'
import { AI_ANSWER_LABEL } from '../../domain/ai/ai-rules.js'
import { publicCaseTitle, publicDescription, publicMayReadFiles } from '../../domain/public-view.js'
import { extractedTextsOf } from '../../repositories/document.repository.js'
import type { Ctx, Deps } from '../context.js'
import { searchRegistry } from '../registry/search.js'
import { callAi, type AiSource, type MaterialPart } from './ai-call.js'

/**
 * Questions from the public about public documents (a chat on the public pages). The answer is
 * written only from what the public e-diarium shows: the public search picks the material, the
 * public view of each hit is what is sent, and confidential content never enters (the public
 * search cannot match it). Every answer is marked as an AI answer and lists its sources
 * (punkt 3 of the AI guidelines: where AI talks to people, that is said openly).
 */
export const MAX_QUESTION_CHARS = 500
/** The purpose the AI log records for a public answer; a public incident report refers to it. */
export const PUBLIC_ANSWER_PURPOSE = 'Svar på fråga från allmänheten'
const MAX_SOURCES = 5
const MAX_CHARS_PER_SOURCE = 6_000

// Words that carry no subject in a question; the rest are searched with OR.
const STOP = new Set(
  'vad vilka vilket vilken varför när hur var vem finns har hade kommer kommunen kommunens kan ska skulle inte eller och att det den detta denna som med för från till om på av är blir blev gäller något någon några alla också mycket eller'.split(
    ' ',
  ),
)

export function questionTerms(question: string): string[] {
  const words = question
    .toLowerCase()
    .replace(/[^a-zåäöéü0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 4 && !STOP.has(w))
  return [...new Set(words)].slice(0, 8)
}

export interface PublicAnswer {
  answer: string
  label: string
  sources: Array<{ reference: string; title: string; caseNumber: string }>
  /** the answer's entry in the AI log: what a report of a problem with it refers to; null when
   * no AI wrote the answer (nothing public matched the question) */
  logSeq: number | null
}

export async function answerPublicQuestion(
  deps: Deps,
  ctx: Ctx,
  municipalityId: string,
  question: string,
): Promise<PublicAnswer> {
  const q = typeof question === 'string' ? question.trim() : ''
  if (q.length < 3 || q.length > MAX_QUESTION_CHARS)
    throw new ValidationError('Frågan kunde inte tas emot.', [
      { field: 'question', message: `Skriv en fråga på 3–${MAX_QUESTION_CHARS} tecken.` },
    ])
  const service = await deps.db
    .selectFrom('ai_services')
    .select(['id'])
    .where('municipality_id', '=', municipalityId)
    .where('public_chat', '=', true)
    .where('status', '=', 'approved')
    .executeTakeFirst()
  if (!service)
    throw new ConflictError(
      'ai_chat_unavailable',
      'Frågetjänsten är inte öppen. Sök i diariet eller kontakta kommunen.',
    )
  const actor = { kind: 'public' as const, municipalityId }
  const terms = questionTerms(q)
  const found =
    terms.length === 0
      ? []
      : (await searchRegistry(deps, actor, { q: terms.join(' OR '), pageSize: MAX_SOURCES }, true))
          .rows
  // A confidential document shows the public only a placeholder: nothing to answer from.
  const hits = found.filter((h) => h.confidential !== true && !h.title_protected)
  if (hits.length === 0)
    return {
      answer:
        'Jag hittade inga allmänna handlingar i diariet som handlar om det du frågar om. Försök med andra ord, sök i diariet eller kontakta kommunen.',
      label: AI_ANSWER_LABEL,
      sources: [],
      logSeq: null,
    }
  const docOf = (h: (typeof hits)[number]) =>
    h.document_id && h.description !== null
      ? {
          id: h.document_id,
          registrationNumber: h.registration_number ?? h.case_number,
          date: h.document_date ?? '',
          masked: {
            counterpart_name: h.counterpart_name,
            description: h.description,
            confidential: h.confidential === true,
            confidentiality_ground: h.confidentiality_ground,
            protect_counterpart: h.protect_counterpart === true,
            protect_description: h.protect_description === true,
          },
        }
      : null
  const readableDocs = hits.flatMap((h) => {
    const d = docOf(h)
    return d && publicMayReadFiles(d.masked) ? [d.id] : []
  })
  const texts = await extractedTextsOf(deps.db, readableDocs)
  const parts: MaterialPart[] = []
  const sources: AiSource[] = []
  const shown: PublicAnswer['sources'] = []
  for (const h of hits) {
    const caseTitle = publicCaseTitle(h)
    const d = docOf(h)
    const title = d ? publicDescription(d.masked) : caseTitle
    const body = d
      ? [
          `Ärende: ${h.case_number} ${caseTitle}`,
          `Handling: ${title} (${d.date})`,
          texts
            .filter((t) => t.document_id === d.id)
            .map((t) => t.extracted_text ?? '')
            .join('\n')
            .slice(0, MAX_CHARS_PER_SOURCE),
        ].join('\n')
      : `Ärende: ${h.case_number} ${caseTitle}`
    const reference = d?.registrationNumber ?? h.case_number
    parts.push({ label: `Källa ${reference}`, text: body })
    sources.push({ reference, title, caseId: h.case_id })
    shown.push({ reference, title, caseNumber: h.case_number })
  }
  parts.push({ label: 'Frågan', text: q })
  const result = await callAi(deps, ctx, actor, {
    serviceId: service.id,
    purpose: PUBLIC_ANSWER_PURPOSE,
    instructions:
      'Du svarar på frågor från allmänheten om en svensk kommuns allmänna handlingar. Svara kort på enkel svenska och bara utifrån källorna; ange källans beteckning inom hakparentes. Om källorna inte besvarar frågan, säg det och hänvisa till kommunen. Ge aldrig råd om enskilda personer. Platshållare som [PERSON_1] återges exakt.',
    material: parts,
    sources,
    entity: {},
    draft: null,
  })
  return { answer: result.text, label: AI_ANSWER_LABEL, sources: shown, logSeq: result.logSeq }
}
