import { describe, expect, it } from 'vitest'
import { guard } from './index.js'

const sensitive = (text: string) =>
  guard({ text, allowedClasses: ['public', 'personal'] })
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.reason.replace(/^Känslig personuppgift \((.*)\) i anslutning.*$/, '$1'))

describe('art. 9 data next to a person', () => {
  it('finds health, religion, union, ethnicity, orientation and offences next to a name', () => {
    expect(sensitive('Anna Svensson är sjukskriven sedan mars.')).toEqual(['hälsa'])
    expect(sensitive('Eleven Kevin Lindqvist är muslim.')).toEqual(['religion eller livsåskådning'])
    expect(sensitive('Per Nilsson har facklig tillhörighet i Kommunal.')).toEqual([
      'facklig tillhörighet',
    ])
    expect(sensitive('Karin Berg är homosexuell.')).toEqual(['sexualliv eller sexuell läggning'])
    expect(sensitive('Johan Persson är dömd för bedrägeri.')).toEqual(['lagöverträdelse (art. 10)'])
  })

  it('follows the person into the next sentence through a pronoun', () => {
    expect(sensitive('Ansökan kom från Anna Svensson. Hon har diagnosen ADHD.')).toEqual([
      'hälsa',
      'hälsa',
    ])
  })

  it('does not flag topic words in text about no one', () => {
    expect(
      sensitive(
        'Planen ska minska alkoholens medicinska skador och främja psykisk hälsa. ' +
          'Kommunen arbetar mot spelberoende och missbruk bland unga.',
      ),
    ).toEqual([])
  })

  it('does not flag topic words in another sentence about something else', () => {
    expect(
      sensitive(
        'Ordförande Erik Ciardi (C) öppnar mötet. Förvaltningen redovisar sjukfrånvaron för 2024.',
      ),
    ).toEqual([])
  })

  it('does not take a party tag, "beroende på" or "ursprungligen" as art. 9 data', () => {
    expect(
      sensitive('Anna Berg (S) yrkar bifall, beroende på budgeten, som ursprungligen var lägre.'),
    ).toEqual([])
  })
})
