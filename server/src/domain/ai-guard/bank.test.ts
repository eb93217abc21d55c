import { describe, expect, it } from 'vitest'
import { findBankNumbers } from './bank.js'
import { ibanValid, luhnValid } from './checksums.js'

const found = (t: string) =>
  findBankNumbers(t).map((f) => `${f.type}:${f.value}${f.suspected ? '?' : ''}`)

describe('payment identifiers', () => {
  it('checks IBAN mod 97 and Luhn', () => {
    expect(ibanValid('SE4550000000058398257466')).toBe(true)
    expect(ibanValid('SE4550000000058398257467')).toBe(false)
    expect(ibanValid('GB82WEST12345698765432')).toBe(true)
    expect(luhnValid('50501055')).toBe(true)
    expect(luhnValid('50501056')).toBe(false)
  })

  it('finds IBAN with or without spaces; a Swedish one with bad check digits as suspected', () => {
    expect(found('IBAN SE45 5000 0000 0583 9825 7466 och GB82WEST12345698765432.')).toEqual([
      'iban:SE45 5000 0000 0583 9825 7466',
      'iban:GB82WEST12345698765432',
    ])
    expect(found('SE45 5000 0000 0583 9825 7467')).toEqual(['iban:SE45 5000 0000 0583 9825 7467?'])
  })

  it('finds bankgiro and plusgiro after their keyword', () => {
    expect(found('Betala till bankgiro 5050-1055 eller plusgiro 90 20 01-7.')).toEqual([
      'bankgiro:5050-1055',
      'plusgiro:90 20 01-7',
    ])
    expect(found('BG 5050-1056')).toEqual(['bankgiro:5050-1056?'])
  })

  it('finds bank accounts with a keyword and clearing-dash-account without one', () => {
    expect(found('Kontonummer: 8327-9, 123 456 789-0')).toEqual([
      'bankAccount:8327-9, 123 456 789-0',
    ])
    expect(found('Utbetalning till 6000-123 456 789 sker i maj.')).toEqual([
      'bankAccount:6000-123 456 789',
    ])
  })

  it('leaves year ranges, case numbers, BAS accounts and amounts alone', () => {
    const clean =
      'Åtgärdsprogram 2022–2027, strategi 2024-2026, Dnr 2025-00462, KS 2024/0197, ' +
      'konto 4010, konto 1930, 45 000 kr, 1 195 miljoner kronor, 212000-2627, KI_159532.'
    expect(found(clean)).toEqual([])
  })
})
