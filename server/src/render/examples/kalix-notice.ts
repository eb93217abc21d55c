import type { DelegatedDecisionView, NoticeView } from '../view-models.js'

/**
 * The Kalix kommunstyrelse notice of 2025-12-15 (seeds/kalix-ks-kallelse-2025-12-15.txt) as a
 * view model, for tests and benchmarks. Text is copied from the seed; case numbers written with
 * an en dash in the seed's delegation table are normalised to a hyphen.
 */

const P10_1 = {
  point: '10.1',
  pointText:
    'Upphandling och undertecknande av enstaka och tidsbundna kontrakt för leverans av varor och tjänster.',
}
const P7_2 = { point: '7.2', pointText: 'Förlängning/omplacering av redan befintliga lån' }
const P13_1 = { point: '13.1', pointText: 'Beslut i brådskande ärende.' }
const UNIT_HEAD = 'Enhetschef service- och kommunikationsenheten, Jenni Yli'
const CHAIR = 'Susanne Andersson, kommunstyrelsens ordförande'
const FINANCE = 'Ekonomichef Jeanette Larsson'
const PERIOD = { from: '2025-11-05', to: '2025-12-09' }

const delegatedDecisions: DelegatedDecisionView[] = [
  {
    date: '2025-11-18',
    caseNumber: '2025-00462',
    decisionMaker: UNIT_HEAD,
    action:
      'Tecknat avtal mellan REK AI AB och Kalix kommun. REK AI är ett molnbaserat verktyg för att skapa personliga användarupplevelser vid besök av webbsidor och applikationer',
    ...P10_1,
  },
  {
    date: '2025-11-20',
    caseNumber: '2025-00469',
    decisionMaker: 'IT-chef Fredrik Lind',
    action:
      'Tecknat avtal mellan Atea AV och Kalix kommun. Avtalet avser en direktupphandling av ny teknik till sessionssalen.',
    ...P10_1,
  },
  {
    date: '2025-11-21',
    caseNumber: '2025-00473',
    decisionMaker: FINANCE,
    action:
      'Beslutat att omplacera befintligt lån KI_159532 på 50 mnkr med ett nytt lån på 45 mnkr (och därmed amortera 5 mnkr) hos Kommuninvest.',
    ...P7_2,
  },
  {
    date: '2025-11-26',
    caseNumber: '2025-00471',
    decisionMaker: CHAIR,
    action: 'Yttrande över komplettering till ärende sökta koncessioner inom Ängeså sameby.',
    ...P13_1,
  },
  {
    date: '2025-12-09',
    caseNumber: '2025-00500',
    decisionMaker: UNIT_HEAD,
    action:
      'Tecknat avtal mellan Mirror Partner Utveckling AB och Kalix kommun. Mirror levererar tjänster inom webbutveckling, systemutveckling, kommunikation och IT.',
    ...P10_1,
  },
  {
    date: '2025-12-02',
    caseNumber: '2025-00394',
    decisionMaker: CHAIR,
    action:
      'Bekräftat åtagandet att stödja genomförandet av det föreslagna Interreg Aurorafinansierade projektet Bothnian Coastal Route 2.',
    ...P13_1,
  },
  {
    date: '2025-11-21',
    caseNumber: '2025-00474',
    decisionMaker: FINANCE,
    action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
    ...P7_2,
  },
  {
    date: '2025-12-05',
    caseNumber: '2025-00346',
    decisionMaker: CHAIR,
    action: 'Yttrande över detaljplaneförslag för kv Tallen.',
    point: '4.1',
    pointText:
      'Framställningar till och yttranden över remisser från samhällsbyggnadsnämnden och lantmäteri-myndighet om bygglov, planförslag, fastighetsbildning m. m',
  },
  {
    period: PERIOD,
    decisionMaker: 'Service- och kommunikationsenheten',
    action:
      'Beslut fattats om remittering av framställningar och överlämnade av ärenden för handläggning.',
  },
  {
    period: PERIOD,
    decisionMaker: 'Arbetsgivarenheten',
    action:
      'Beslut fattats om anställningar, arbetsbefrämjande åtgärder, förhandlingar, löneplaceringar, pensioner, avbetalningsplaner och tjänstledigheter.',
  },
  {
    period: PERIOD,
    decisionMaker: 'Kommunstyrelsens arbets- och personalutskott',
    action: 'Beslut fattats i enlighet med protokoll den 20 oktober 2025, §§ 89-101.',
  },
]

const AU = 'Kommunstyrelsens arbets- och personalutskott'

/** The twenty items of the seed's "ÄRENDEN" list, in order. */
export const KALIX_ITEMS: readonly (readonly [number, string, string?])[] = [
  [1, 'Upprop'],
  [
    2,
    'Utbildning - Barnrätt, barnrättskonsekvensanalys (BKA) och psykisk hälsa med Johanna Wester',
  ],
  [3, 'Val av justerare'],
  [4, 'Godkännande av ärendelista'],
  [5, 'Meddelanden - 15 december 2025', 'KS-2025-00466'],
  [6, 'Redovisning - Delegerade ärenden', 'KS-2025-00502'],
  [7, 'Val - Ersättare - Ombud Kalix Industrihotell AB (S)', 'KS-2025-00450'],
  [8, 'Val - Ersättare - Ombud Kalix Nya Centrum KB (S)', 'KS-2025-00451'],
  [9, 'Val - Ersättare - Ombud Kalix älv, ekonomisk förening (S)', 'KS-2025-00467'],
  [10, 'Val - Ersättare - Kommunalt pensionärsråd (S)', 'KS-2025-00468'],
  [11, 'Val - Tekniskt utskott', 'KS-2025-00470'],
  [12, 'Val - Kommunstyrelsens arbets- och personalutskott', 'KS-2025-00476'],
  [13, 'Uppföljning - ANDTS-plan 2025', 'KS-2025-00461'],
  [
    14,
    'Inrapportering av enkätsvar - gällande kommunernas återrapportering gällande genomförandet av vattenmyndighetens åtgärdsprogram för vatten 2022–2027',
    'KS-2024-00477',
  ],
  [15, 'Sammanträdesplan - Kommunstyrelsen', 'KS-2025-00404'],
  [16, 'Revidering - Kommunstyrelsens delegationsordning', 'KS-2025-00483'],
  [17, 'Månadsrapport 2025 - kommunstyrelsen', 'KS-2025-00063'],
  [18, 'Månadsrapport 2025 - Kalix kommun', 'KS-2025-00453'],
  [19, 'Riktlinjer för användning av AI', 'KS-2025-00494'],
  [20, 'Synpunkter - Rapport'],
]

/** What the seed prints behind some items: tables, proposals, decision bases. */
const DETAILS: Record<number, Partial<NoticeView['items'][number]>> = {
  5: {
    proposedDecision: [
      'Kommunstyrelsen har tagit del av meddelandena och beslutar lägga dem till handlingarna.',
    ],
    communications: [
      {
        date: '2025-11-19',
        document: 'Beslut om kommuntal år 2026 till kommuner i Norrbottens län',
        sender: 'Socialförvaltningen',
      },
      {
        date: '2025-11-20',
        document: 'Protokoll – Extra stämma 2025-10-12',
        sender: 'Kollektivtrafikmyndigheten',
      },
      {
        date: '2025-11-25',
        document: 'Protokoll Arbetsutskottsmöte nr 4 2025-11-13',
        sender: 'IT Norrbotten',
      },
      {
        date: '2025-11-25',
        document: 'IT Norrbotten protokoll ägarsamråd 2025-11-06',
        sender: 'Kammarrätten',
      },
      {
        date: '2025-12-02',
        document: 'Sundsvall KR 173–25 Slutligt beslut 2025-12-01',
        sender: 'Länsstyrelsen Norrbotten',
      },
      {
        date: '2025-12-03',
        document: 'Beslut om revidering av kommuntal Norrbottens län 2025-12-02',
        sender: 'Länsstyrelsen Norrbotten',
      },
    ],
  },
  6: {
    proposedDecision: ['Kommunstyrelsen beslutar godkänna redovisningen av delegationsbesluten.'],
    delegatedDecisions,
  },
  13: {
    proposedDecision: ['Kommunstyrelsen godkänner uppföljningen av ANDTS-plan för Kalix kommun.'],
    documents: [
      'Tjänsteskrivelse 2025-11-13, Uppföljning av ANDTS-plan (alkohol, narkotika, doping, tobak och spel) för Kalix kommun',
    ],
  },
  15: {
    proposedDecision: [
      'Kommunstyrelsen beslutar att godkänna de i sammanträdesplanen redovisade tiderna för kommunstyrelsens arbets- och personalutskott, tekniska utskott samt kommunstyrelsens sammanträden för år 2026.',
    ],
    documents: ['Service- och kommunikationsenhetens förslag till sammanträdesplan för 2026'],
  },
  16: {
    proposedDecision: [
      'Kommunledningsförvaltningen föreslår kommunstyrelsen anta reviderad delegationsordning för kommunstyrelsen.',
      'Den reviderade delegationsordningen ska börja gälla från och med 2026-01-01. Varmed den nuvarande upphör att gälla.',
    ],
    documents: ['Reviderad – Delegationsordning för kommunstyrelsen'],
  },
  17: {
    preparedBy: {
      body: AU,
      sectionNumber: 97,
      proposal: [
        'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga kommunstyrelsens månadsrapport för januari-oktober 2025 till handlingarna.',
        'Kommunstyrelsens arbets- och personalutskott föreslår vidare att kommunstyrelsen uppmanar verksamheterna att vidta åtgärder för en budget i balans.',
      ],
    },
    documents: [
      'Ekonomichef Jeanette Larssons tjänsteskrivelse – Månadsrapport 2025 – kommunstyrelsen',
      'Månadsrapport kommunstyrelsen oktober 2025',
      'Månadsrapport revision oktober 2025',
      'Månadsrapport överförmyndaren oktober 2025',
    ],
  },
  18: {
    preparedBy: {
      body: AU,
      sectionNumber: 98,
      proposal: [
        'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga månadsrapporten för januari-oktober 2025 till handlingarna.',
      ],
    },
    documents: [
      'Ekonomichef Jeanette Larssons tjänsteskrivelse - Månadsrapport oktober 2025 Kommunen',
    ],
  },
  19: {
    proposedDecision: [
      'Kommunstyrelsen föreslår att kommunfullmäktige beslutar att anta föreslagna riktlinjer.',
    ],
  },
}

/** The Kalix notice of 2025-12-15 as a view model. */
export function kalixNotice(): NoticeView {
  return {
    municipality: 'Kalix kommun',
    committee: 'Kommunstyrelsen',
    meetingDate: '2025-12-15',
    startTime: '09:00',
    place: 'Folkets hus, Bergön',
    secretary: 'Johanna Granström',
    chair: { name: 'Susanne Andersson' },
    items: KALIX_ITEMS.map(([number, title, caseNumber]) => ({
      number,
      title,
      ...(caseNumber ? { caseNumber } : {}),
      ...DETAILS[number],
    })),
  }
}
