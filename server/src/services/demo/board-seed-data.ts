import type { AgendaItemKind, MembershipRole } from '../../db/schema.js'

/**
 * The board-administration part of the demo: the people of Kommunstyrelsen and its arbets- och
 * personalutskott, the utskott's meeting whose §§ 97–98 the KS notice quotes, and the Kalix KS
 * meeting of 2025-12-15 with the seed's twenty items (seeds/kalix-ks-kallelse-2025-12-15.txt).
 * The chair and the secretary are the seed's; the other people are invented, and marked so.
 */
export interface DemoSeat {
  name: string
  party: string
  role: MembershipRole
  /** A demo login linked to the person (demoUsers in kalix-seed-data.ts). */
  username?: string
}

/** Kommunstyrelsen: Susanne Andersson (S) chairs it in the seed; the rest are invented. */
export const ksSeats: DemoSeat[] = [
  { name: 'Susanne Andersson', party: 'S', role: 'chair', username: 'susanne.andersson' },
  { name: 'Henrik Fors', party: 'M', role: 'viceChair' },
  { name: 'Tommy Nyström', party: 'S', role: 'member' },
  { name: 'Linda Forsberg', party: 'S', role: 'member' },
  { name: 'Ove Karlsson', party: 'S', role: 'member' },
  { name: 'Agnetha Öberg', party: 'M', role: 'member' },
  { name: 'Jonas Sandberg', party: 'SD', role: 'member' },
  { name: 'Maria Lundström', party: 'V', role: 'member' },
  { name: 'Erik Holmgren', party: 'C', role: 'member' },
  { name: 'Anneli Björk', party: 'KD', role: 'member' },
  { name: 'Göran Wikström', party: 'S', role: 'member' },
  // Substitutes in their order of service.
  { name: 'Åsa Lindqvist', party: 'S', role: 'substitute', username: 'asa.lindqvist' },
  { name: 'Per-Erik Ström', party: 'S', role: 'substitute' },
  { name: 'Lars Berg', party: 'M', role: 'substitute' },
  { name: 'Sofia Nilsson', party: 'SD', role: 'substitute' },
  { name: 'Karin Ek', party: 'V', role: 'substitute' },
  { name: 'Mikael Granlund', party: 'C', role: 'substitute' },
]

/** The utskott: five of the board's members (invented, but for the chair). */
export const ksauSeats: DemoSeat[] = [
  { name: 'Susanne Andersson', party: 'S', role: 'chair', username: 'susanne.andersson' },
  { name: 'Henrik Fors', party: 'M', role: 'viceChair' },
  { name: 'Tommy Nyström', party: 'S', role: 'member' },
  { name: 'Linda Forsberg', party: 'S', role: 'member' },
  { name: 'Erik Holmgren', party: 'C', role: 'member' },
  { name: 'Ove Karlsson', party: 'S', role: 'substitute' },
  { name: 'Agnetha Öberg', party: 'M', role: 'substitute' },
]

export interface DemoAgendaItem {
  kind: AgendaItemKind
  title: string
  /** 'KS-2025-00466': a case of demoCases. */
  caseNumber?: string
  /** The decision, for a meeting that has been held. */
  decision?: string
}

/**
 * The utskott's meeting whose §§ 97 and 98 the KS notice quotes. Its date is not in the seed:
 * the delegation report names "protokoll den 20 oktober 2025, §§ 89-101", but §§ 97–98 deal
 * with the monthly reports for January–October, which need a later meeting, so 2025-12-01 is
 * assumed and the numbering imported at § 96.
 */
export const ksauMeeting = {
  meetsOn: '2025-12-01',
  startsAt: '08:30',
  place: 'Sammanträdesrum Kalixälven, kommunhuset',
  noticeSentOn: '2025-11-24',
  lastSectionBefore: 96,
  lastMeetingBefore: '2025-11-17',
  items: [
    {
      kind: 'case',
      title: 'Månadsrapport 2025 - kommunstyrelsen',
      caseNumber: 'KS-2025-00063',
      decision:
        'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga kommunstyrelsens månadsrapport för januari-oktober 2025 till handlingarna.\n\nKommunstyrelsens arbets- och personalutskott föreslår vidare att kommunstyrelsen uppmanar verksamheterna att vidta åtgärder för en budget i balans.',
    },
    {
      kind: 'case',
      title: 'Månadsrapport 2025 - Kalix kommun',
      caseNumber: 'KS-2025-00453',
      decision:
        'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga månadsrapporten för januari-oktober 2025 till handlingarna.\n\nKommunstyrelsens arbets- och personalutskott föreslår vidare kommunstyrelsen att uppmana de egna verksamheterna samt nämnder med prognostiserat negativ budgetavvikelse att vidta åtgärder för en budget i balans.',
    },
  ] satisfies DemoAgendaItem[],
}

/** Kalix KS 2025-12-15: the seed's ÄRENDEN list, in order (the three opening items are made
 * when the meeting is scheduled). The notice went out on 2025-12-05 (the date under it). */
export const ksMeeting = {
  meetsOn: '2025-12-15',
  startsAt: '09:00',
  place: 'Folkets hus, Bergön',
  noticeSentOn: '2025-12-05',
  items: [
    { kind: 'rollCall', title: 'Upprop' },
    {
      kind: 'information',
      title:
        'Utbildning - Barnrätt, barnrättskonsekvensanalys (BKA) och psykisk hälsa med Johanna Wester',
    },
    { kind: 'attesterElection', title: 'Val av justerare' },
    { kind: 'agendaApproval', title: 'Godkännande av ärendelista' },
    {
      kind: 'communications',
      title: 'Meddelanden - 15 december 2025',
      caseNumber: 'KS-2025-00466',
    },
    {
      kind: 'delegationReport',
      title: 'Redovisning - Delegerade ärenden',
      caseNumber: 'KS-2025-00502',
    },
    {
      kind: 'case',
      title: 'Val - Ersättare - Ombud Kalix Industrihotell AB (S)',
      caseNumber: 'KS-2025-00450',
    },
    {
      kind: 'case',
      title: 'Val - Ersättare - Ombud Kalix Nya Centrum KB (S)',
      caseNumber: 'KS-2025-00451',
    },
    {
      kind: 'case',
      title: 'Val - Ersättare - Ombud Kalix älv, ekonomisk förening (S)',
      caseNumber: 'KS-2025-00467',
    },
    {
      kind: 'case',
      title: 'Val - Ersättare - Kommunalt pensionärsråd (S)',
      caseNumber: 'KS-2025-00468',
    },
    { kind: 'case', title: 'Val - Tekniskt utskott', caseNumber: 'KS-2025-00470' },
    {
      kind: 'case',
      title: 'Val - Kommunstyrelsens arbets- och personalutskott',
      caseNumber: 'KS-2025-00476',
    },
    { kind: 'case', title: 'Uppföljning - ANDTS-plan 2025', caseNumber: 'KS-2025-00461' },
    {
      kind: 'case',
      title:
        'Inrapportering av enkätsvar - gällande kommunernas återrapportering gällande genomförandet av vattenmyndighetens åtgärdsprogram för vatten 2022–2027',
      caseNumber: 'KS-2024-00477',
    },
    { kind: 'case', title: 'Sammanträdesplan - Kommunstyrelsen', caseNumber: 'KS-2025-00404' },
    {
      kind: 'case',
      title: 'Revidering - Kommunstyrelsens delegationsordning',
      caseNumber: 'KS-2025-00483',
    },
    {
      kind: 'case',
      title: 'Månadsrapport 2025 - kommunstyrelsen',
      caseNumber: 'KS-2025-00063',
    },
    {
      kind: 'case',
      title: 'Månadsrapport 2025 - Kalix kommun',
      caseNumber: 'KS-2025-00453',
    },
    { kind: 'case', title: 'Riktlinjer för användning av AI', caseNumber: 'KS-2025-00494' },
    { kind: 'information', title: 'Synpunkter - Rapport' },
  ] satisfies DemoAgendaItem[],
}

/** Invented: a board meeting ahead of the day the demo is made, for the members' pages. */
export const nextKsMeeting = {
  /** Days from the day the demo is created to the meeting, moved on to a Monday. */
  daysAhead: 21,
  startsAt: '09:00',
  place: 'Folkets hus, Bergön',
  items: [
    { kind: 'information', title: 'Information från kommundirektören' },
    {
      kind: 'information',
      title: 'Informationssäkerhetsincident – nätfiskeförsök mot kommunens e-post',
      caseNumber: 'KS-2025-00505',
    },
  ] satisfies DemoAgendaItem[],
}
