import { CLASS_OF, TYPE_LABEL, type DataClass, type Finding, type FindingType } from './types.js'

/**
 * The decision rule (Kalix riktlinjer för AI, punkt 5 and 7): data of a class may go to a
 * service only if the service's risk assessment approved that class.
 *
 * - ALLOW: nothing found, or the service is approved for every class found.
 * - BLOCK on confidential content (a registry marking with its OSL ground, or a secrecy stamp
 *   in the text) unless approved for confidential: secrecy covers the content, which
 *   placeholders do not remove.
 * - BLOCK on art. 9 data next to an identifiable person unless approved for sensitive data.
 *   Masking the name is not reliable there: the rest of the sentence (role, school, relatives,
 *   dates, a rare diagnosis in a small municipality) still points at the person, name
 *   detection is not perfect, and a text with the identity replaced by a key Kansli keeps is
 *   pseudonymised, which is still personal data (GDPR recital 26) and still art. 9 data.
 * - REDACT personal data for a service not approved for it, if the redacted text is clean.
 */
export type Decision = 'BLOCK' | 'REDACT' | 'ALLOW'

export interface Verdict {
  decision: Decision
  reasons: string[]
  classes: DataClass[]
}

const CLASS_LABEL: Record<DataClass, string> = {
  public: 'offentliga uppgifter',
  personal: 'personuppgifter',
  sensitive: 'känsliga personuppgifter',
  confidential: 'sekretessbelagda uppgifter',
}

/** The classes of data the findings hold, in a fixed order; `public` when there is nothing else. */
export function classesOf(findings: Finding[]): DataClass[] {
  const found = new Set(findings.map((f) => CLASS_OF[f.type]))
  // Art. 9 data is always about a person: the identity next to it is personal data too.
  if (found.has('sensitive')) found.add('personal')
  const order: DataClass[] = ['personal', 'sensitive', 'confidential']
  const classes = order.filter((c) => found.has(c))
  return classes.length ? classes : ['public']
}

/** "3 namn, 1 personnummer". */
export function countByType(findings: Finding[]): string {
  const counts = new Map<FindingType, number>()
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1)
  return [...counts].map(([t, n]) => `${n} ${TYPE_LABEL[t]}`).join(', ')
}

export function decide(findings: Finding[], allowedClasses: DataClass[]): Verdict {
  const allowed = new Set<DataClass>(['public', ...allowedClasses])
  const classes = classesOf(findings)
  const approvedFor = [...allowed].map((c) => CLASS_LABEL[c]).join(', ')
  if (classes.every((c) => allowed.has(c))) {
    return {
      decision: 'ALLOW',
      classes,
      reasons:
        findings.length === 0
          ? ['Inga personuppgifter, känsliga personuppgifter eller sekretessuppgifter hittades.']
          : [
              `Texten innehåller ${countByType(findings)}; tjänsten är godkänd för ${approvedFor}, så texten skickas utan maskning.`,
            ],
    }
  }
  const reasons: string[] = []
  if (classes.includes('confidential') && !allowed.has('confidential')) {
    const grounds = [
      ...new Set(findings.filter((f) => f.type === 'confidential').map((f) => f.reason)),
    ]
    reasons.push(
      ...grounds,
      'Tjänsten är inte godkänd för sekretessbelagda uppgifter, och sekretess kan inte maskas bort: texten skickas inte.',
    )
  }
  if (classes.includes('sensitive') && !allowed.has('sensitive')) {
    const topics = [
      ...new Set(
        findings
          .filter((f) => f.type === 'sensitive')
          .map((f) => /\(([^)]*\)?)\)/.exec(f.reason)?.[1] ?? 'känslig uppgift'),
      ),
    ]
    reasons.push(
      `Känsliga personuppgifter (${topics.join(', ')}) förekommer i anslutning till en identifierbar person.`,
      'Tjänsten är inte godkänd för känsliga personuppgifter, och att maska namnen räcker inte: sammanhanget kan fortfarande peka ut personen, och pseudonymiserade uppgifter är fortfarande personuppgifter (GDPR skäl 26). Texten skickas inte.',
    )
  }
  if (reasons.length) return { decision: 'BLOCK', classes, reasons }
  const personal = findings.filter((f) => CLASS_OF[f.type] === 'personal')
  return {
    decision: 'REDACT',
    classes,
    reasons: [
      `Texten innehåller ${countByType(personal)}. Tjänsten är inte godkänd för personuppgifter, så de ersätts med platshållare innan texten skickas.`,
    ],
  }
}
