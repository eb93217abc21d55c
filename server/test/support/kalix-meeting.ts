/** The Kalix KS meeting of 2025-12-15 (seeds/kalix-ks-kallelse-2025-12-15.txt), as test data. */

/**
 * The item list of the Kalix KS notice of 2025-12-15 (seeds/kalix-ks-kallelse-2025-12-15.txt),
 * transcribed: "number. title" and the case number printed under it.
 */
export const KALIX_2025_12_15: [string, string | null][] = [
  ['1. Upprop', null],
  [
    '2. Utbildning - Barnrätt, barnrättskonsekvensanalys (BKA) och psykisk hälsa med Johanna Wester',
    null,
  ],
  ['3. Val av justerare', null],
  ['4. Godkännande av ärendelista', null],
  ['5. Meddelanden - 15 december 2025', 'Dnr KS-2025-00466'],
  ['6. Redovisning - Delegerade ärenden', 'Dnr KS-2025-00502'],
  ['7. Val - Ersättare - Ombud Kalix Industrihotell AB (S)', 'Dnr KS-2025-00450'],
  ['8. Val - Ersättare - Ombud Kalix Nya Centrum KB (S)', 'Dnr KS-2025-00451'],
  ['9. Val - Ersättare - Ombud Kalix älv, ekonomisk förening (S)', 'Dnr KS-2025-00467'],
  ['10. Val - Ersättare - Kommunalt pensionärsråd (S)', 'Dnr KS-2025-00468'],
  ['11. Val - Tekniskt utskott', 'Dnr KS-2025-00470'],
  ['12. Val - Kommunstyrelsens arbets- och personalutskott', 'Dnr KS-2025-00476'],
  ['13. Uppföljning - ANDTS-plan 2025', 'Dnr KS-2025-00461'],
  [
    '14. Inrapportering av enkätsvar - gällande kommunernas återrapportering gällande genomförandet av vattenmyndighetens åtgärdsprogram för vatten 2022–2027',
    'Dnr KS-2024-00477',
  ],
  ['15. Sammanträdesplan - Kommunstyrelsen', 'Dnr KS-2025-00404'],
  ['16. Revidering - Kommunstyrelsens delegationsordning', 'Dnr KS-2025-00483'],
  ['17. Månadsrapport 2025 - kommunstyrelsen', 'Dnr KS-2025-00063'],
  ['18. Månadsrapport 2025 - Kalix kommun', 'Dnr KS-2025-00453'],
  ['19. Riktlinjer för användning av AI', 'Dnr KS-2025-00494'],
  ['20. Synpunkter - Rapport', null],
]

export const KALIX_KS = { meetsOn: '2025-12-15', startsAt: '09:00', place: 'Folkets hus, Bergön' }

/** Kalix KS members as test data: the chair is the seed's; the others are invented. */
export const KALIX_KS_SEATS = [
  { name: 'Susanne Andersson', party: 'S', role: 'chair' as const },
  { name: 'Tommy Nyström', party: 'S', role: 'member' as const },
  { name: 'Agnetha Öberg', party: 'M', role: 'member' as const },
]
export const KALIX_KS_SUBSTITUTES = [
  { name: 'Åsa Lindqvist', party: 'S', role: 'substitute' as const },
  { name: 'Per-Erik Ström', party: 'M', role: 'substitute' as const },
]
