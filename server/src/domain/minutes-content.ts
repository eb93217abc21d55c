import type { FieldError } from './errors.js'

/** What one § of the minutes holds, as facts to check (no text). */
export interface SectionFacts {
  number: number
  hasDecision: boolean
  /** Motions not withdrawn (the proposal in the papers counts when it was entered). */
  standingMotions: string[]
  /** The order the chair put them, as recorded with the decision. */
  propositionOrder: string[]
  adoptedMotion: string | null
  /** Each open vote: the members who voted, and who served on the item when the minutes are made. */
  votes: { voters: string[]; serving: string[] }[]
  /** A § fixed for immediate attestation whose signatures are not all in. */
  immediateAttestationPending: boolean
}

/** What the minutes as a whole hold. */
export interface MinutesFacts {
  meetingClosed: boolean
  rollCallTaken: boolean
  attestersElected: boolean
  hasSecretary: boolean
  sections: SectionFacts[]
}

const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])

/**
 * What is missing before the minutes can be sent for attestation. KL 5 kap. 66–67 §§ (applied to
 * nämnder by 6 kap. 35 §): who served, and per matter the proposals not withdrawn, the order
 * they were put, the votes and how each member voted, and the decisions (LEGAL-RULES rule 22);
 * attesters for KL 5 kap. 69 §. An empty list means complete.
 */
export function minutesProblems(f: MinutesFacts): FieldError[] {
  const out: FieldError[] = []
  if (!f.meetingClosed) out.push({ field: 'meeting', message: 'Sammanträdet är inte avslutat.' })
  if (!f.rollCallTaken)
    out.push({
      field: 'attendance',
      message: 'Upprop saknas: protokollet ska visa vilka som tjänstgjorde.',
    })
  if (!f.attestersElected) out.push({ field: 'attesters', message: 'Justerare är inte valda.' })
  if (!f.hasSecretary) out.push({ field: 'secretary', message: 'Sekreterare saknas.' })
  if (f.sections.length === 0)
    out.push({ field: 'sections', message: 'Protokollet har inga paragrafer.' })
  for (const s of f.sections) {
    const at = `sections.${s.number}`
    if (!s.hasDecision)
      out.push({ field: `${at}.decision`, message: `§ ${s.number}: beslut saknas.` })
    if (s.standingMotions.length > 1 && !same(s.standingMotions, s.propositionOrder)) {
      out.push({
        field: `${at}.propositionOrder`,
        message: `§ ${s.number}: propositionsordningen omfattar inte alla yrkanden som inte har återtagits.`,
      })
    }
    if (
      s.standingMotions.length > 0 &&
      (!s.adoptedMotion || !s.standingMotions.includes(s.adoptedMotion))
    ) {
      out.push({
        field: `${at}.adoptedMotion`,
        message: `§ ${s.number}: det framgår inte vilket förslag som bifölls.`,
      })
    }
    s.votes.forEach((v, i) => {
      if (!same(v.voters, v.serving)) {
        out.push({
          field: `${at}.votes.${i + 1}`,
          message: `§ ${s.number}: omröstning ${i + 1} saknar röst för någon som tjänstgjorde, eller har röst från någon som inte gjorde det.`,
        })
      }
    })
    if (s.immediateAttestationPending) {
      out.push({
        field: `${at}.immediateAttestation`,
        message: `§ ${s.number}: den omedelbara justeringen är inte klar.`,
      })
    }
  }
  return out
}
