import { findAddresses, findPostcodes } from './addresses.js'
import { findBankNumbers } from './bank.js'
import { findConfidentialStamps, registryConfidential } from './confidential.js'
import { findEmails, findPhones } from './contact.js'
import { decide } from './decide.js'
import { digitRuns } from './digit-runs.js'
import { unreadable } from './input-check.js'
import { keywordHints, type KeywordHints } from './keyword-hints.js'
import { findNames } from './names.js'
import { resolveOverlaps } from './overlaps.js'
import { findPersonnummer } from './personnummer.js'
import { recheckFinds } from './recheck.js'
import { redact, restore } from './redact.js'
import { findSensitiveNear } from './sensitive.js'
import { DATA_CLASSES, type Finding, type GuardInput, type GuardResult } from './types.js'
import { findVehicles } from './vehicles.js'

export * from './types.js'
export { restore }
export { MAX_TEXT_LENGTH } from './input-check.js'

/**
 * The AI guard: what may leave Kansli for an AI service. Pure (no I/O, no clock). The caller
 * sends `redacted` on REDACT, `text` on ALLOW, nothing on BLOCK (then `redacted` is empty), and
 * keeps `mapping` inside Kansli to `restore` the draft for the person who reviews it.
 */
export function guard(input: GuardInput): GuardResult {
  try {
    return run(input)
  } catch {
    // Anything the guard cannot process is not sent.
    return blocked(['Granskningen av texten misslyckades; texten skickas inte.'])
  }
}

function blocked(reasons: string[], findings: Finding[] = []): GuardResult {
  return { decision: 'BLOCK', reasons, findings, classes: [], redacted: '', mapping: new Map() }
}

function run(input: GuardInput): GuardResult {
  const problem = unreadable(input?.text)
  if (problem) return blocked([problem])
  const allowed = Array.isArray(input.allowedClasses) ? input.allowedClasses : null
  if (!allowed || allowed.some((c) => !DATA_CLASSES.includes(c)))
    return blocked(['Tjänstens godkända dataklasser är okända; texten skickas inte.'])
  const text = input.text
  // Keywords found once for the account, giro and secrecy-stamp detectors.
  const hints = keywordHints(text)
  const personal = findPersonal(text, input.knownPublic ?? [], hints)
  const sensitive = personal.length ? findSensitiveNear(text, personal) : []
  const confidential = findConfidentialStamps(text, hints)
  if (input.confidential)
    confidential.unshift(registryConfidential(text, input.confidential.ground))
  const findings = [...personal, ...sensitive, ...confidential].sort((a, b) => a.start - b.start)
  const verdict = decide(findings, allowed)
  const base = { findings, classes: verdict.classes, reasons: verdict.reasons }
  if (verdict.decision === 'BLOCK')
    return { ...blocked(verdict.reasons, findings), classes: verdict.classes }
  if (verdict.decision === 'ALLOW')
    return { ...base, decision: 'ALLOW', redacted: text, mapping: new Map() }
  const toMask = allowed.includes('personal') ? [] : personal
  const { redacted, mapping, spans } = redact(text, toMask)
  // The redacted text must itself pass: anything a second look still finds is not sent.
  const left = recheckFinds(redacted, spans, (window) =>
    findPersonal(window, input.knownPublic ?? []),
  )
  if (left)
    return {
      ...blocked(
        [
          ...verdict.reasons,
          'Maskningen lämnade kvar uppgifter som ser personliga ut; texten skickas inte.',
        ],
        findings,
      ),
      classes: verdict.classes,
    }
  return { ...base, decision: 'REDACT', redacted, mapping }
}

/** Every personal-data span, one finding per stretch of text. */
export function findPersonal(
  text: string,
  knownPublic: string[] = [],
  hints: KeywordHints = keywordHints(text),
): Finding[] {
  const runs = digitRuns(text)
  const all = [
    ...findPersonnummer(text, runs),
    ...findEmails(text),
    ...findPhones(text, runs),
    ...findBankNumbers(text, runs, hints),
    ...findVehicles(text, runs),
    ...findAddresses(text, runs),
    ...findPostcodes(text, runs),
    ...findNames(text),
  ]
  const resolved = resolveOverlaps(text, all)
  if (knownPublic.length === 0) return resolved
  const known = knownPublic.map(compact).filter((k) => k.length > 0)
  return resolved.filter((f) => {
    const c = compact(f.value)
    return !(c.length >= 5 && known.some((k) => k.includes(c)))
  })
}

function compact(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9åäöéü@.]/g, '')
}
