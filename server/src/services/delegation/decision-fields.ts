import { validateDelegatedDecisionRecording } from '../../domain/delegation.js'
import { ValidationError, assertNoFieldErrors, type FieldError } from '../../domain/errors.js'
import { assertIsoDate } from '../../domain/swedish-calendar.js'
import { textField } from '../../domain/text-fields.js'

/** A delegated decision as entered, or a period summary ("För perioden …, Arbetsgivarenheten"). */
export interface DecisionInput {
  committeeId: string
  kind?: 'decision' | 'periodSummary'
  decidedOn?: string | null
  period?: { from: string; to: string } | null
  /** The point, by id, or by number in the version in force on the decision date. */
  pointId?: string | null
  point?: string | null
  caseId?: string | null
  /** Who decided: 'Jeanette Larsson', 'Ekonomichef'. */
  decisionMaker?: { name: string; title?: string | null } | null
  /** A summary's unit: 'Arbetsgivarenheten'. */
  unit?: string | null
  /** What was decided (beslutsfattande åtgärd). */
  action: string
  amountSek?: number | null
  /** The meeting it is reported to; or `reportLater`; or `separateMinutes` (KL 6 kap. 40 §). */
  reportTo?: string | null
  reportLater?: boolean
  separateMinutes?: boolean
  /** Where the separate protocol is kept: 'Delegationsprotokoll ekonomi 2025:14'. */
  separateMinutesReference?: string | null
  /** The day the separate protocol was posted (anslag): its appeal period runs from then. */
  separateMinutesPostedOn?: string | null
}

/** The checked, trimmed values; the point, case and meeting are resolved by the command. */
export interface DecisionFields {
  kind: 'decision' | 'periodSummary'
  decidedOn: string | null
  periodFrom: string | null
  periodTo: string | null
  /** The last day the decision or summary covers. */
  lastDay: string
  firstDay: string
  decisionMakerName: string | null
  decisionMakerTitle: string | null
  unit: string | null
  action: string
  amountSek: number | null
  recording: 'report' | 'separateMinutes'
  separateMinutesReference: string | null
  separateMinutesPostedOn: string | null
}

function dateField(
  fields: FieldError[],
  field: string,
  value: string | null | undefined,
  today: string,
) {
  if (!value) {
    fields.push({ field, message: 'Ange datum.' })
    return null
  }
  try {
    assertIsoDate(value, field)
  } catch {
    fields.push({ field, message: 'Ange ett datum på formen ÅÅÅÅ-MM-DD.' })
    return null
  }
  if (value > today) {
    fields.push({ field, message: 'Datumet kan inte ligga i framtiden.' })
    return null
  }
  return value
}

/** Checks the input's own fields and lists every problem at once, in Swedish. */
export function decisionFields(input: DecisionInput, today: string): DecisionFields {
  const fields: FieldError[] = []
  const kind = input.kind ?? 'decision'
  if (kind !== 'decision' && kind !== 'periodSummary')
    throw new ValidationError('Okänd typ av delegationsbeslut.', [
      { field: 'kind', message: 'Välj enskilt beslut eller sammanställning för en period.' },
    ])
  let recording: DecisionFields['recording'] = 'report'
  try {
    recording = validateDelegatedDecisionRecording(input)
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    fields.push(...err.fields)
  }
  let decidedOn: string | null = null
  let periodFrom: string | null = null
  let periodTo: string | null = null
  let name: string | null = null
  let title: string | null = null
  let unit: string | null = null
  if (kind === 'decision') {
    decidedOn = dateField(fields, 'decidedOn', input.decidedOn, today)
    if (!input.pointId && !input.point)
      fields.push({ field: 'point', message: 'Ange delegationspunkten beslutet fattats enligt.' })
    name = textField(fields, 'decisionMaker.name', input.decisionMaker?.name, {
      label: 'beslutsfattarens namn',
      max: 200,
      required: true,
    })
    title = textField(fields, 'decisionMaker.title', input.decisionMaker?.title, {
      label: 'beslutsfattarens befattning',
      max: 300,
    })
  } else {
    periodFrom = dateField(fields, 'period.from', input.period?.from, today)
    periodTo = dateField(fields, 'period.to', input.period?.to, today)
    if (periodFrom && periodTo && periodFrom > periodTo)
      fields.push({ field: 'period.to', message: 'Periodens slut ligger före dess början.' })
    unit = textField(fields, 'unit', input.unit, {
      label: 'enheten eller organet som fattat besluten',
      max: 300,
      required: true,
    })
  }
  const action = textField(fields, 'action', input.action, {
    label: 'vad som beslutats',
    max: 4000,
    required: true,
  })
  const amount = input.amountSek ?? null
  if (amount !== null && (!Number.isInteger(amount) || amount < 0 || amount > 1e13))
    fields.push({ field: 'amountSek', message: 'Ange beloppet i hela kronor.' })
  const reference = textField(fields, 'separateMinutesReference', input.separateMinutesReference, {
    label: 'var det särskilda protokollet förvaras',
    max: 500,
  })
  const postedOn = input.separateMinutesPostedOn
    ? dateField(fields, 'separateMinutesPostedOn', input.separateMinutesPostedOn, today)
    : null
  const last = decidedOn ?? periodTo
  if (postedOn && last && postedOn < last)
    fields.push({
      field: 'separateMinutesPostedOn',
      message: 'Protokollet kan inte ha anslagits före beslutet.',
    })
  assertNoFieldErrors(
    fields,
    'Delegationsbeslutet kunde inte sparas. Rätta de markerade uppgifterna.',
  )
  const firstDay = (decidedOn ?? periodFrom)!
  return {
    kind,
    decidedOn,
    periodFrom,
    periodTo,
    firstDay,
    lastDay: (decidedOn ?? periodTo)!,
    decisionMakerName: name,
    decisionMakerTitle: title,
    unit,
    action: action!,
    amountSek: amount,
    recording,
    separateMinutesReference: recording === 'separateMinutes' ? reference : null,
    separateMinutesPostedOn: recording === 'separateMinutes' ? postedOn : null,
  }
}
