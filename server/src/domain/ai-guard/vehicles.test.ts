import { describe, expect, it } from 'vitest'
import { findVehicles } from './vehicles.js'

const plates = (t: string) => findVehicles(t).map((f) => f.value)

describe('registration numbers', () => {
  it('finds old and new formats, with or without space', () => {
    expect(plates('Bilen ABC 123 och MLB84K samt XYZ 12A parkerades.')).toEqual([
      'ABC 123',
      'MLB84K',
      'XYZ 12A',
    ])
  })

  it('leaves statutes, case numbers, currencies and letters that plates never use alone', () => {
    expect(
      plates(
        'SFS 2017:725, OSL 26:1, BUN 123/2018, SEK 100, EUR 250, SOU 2023:45, KSAU 123, IQV 123',
      ),
    ).toEqual([])
  })
})
