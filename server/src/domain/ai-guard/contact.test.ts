import { describe, expect, it } from 'vitest'
import { findEmails, findPhones } from './contact.js'

const phones = (t: string) => findPhones(t).map((f) => f.value)
const emails = (t: string) => findEmails(t).map((f) => f.value)

describe('e-mail addresses', () => {
  it('finds addresses with Swedish letters, subdomains, mailto: and hidden @', () => {
    expect(
      emails(
        'Skriv till anna.svensson@kalix.se, mailto:kommun@kalix.se eller åsa-lo@skola.kalmar.se.',
      ),
    ).toEqual(['anna.svensson@kalix.se', 'kommun@kalix.se', 'åsa-lo@skola.kalmar.se'])
    expect(emails('per.berg (at) kalix.se och per[at]kalix.se')).toEqual([
      'per.berg (at) kalix.se',
      'per[at]kalix.se',
    ])
    // In capitals too, also when no lower-case "(at)" stands elsewhere in the text.
    expect(emails('Kontakt: PER.BERG(AT)KALIX.SE')).toEqual(['PER.BERG(AT)KALIX.SE'])
  })

  it('needs a domain with a top-level part', () => {
    expect(emails('@kalix, a@b, möte @ 10, x@y.z')).toEqual([])
  })
})

describe('phone numbers', () => {
  it('finds compact international numbers and leaves reference numbers alone', () => {
    expect(phones('Ring +46701234567 eller +46 70 123 45 67.')).toEqual([
      '+46701234567',
      '+46 70 123 45 67',
    ])
    expect(phones('Ordernummer 0313044711, OCR-nummer 0431222471, fakturanr: 0701234567.')).toEqual(
      [],
    )
  })

  it('finds mobile numbers in the usual groupings', () => {
    expect(phones('070-123 45 67, 0701234567, 073 123 45 67, 076-1234567')).toEqual([
      '070-123 45 67',
      '0701234567',
      '073 123 45 67',
      '076-1234567',
    ])
  })

  it('finds landlines with area codes and +46 / 0046 forms', () => {
    expect(phones('0923-650 00, 08-123 456 78, 031-12 34 56, (0480) 45 00 00')).toEqual([
      '0923-650 00',
      '08-123 456 78',
      '031-12 34 56',
      '(0480) 45 00 00',
    ])
    expect(
      phones('+46 70 123 45 67, +46 (0)8 123 45 67, 0046 923 650 00, +358 40 123 4567'),
    ).toEqual(['+46 70 123 45 67', '+46 (0)8 123 45 67', '0046 923 650 00', '+358 40 123 4567'])
  })

  it('stops before an amount after the number', () => {
    expect(phones('ring 070-123 45 67 4 100 000 kr')).toEqual(['070-123 45 67'])
  })

  it('leaves case numbers, dates, times, amounts and postcodes alone', () => {
    const clean =
      'Dnr 2025-00462, 2025–00469, KS-2025-00466, KS 2024/0197, BUN 2018/41, 2025-12-15, kl. 09:00, ' +
      '0,5 procent, 4 100 000 kr, 952 81 Kalix, SFS 2017:725, §§ 27-36, KI_159532, 212000-2627, 070'
    expect(phones(clean)).toEqual([])
  })

  it('rejects a mobile number with the wrong length', () => {
    expect(phones('070-123 45 6 och 070-123 45 678')).toEqual([])
  })
})
