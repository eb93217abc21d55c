import { describe, expect, it } from 'vitest'
import { findPersonnummer } from './personnummer.js'

// Valid numbers as the `personnummer` package (an independent implementation) accepts them.
const values = (t: string) =>
  findPersonnummer(t).map((f) => `${f.type}:${f.value}${f.suspected ? '?' : ''}`)

describe('personnummer and samordningsnummer', () => {
  it('finds valid numbers with and without century, with -, + or no separator', () => {
    expect(values('Sökande 19900101-0017 och 196408233234, 000101-0107 samt 5108189167.')).toEqual([
      'personnummer:19900101-0017',
      'personnummer:196408233234',
      'personnummer:000101-0107',
      'personnummer:5108189167',
    ])
    expect(values('Född 1913, pnr 130401+2931.')).toEqual(['personnummer:130401+2931'])
  })

  it('finds samordningsnummer (day + 60)', () => {
    expect(values('Samordningsnr 701063-2391, 19640883-3231')).toEqual([
      'samordningsnummer:701063-2391',
      'samordningsnummer:19640883-3231',
    ])
  })

  it('accepts 29 February only in leap years when the century is given', () => {
    expect(values('200002296127')).toEqual(['personnummer:200002296127'])
    expect(values('000229-6127')).toEqual(['personnummer:000229-6127'])
    expect(values('19000229-6127')).toEqual([]) // 1900 was no leap year
  })

  it('takes an en dash, a spaced dash or a space between the parts', () => {
    expect(values('850101–1236 och 850101 - 1236 och 850101 1236')).toHaveLength(3)
  })

  it('flags a valid date with a separator and a wrong check digit as suspected, not a bare run', () => {
    expect(values('pnr 850101-1237')).toEqual(['personnummer:850101-1237?'])
    expect(values('ordernummer 8501011237')).toEqual([])
  })

  it('leaves dates, case numbers, organisation numbers and longer digit runs alone', () => {
    const clean =
      'Beslut 2025-12-15 i ärende KS-2025-00466, Dnr 2025–00469, KS 2022/1197, BUN 2018/41, ' +
      'Kalix kommun 212000-2627, lån KI_159532 på 50 mnkr, 20251215, kl. 09:00, 4 100 000 kr, ' +
      'SFS 2017:725, OSL 26:1, §§ 89-101, konto 12345678901234.'
    expect(values(clean)).toEqual([])
  })

  it('does not take a personnummer out of a longer number', () => {
    expect(values('9850101123645')).toEqual([])
  })
})
