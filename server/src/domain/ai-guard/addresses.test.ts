import { describe, expect, it } from 'vitest'
import { findAddresses, findPostcodes } from './addresses.js'

const addresses = (t: string) => findAddresses(t).map((f) => f.value)
const postcodes = (t: string) => findPostcodes(t).map((f) => `${f.type}:${f.value}`)

describe('addresses and postcodes', () => {
  it('finds street addresses with letters, flats and prefixes', () => {
    expect(
      addresses('Storgatan 12, Östra Långgatan 3 B, Bergsvägen 7, lgh 1102 och Box 123.'),
    ).toEqual(['Storgatan 12', 'Östra Långgatan 3 B', 'Bergsvägen 7, lgh 1102', 'Box 123'])
  })

  it('finds floors written after the number and more Swedish street endings', () => {
    expect(
      addresses('Ringvägen 128 2 tr, Vallmoåsen 1B, lgh 1671, Skeppsbron 3 och Lärkkroken 9.'),
    ).toEqual(['Ringvägen 128 2 tr', 'Vallmoåsen 1B, lgh 1671', 'Skeppsbron 3', 'Lärkkroken 9'])
  })

  it('finds a postcode before a town and a rural address before it', () => {
    expect(postcodes('Ytterbyn 112, 952 91 Kalix; SE-392 32 KALMAR')).toEqual([
      'postcode:952 91',
      'address:Ytterbyn 112',
      'postcode:SE-392 32',
    ])
    expect(postcodes('Algot Rova\nNäsbyn 30\n259 52 TÖRE')).toEqual([
      'postcode:259 52',
      'address:Näsbyn 30',
    ])
  })

  it('leaves plans, amounts and years alone', () => {
    expect(addresses('ANDTS-plan 2025, Sammanträdesplan 2026, vägen framåt 2025')).toEqual([])
    expect(postcodes('4 100 000 kr, 1 195 miljoner, 100 00 kr, 2025 Kalix')).toEqual([])
  })
})
