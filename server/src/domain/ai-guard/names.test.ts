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

  it('finds a name before a verb people do, and capitalised words mid-sentence', () => {
    expect(names('Kerttu Vuolab yrkar bifall till förslaget.')).toEqual(['Kerttu Vuolab'])
    expect(names('Pirjo Kuhmunen har inkommit med synpunkter.')).toEqual(['Pirjo Kuhmunen'])
    // Swedish writes common nouns in lower case: two capitalised words mid-sentence are a name.
    expect(names('Vid mötet yrkar Kerttu Vuolab bifall.')).toEqual(['Kerttu Vuolab'])
    expect(names('Mötet leddes av Tage Nowak. Kontakta Gösta Pekkari på telefon.')).toEqual([
      'Tage Nowak',
      'Gösta Pekkari',
    ])
  })

  it('finds names under a title line, after a greeting, and listed with another name', () => {
    expect(names('Sekreterare\n\nTage Hägglund\n\nJusteras')).toEqual(['Tage Hägglund'])
    expect(names('I tjänsten\nValter Rova\nHR-avdelningen')).toEqual(['Valter Rova'])
    expect(names('Hej Ines!\nTack för ditt mejl.')).toEqual(['Ines'])
    expect(names('Sirpa Farah och Mehmet Warsame har ansökt om bygglov.')).toEqual([
      'Sirpa Farah',
      'Mehmet Warsame',
    ])
    expect(names('Med vänlig hälsning\nSiv Eklund Lehto\nArkivarie')).toEqual(['Siv Eklund Lehto'])
  })

  it('finds names by what follows them: a personnummer, an address, their own e-mail', () => {
    expect(names('Ines Hadžić (160772+5759) har ansökt.')).toEqual(['Ines Hadžić'])
    expect(names('Beslutet gäller Baran Alatalo pnr 170717+8594.')).toEqual(['Baran Alatalo'])
    expect(names('Uppgifter: Eino Rantatalo född 461017-0427.')).toEqual(['Eino Rantatalo'])
    expect(names('Tindra Şahin, Furuvägen 17, 583 71 Morjärv')).toEqual(['Tindra Şahin'])
    expect(names('Från: Majvor Lehto <majvor.lehto@kalmar.se>')).toEqual(['Majvor Lehto'])
    expect(names('Handläggare Katarina Şahin, 070-160 91 91')).toEqual(['Katarina Şahin'])
  })

  it('takes title and pronoun words that are names: Bror, Hans', () => {
    expect(names('Ledamoten Bror Fransson ställer en fråga.')).toEqual(['Bror Fransson'])
    expect(names('Vid hembesöket uppgav Hans Karimi att han mår bra.')).toEqual(['Hans Karimi'])
    expect(names('Enligt handläggaren Raili Pekkari bör ansökan beviljas.')).toEqual([
      'Raili Pekkari',
    ])
  })

  it('leaves capitalised names of things alone', () => {
    const clean = [
      'Medlemskap i Nätverket Hållbar Utveckling Norrbotten kostar 5 000 kr.',
      'Remissvar från Sveriges Kommuner och Regioner har inkommit.',
      'Avtalet med Visma Enterprise förlängs. Matchen spelas i Part Arena.',
      'Interreg Aurorafinansierade \n\nprojektet Bothnian Coastal Route \n',
      'Dopingförebyggande arbete via initiativet 100% Ren Hårdträning, som kräver utbildning.',
      'Ansökan görs via Mina Sidor. Kommunen ansluter sig till programmet Digitalt Först.',
    ].join('\n')
    expect(names(clean)).toEqual([])
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
    expect(names('Förslagsställare Anna Svensson föreslår belysning.')).toEqual(['Anna Svensson'])
    // A short unlisted first word before a listed given name is a first given name.
    expect(names('Tuva Maria Lidström har ansökt.')).toEqual(['Tuva Maria Lidström'])
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
