import type { PointInput } from '../delegation/point-fields.js'

/**
 * Kalix KS's delegation scheme as far as the notice of 2025-12-15 cites it, and the delegated
 * decisions reported to that meeting (seeds/kalix-ks-kallelse-2025-12-15.txt, "Redovisning
 * delegerade ärenden"), in the seed's order. The seed prints the points' texts but not their
 * delegates: those are taken from who decided. The adoption date of the scheme is not in the
 * seed (2022-12-12, in force from 2023-01-01, assumed).
 */
export const demoDelegationScheme = { adoptedOn: '2022-12-12', validFrom: '2023-01-01' }

export const demoDelegationPoints: PointInput[] = [
  {
    number: '4.1',
    text: 'Framställningar till och yttranden över remisser från samhällsbyggnadsnämnden och lantmäteri-myndighet om bygglov, planförslag, fastighetsbildning m. m',
    delegateType: 'member',
    delegateTitle: 'Kommunstyrelsens ordförande',
  },
  {
    number: '7.2',
    text: 'Förlängning/omplacering av redan befintliga lån',
    delegateType: 'employee',
    delegateTitle: 'Ekonomichef',
    limits: 'Inom av fullmäktige beslutad låneram',
  },
  {
    number: '10.1',
    text: 'Upphandling och undertecknande av enstaka och tidsbundna kontrakt för leverans av varor och tjänster.',
    delegateType: 'employee',
    delegateTitle: 'Enhetschef inom sitt ansvarsområde',
  },
  {
    number: '13.1',
    text: 'Beslut i brådskande ärende.',
    delegateType: 'member',
    delegateTitle: 'Kommunstyrelsens ordförande',
    legalReference: 'KL 6 kap. 39 §',
  },
]

/** Who decided, with the way the seed's table prints them. */
interface DecisionMaker {
  name: string
  title: string
  printed: string
}

const serviceDeskHead: DecisionMaker = {
  name: 'Jenni Yli',
  title: 'Enhetschef service- och kommunikationsenheten',
  printed: 'Enhetschef service- och kommunikationsenheten, Jenni Yli',
}
const chair: DecisionMaker = {
  name: 'Susanne Andersson',
  title: 'Kommunstyrelsens ordförande',
  printed: 'Susanne Andersson, kommunstyrelsens ordförande',
}
const cfo: DecisionMaker = {
  name: 'Jeanette Larsson',
  title: 'Ekonomichef',
  printed: 'Ekonomichef Jeanette Larsson',
}
const itManager: DecisionMaker = {
  name: 'Fredrik Lind',
  title: 'IT-chef',
  printed: 'IT-chef Fredrik Lind',
}

/** A decision under a point, or a summary of a unit's decisions over the reporting period. */
export type DemoDelegatedDecision =
  | {
      kind: 'decision'
      decidedOn: string
      /** 'KS-2025-00462': a case of demoCases. */
      caseNumber: string
      decisionMaker: DecisionMaker
      action: string
      point: string
    }
  | { kind: 'periodSummary'; unit: string; action: string }

/** The period the KS meeting of 2025-12-15 is told about. */
export const demoReportingPeriod = { from: '2025-11-05', to: '2025-12-09' }

export const demoDelegatedDecisions = {
  rekAi: {
    kind: 'decision',
    decidedOn: '2025-11-18',
    caseNumber: 'KS-2025-00462',
    decisionMaker: serviceDeskHead,
    action:
      'Tecknat avtal mellan REK AI AB och Kalix kommun. REK AI är ett molnbaserat verktyg för att skapa personliga användarupplevelser vid besök av webbsidor och applikationer',
    point: '10.1',
  },
  atea: {
    kind: 'decision',
    decidedOn: '2025-11-20',
    caseNumber: 'KS-2025-00469',
    decisionMaker: itManager,
    action:
      'Tecknat avtal mellan Atea AV och Kalix kommun. Avtalet avser en direktupphandling av ny teknik till sessionssalen.',
    point: '10.1',
  },
  loanKi159532: {
    kind: 'decision',
    decidedOn: '2025-11-21',
    caseNumber: 'KS-2025-00473',
    decisionMaker: cfo,
    action:
      'Beslutat att omplacera befintligt lån KI_159532 på 50 mnkr med ett nytt lån på 45 mnkr (och därmed amortera 5 mnkr) hos Kommuninvest.',
    point: '7.2',
  },
  angesa: {
    kind: 'decision',
    decidedOn: '2025-11-26',
    caseNumber: 'KS-2025-00471',
    decisionMaker: chair,
    action: 'Yttrande över komplettering till ärende sökta koncessioner inom Ängeså sameby.',
    point: '13.1',
  },
  mirror: {
    kind: 'decision',
    decidedOn: '2025-12-09',
    caseNumber: 'KS-2025-00500',
    decisionMaker: serviceDeskHead,
    action:
      'Tecknat avtal mellan Mirror Partner Utveckling AB och Kalix kommun. Mirror levererar tjänster inom webbutveckling, systemutveckling, kommunikation och IT.',
    point: '10.1',
  },
  bothnianCoastalRoute: {
    kind: 'decision',
    decidedOn: '2025-12-02',
    caseNumber: 'KS-2025-00394',
    decisionMaker: chair,
    action:
      'Bekräftat åtagandet att stödja genomförandet av det föreslagna Interreg Aurorafinansierade projektet Bothnian Coastal Route 2.',
    point: '13.1',
  },
  loan: {
    kind: 'decision',
    decidedOn: '2025-11-21',
    caseNumber: 'KS-2025-00474',
    decisionMaker: cfo,
    action: 'Beslutat att omplacera befintligt lån hos Kommuninvest.',
    point: '7.2',
  },
  tallen: {
    kind: 'decision',
    decidedOn: '2025-12-05',
    caseNumber: 'KS-2025-00346',
    decisionMaker: chair,
    action: 'Yttrande över detaljplaneförslag för kv Tallen.',
    point: '4.1',
  },
  serviceDesk: {
    kind: 'periodSummary',
    unit: 'Service- och kommunikationsenheten',
    action:
      'Beslut fattats om remittering av framställningar och överlämnade av ärenden för handläggning.',
  },
  employerUnit: {
    kind: 'periodSummary',
    unit: 'Arbetsgivarenheten',
    action:
      'Beslut fattats om anställningar, arbetsbefrämjande åtgärder, förhandlingar, löneplaceringar, pensioner, avbetalningsplaner och tjänstledigheter.',
  },
  ksau: {
    kind: 'periodSummary',
    unit: 'Kommunstyrelsens arbets- och personalutskott',
    action: 'Beslut fattats i enlighet med protokoll den 20 oktober 2025, §§ 89-101.',
  },
} satisfies Record<string, DemoDelegatedDecision>

/** The rows in the seed's order (neither by point nor by date). */
export const demoDelegationReportOrder: (keyof typeof demoDelegatedDecisions)[] = [
  'rekAi',
  'atea',
  'loanKi159532',
  'angesa',
  'mirror',
  'bothnianCoastalRoute',
  'loan',
  'tallen',
  'serviceDesk',
  'employerUnit',
  'ksau',
]
