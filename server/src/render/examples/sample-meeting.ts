import { appealPeriod } from '../../domain/appeal.js'
import type { MinutesSectionView, MinutesView, NoticeView } from '../view-models.js'

/**
 * A fictional meeting that uses every part the seeds leave out (serving substitutes, others
 * present, motions, a named vote decided by the chair's casting vote, a dissent with grounds, a
 * minutes note, jäv, immediate attestation, recipients, a filled-in posting) and scales to any
 * number of items for benchmarks. Names are invented.
 */

const contested: MinutesSectionView = {
  number: 12,
  title: 'Försäljning av fastigheten Ekorren 4',
  caseNumber: 'KS 2025/0042',
  recusals: [{ name: 'Per Ek (S)', replacedBy: 'Lena Holm (S)' }],
  documents: ['Kommunledningskontorets tjänsteskrivelse den 10 februari 2025.'],
  background: ['Fastigheten har inte använts i kommunens verksamhet sedan 2019.'],
  motions: [
    { by: 'Anna Berg (M)', text: 'bifall till kommunledningskontorets förslag.' },
    { by: 'Karin Lund (V)', text: 'avslag på förslaget.' },
  ],
  propositionOrder: [
    'Ordföranden ställer proposition på bifall och avslag och finner att arbetsutskottet beslutar bifalla förslaget. Votering begärs.',
  ],
  votes: [
    {
      question: 'Ja-röst för bifall, nej-röst för Karin Lunds (V) avslagsyrkande.',
      ballots: [
        { name: 'Anna Berg (M)', vote: 'yes' },
        { name: 'Olof Sand (C)', vote: 'yes' },
        { name: 'Karin Lund (V)', vote: 'no' },
        { name: 'Lena Holm (S)', vote: 'no' },
      ],
      castingVote: 'Ordföranden använder sin utslagsröst för ja.',
      result: 'Med ordförandens utslagsröst beslutar arbetsutskottet bifalla förslaget.',
    },
  ],
  decision: ['Kommunstyrelsens arbetsutskott godkänner försäljningen av fastigheten Ekorren 4.'],
  immediatelyAttested: true,
  dissents: [
    {
      by: ['Karin Lund (V)', 'Lena Holm (S)'],
      grounds: ['Fastigheten behövs för kommunens framtida förskoleplatser.'],
    },
  ],
  notes: [{ by: 'Olof Sand (C)', text: ['Köpeskillingen bör redovisas för kommunstyrelsen.'] }],
  recipients: ['Kommunledningskontoret', 'Mark- och exploateringsenheten'],
}

function routine(number: number): MinutesSectionView {
  return {
    number,
    title: `Ärende ${number} – rapport`,
    caseNumber: `KS 2025/${String(number).padStart(4, '0')}`,
    documents: [`Tjänsteskrivelse den 3 mars 2025 om ärende ${number}.`],
    background: ['Ärendet har beretts av kommunledningskontoret.'],
    decision: ['Arbetsutskottet lägger rapporten till handlingarna.'],
  }
}

/** Minutes of the fictional meeting: § 12 is contested, the rest routine up to `sections` §§. */
export function sampleMinutes(sections = 4): MinutesView {
  return {
    municipality: 'Exempelby kommun',
    committee: 'Kommunstyrelsens arbetsutskott',
    meetingDate: '2025-03-03',
    startTime: '13:00',
    endTime: '15:30',
    timeNote: 'ajournering 14:00–14:15',
    place: 'Sammanträdesrummet, kommunhuset',
    deciding: [
      { name: 'Anna Berg', party: 'M', role: 'chair' },
      { name: 'Olof Sand', party: 'C', role: 'viceChair' },
      { name: 'Karin Lund', party: 'V' },
      {
        name: 'Lena Holm',
        party: 'S',
        role: 'servingSubstitute',
        servingFor: 'Per Ek (S)',
        note: '§ 12',
      },
      { name: 'Per Ek', party: 'S', note: '§§ 13–15' },
    ],
    nonServingSubstitutes: [{ name: 'Nils Ström', party: 'M', role: 'substitute' }],
    othersPresent: [{ name: 'Eva Strand', title: 'kommundirektör' }],
    secretary: 'Maria Lind',
    attesters: [
      { name: 'Anna Berg', party: 'M', role: 'chair' },
      { name: 'Karin Lund', party: 'V' },
    ],
    attestationPlaceAndTime: 'Kommunhuset 2025-03-05',
    sections: [contested, ...Array.from({ length: sections - 1 }, (_, i) => routine(13 + i))],
    posting: {
      ...appealPeriod('2025-03-05'),
      storedAt: 'Kommunledningskontoret',
      signedBy: 'Maria Lind',
    },
  }
}

/** A notice with `items` numbered case items, for benchmarks and layout tests. */
export function sampleNotice(items = 40): NoticeView {
  return {
    municipality: 'Exempelby kommun',
    committee: 'Kommunstyrelsen',
    meetingDate: '2025-03-10',
    startTime: '09:00',
    place: 'Kommunhuset',
    secretary: 'Maria Lind',
    chair: { name: 'Anna Berg' },
    issuedOn: '2025-03-03',
    items: Array.from({ length: items }, (_, i) => ({
      number: i + 1,
      title: `Ärende ${i + 1} – ${i % 3 === 0 ? 'Yttrande över remiss om regional utvecklingsstrategi' : 'Rapport'}`,
      caseNumber: `KS-2025-${String(i + 1).padStart(5, '0')}`,
      documents: [`Tjänsteskrivelse ärende ${i + 1}`],
      proposedDecision: ['Kommunstyrelsen lägger rapporten till handlingarna.'],
    })),
  }
}
