import { describe, expect, it } from 'vitest'
import { findNames } from './names.js'

const names = (t: string) => findNames(t).map((f) => f.value)

describe('names of people', () => {
  it('finds listed given name + surname, also a surname not in the lists', () => {
    expect(names('Beslutet fattades av Anna Svensson.')).toEqual(['Anna Svensson'])
    expect(names('Samtal med Johanna Wester om barnrätt.')).toEqual(['Johanna Wester'])
  })

  it('finds names after titles and roles, also when neither part is listed', () => {
    expect(
      names('IT-chef Anna Stålbrand Sundh och digitaliseringschef Niklas Hörling informerar.'),
    ).toEqual(['Anna Stålbrand Sundh', 'Niklas Hörling'])
    expect(names('Enhetschef service- och kommunikationsenheten, Jenni Yli')).toEqual(['Jenni Yli'])
    expect(names('Handläggare: Dzenita Abaza')).toEqual(['Dzenita Abaza'])
  })

  it('finds names with party tags and roles after them, also at the start of a line', () => {
    const t =
      'Hanne Lindqvist (M), vice ordförande\nLiselotte Ross (V)\nJonas Agerhed, kommunledningskontoret, redovisar.'
    expect(names(t)).toEqual(['Hanne Lindqvist', 'Liselotte Ross', 'Jonas Agerhed'])
  })

  it('finds a name before a verb people do', () => {
    expect(names('Vid mötet yrkar Kerttu Vuolab bifall.')).toEqual([])
    expect(names('Kerttu Vuolab yrkar bifall till förslaget.')).toEqual(['Kerttu Vuolab'])
  })

  it('finds a name again where it stands without context, and in the genitive', () => {
    const t =
      'Handläggare Ingrid Qvarnström har utrett ärendet. Enligt Qvarnströms bedömning bör ansökan beviljas.'
    const found = findNames(t)
    expect(found.map((f) => f.value)).toEqual(['Ingrid Qvarnström', 'Qvarnström'])
    // The genitive s stays outside the name, so the placeholder keeps the grammar.
    expect(t.slice(found[1]!.end, found[1]!.end + 2)).toBe('s ')
  })

  it('does not take Swedish words that are also names at the start of a sentence', () => {
    expect(
      names('Per capita räknat är kostnaden låg. Bo kvar hemma så länge som möjligt.'),
    ).toEqual([])
    expect(names('Berg och dalar. Björn i Kalix.')).toEqual([])
  })

  it('does take such names mid-sentence next to a surname, or with context', () => {
    expect(names('Ärendet föredras av Per Nilsson och Bo Ek.')).toEqual(['Per Nilsson', 'Bo Ek'])
  })

  it('drops a capitalised sentence word before a listed name', () => {
    expect(names('Enligt Karin Johansson är beslutet fel.')).toEqual(['Karin Johansson'])
  })

  it('leaves organisations, places, units, laws and headings alone', () => {
    const clean = [
      'Thomas Bergfeldt, Kalmar Vatten AB, lämnar en statusrapport.',
      'Ombud Kalix Industrihotell AB (S)',
      'Samverkan med IT-enheten, Region Norrbotten informerar, Länsstyrelsen Norrbotten beslutar.',
      'Socialtjänstlagen (SoL) ger socialnämnden ett ansvar. Kommunstyrelsen beslutar.',
      'Sammanträde Måndagen den 15 december 2025 i Folkets hus, Bergön.',
      'Beskrivning av ärendet. Förslag till beslut. Microsoft Copilot är det primära verktyget.',
    ].join('\n')
    expect(names(clean)).toEqual(['Thomas Bergfeldt'])
  })

  it('keeps a place that is also a surname after a given name', () => {
    expect(names('Ärendet bereds av Fredrik Lund.')).toEqual(['Fredrik Lund'])
  })

  it('takes hyphenated given names and particles', () => {
    expect(names('Ledamot Ann-Christin Berg och Ebba von Sydow (M).')).toEqual([
      'Ann-Christin Berg',
      'Ebba von Sydow',
    ])
  })
})
