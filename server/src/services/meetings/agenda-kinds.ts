import type { AgendaItemKind } from '../../db/schema.js'

/** The kinds of agenda items and how they are named in Swedish. */
export const AGENDA_KINDS: AgendaItemKind[] = [
  'rollCall',
  'attesterElection',
  'agendaApproval',
  'case',
  'information',
  'communications',
  'delegationReport',
]

export const KIND_LABEL: Record<AgendaItemKind, string> = {
  rollCall: 'Upprop',
  attesterElection: 'Val av justerare',
  agendaApproval: 'Godkännande av ärendelista',
  case: 'Ärende',
  information: 'Information',
  communications: 'Meddelanden',
  delegationReport: 'Redovisning av delegationsbeslut',
}

/** The standard opening of every meeting, in this order. */
export const OPENING_KINDS: AgendaItemKind[] = ['rollCall', 'attesterElection', 'agendaApproval']

/**
 * Whether an item gets a § number by default. The opening items do not (Kalmar KSAU's minutes
 * number only the matters: "Fastställande av dagordning" has no §); a secretary may change it.
 */
export const numberedByDefault = (kind: AgendaItemKind) => !OPENING_KINDS.includes(kind)

/** Items that must refer to a case; communications and the delegation report may. */
export const CASE_KINDS: AgendaItemKind[] = ['case']
export const MAY_HAVE_CASE: AgendaItemKind[] = [
  'case',
  'information',
  'communications',
  'delegationReport',
]
