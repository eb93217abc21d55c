import { addDays } from '../../domain/swedish-calendar.js'
import { swedishDate } from '../../domain/dates.js'
import { findCaseByNumber } from '../../repositories/case.repository.js'
import { registerAiService } from '../ai/ai-services.js'
import { recordAssessment } from '../ai/assessments.js'
import { recordTraining } from '../ai/training.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { registerDocument } from '../registry/register-document.js'

/**
 * The demo's AI under the guidelines (KS-2025-00494): a municipal language model on the
 * municipality's own server, assessed by the full panel and approved for public information and
 * personal data, with its assessment registered in the guidelines' case; Microsoft 365 Copilot
 * registered but waiting for its assessment (the guidelines name it: punkt 11); and the staff's
 * AI training, one of them due again. No AI server runs in the demo: a call to the local model
 * answers with a clear "could not be reached" until one does (Ollama on port 11434).
 */
export async function seedAi(
  deps: Deps,
  input: {
    municipalityId: string
    system: Actor
    registrar: Actor
    userIds: Map<string, string>
    today: Date
  },
): Promise<void> {
  const today = swedishDate(input.today)
  const ctx: Ctx = { requestId: 'demo', now: () => input.today }
  const { system } = input
  const local = await registerAiService(deps, ctx, system, {
    name: 'Kommunens språkmodell',
    provider: 'Kalix kommun, IT-enheten (Ollama)',
    endpoint: 'http://127.0.0.1:11434/v1',
    model: 'llama3.1:8b',
    processingLocation: 'Kommunens serverhall i Kalix (Sverige)',
    timeoutMs: 60_000,
  })
  const guidelines = await findCaseByNumber(deps.db, input.municipalityId, 'KS-2025-00494')
  let documentId: string | null = null
  if (guidelines) {
    const doc = await registerDocument(deps, ctx, input.registrar, {
      caseId: guidelines.id,
      direction: 'drawnUp',
      documentDate: addDays(today, -20),
      description: 'Risk- och konsekvensanalys: Kommunens språkmodell',
      files: [
        {
          fileName: 'riskanalys-kommunens-sprakmodell.txt',
          bytes: new TextEncoder().encode(ASSESSMENT_TEXT),
        },
      ],
    })
    documentId = doc.document.id
  }
  await recordAssessment(deps, ctx, system, {
    serviceId: local.id,
    assessedOn: addDays(today, -20),
    participants: [
      { role: 'dataProtectionOfficer', name: 'Lena Berg' },
      { role: 'municipalLawyer', name: 'Per Holmström' },
      { role: 'securityOfficer', name: 'Karin Nyberg' },
      { role: 'itManager', name: 'Fredrik Lind' },
    ],
    conclusion:
      'Modellen körs på kommunens egen server och inga uppgifter lämnar kommunen. Godkänd för allmän information och personuppgifter. Inte godkänd för känsliga personuppgifter (GDPR art. 9) eller sekretessbelagda uppgifter.',
    outcome: 'approved',
    approvedClasses: ['public', 'personal'],
    documentId,
  })
  await registerAiService(deps, ctx, system, {
    name: 'Microsoft 365 Copilot',
    provider: 'Microsoft',
    endpoint: 'https://copilot.example.invalid/openai/v1',
    model: 'gpt-4o',
    processingLocation: 'EU (Microsofts datacenter)',
  })
  const trained: Array<[string, number]> = [
    ['eva.exempelsson', -40],
    ['malin.aberg', -35],
    ['fredrik.lind', -60],
    ['karin.nyberg', -60],
    ['admin', -30],
    // More than a year ago: due again, so the refusal can be seen.
    ['johanna.granstrom', -400],
  ]
  for (const [username, days] of trained) {
    const userId = input.userIds.get(username)
    if (!userId) continue
    await recordTraining(deps, ctx, system, {
      userId,
      completedOn: addDays(today, days),
      course: 'Grundläggande AI-utbildning (IT-enheten)',
    })
  }
}

const ASSESSMENT_TEXT = `Risk- och konsekvensanalys för AI-tjänst
Tjänst: Kommunens språkmodell (Llama 3.1 8B via Ollama), driftad av IT-enheten i kommunens serverhall.
Deltagare: dataskyddsombud, kommunjurist, informationssäkerhetsansvarig och IT-chef (riktlinjer för användning av AI, avsnitt 5).
Användning: sammanfattningar av ärenden och handlingar, utkast till tjänsteskrivelser, svar på frågor om allmänna handlingar.
Bedömning: inga uppgifter lämnar kommunens nätverk; loggning av all användning i Kansli; utkast granskas av människa innan de används.
Slutsats: godkänd för allmän information och personuppgifter. Känsliga personuppgifter och sekretessbelagda uppgifter får inte behandlas.
`
