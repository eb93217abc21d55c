import { digitRuns, isAsciiUpper, matchAtRuns, type DigitRuns } from './digit-runs.js'
import type { Finding } from './types.js'

/**
 * Swedish registration numbers (Transportstyrelsen): three letters without I, Q, V, Å, Ä, Ö,
 * two digits and a digit or (since 2019) a letter, with or without a space: "ABC 123", "MLB 84K".
 * Not a statute or a case reference ("SFS 2017:725", "BUN 123/2018") and not an amount ("SEK 100").
 */
// Tried four and three characters before each run of digits ("ABC 123", "ABC123").
const PLATE =
  /(?<![A-Za-zÅÄÖåäö0-9-])([A-HJ-PR-UW-Z]{3})[ \u00a0]?\d{2}[0-9A-HJ-NPR-UW-Z](?![A-Za-zÅÄÖåäö0-9]|[/:.,–-]\d)/y

const NOT_PLATES = new Set(
  `SEK EUR USD NOK DKK GBP CHF JPY MKR TKR ISO SFS OSL SOU DIR PBL LOU LSS LVU LVM LPT BUN KSN
  TEK MBN SBN SON UBN KFN KTN MHN OFN VON BMN SMN NMN AMN KAN TKN BYN FAR DNR NRS ANM RSK BBR
  EKS MSB SKR SCB CSN KPR ART NRP KAP MOM PKT BIL AVD`
    .split(/\s+/)
    .filter(Boolean),
)

export function findVehicles(text: string, runs: DigitRuns = digitRuns(text)): Finding[] {
  const out: Finding[] = []
  matchAtRuns(text, runs, PLATE, [-4, -3], isAsciiUpper, (m) => {
    const end = m.index + m[0].length
    if (!NOT_PLATES.has(m[1]!))
      out.push({
        type: 'vehicle',
        start: m.index,
        end,
        value: m[0],
        reason: 'Registreringsnummer för fordon.',
      })
    return end
  })
  return out
}
