import type { Finding } from './types.js'

/**
 * Swedish registration numbers (Transportstyrelsen): three letters without I, Q, V, Å, Ä, Ö,
 * two digits and a digit or (since 2019) a letter, with or without a space: "ABC 123", "MLB 84K".
 * Not a statute or a case reference ("SFS 2017:725", "BUN 123/2018") and not an amount ("SEK 100").
 */
const PLATE =
  /(?<![A-Za-zÅÄÖåäö0-9-])([A-HJ-PR-UW-Z]{3})[ \u00a0]?\d{2}[0-9A-HJ-NPR-UW-Z](?![A-Za-zÅÄÖåäö0-9]|[/:.,–-]\d)/g

const NOT_PLATES = new Set(
  `SEK EUR USD NOK DKK GBP CHF JPY MKR TKR ISO SFS OSL SOU DIR PBL LOU LSS LVU LVM LPT BUN KSN
  TEK MBN SBN SON UBN KFN KTN MHN OFN VON BMN SMN NMN AMN KAN TKN BYN FAR DNR NRS ANM RSK BBR
  EKS MSB SKR SCB CSN KPR ART NRP KAP MOM PKT BIL AVD`
    .split(/\s+/)
    .filter(Boolean),
)

export function findVehicles(text: string): Finding[] {
  const out: Finding[] = []
  PLATE.lastIndex = 0
  for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
    if (NOT_PLATES.has(m[1]!)) continue
    out.push({
      type: 'vehicle',
      start: m.index,
      end: m.index + m[0].length,
      value: m[0],
      reason: 'Registreringsnummer för fordon.',
    })
  }
  return out
}
