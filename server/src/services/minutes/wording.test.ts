import { describe, expect, it } from 'vitest'
import { committeeSubject, genitiveName, joinSwedish, personLabel } from './wording.js'

describe('minutes wording', () => {
  it('names the committee as its decisions do', () => {
    expect(committeeSubject('Kommunstyrelsens arbetsutskott')).toBe('Arbetsutskottet')
    expect(committeeSubject('Kommunstyrelsens arbets- och personalutskott')).toBe(
      'Arbets- och personalutskottet',
    )
    expect(committeeSubject('Kommunstyrelsen')).toBe('Kommunstyrelsen')
    expect(committeeSubject('Barn- och utbildningsnämnden')).toBe('Barn- och utbildningsnämnden')
    expect(committeeSubject('Socialnämndens individutskott')).toBe('Individutskottet')
  })

  it('forms genitives, party labels and lists', () => {
    expect(genitiveName('Johan Persson')).toBe('Johan Perssons')
    expect(genitiveName('Dzenita Abaza')).toBe('Dzenita Abazas')
    expect(genitiveName('Anna Lax')).toBe('Anna Lax')
    expect(personLabel({ name: 'Liselotte Ross', party: 'V' })).toBe('Liselotte Ross (V)')
    expect(joinSwedish(['A', 'B', 'C'])).toBe('A, B och C')
    expect(joinSwedish(['A'])).toBe('A')
  })
})
