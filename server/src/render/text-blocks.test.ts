import { describe, expect, it } from 'vitest'
import { textBlocks } from './text-blocks.js'

describe('textBlocks', () => {
  it('gives nothing for empty text', () => {
    expect(textBlocks('')).toEqual([])
    expect(textBlocks(null)).toEqual([])
    expect(textBlocks(' \n \n')).toEqual([])
  })

  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(
      textBlocks('Kommunstyrelsen beslutar\natt godkänna.\n\nParagrafen justeras omedelbart.'),
    ).toEqual(['Kommunstyrelsen beslutar att godkänna.', 'Paragrafen justeras omedelbart.'])
  })

  it('makes lists of bulleted or numbered lines, with continuation lines', () => {
    expect(
      textBlocks(
        'Arbetsutskottet föreslår kommunstyrelsen besluta\n- att anta planen,\n- att ge förvaltningen\n  i uppdrag att följa upp.\nÄrendet anses besvarat.',
      ),
    ).toEqual([
      'Arbetsutskottet föreslår kommunstyrelsen besluta',
      { list: ['att anta planen,', 'att ge förvaltningen i uppdrag att följa upp.'] },
      'Ärendet anses besvarat.',
    ])
    expect(textBlocks('1. Första\n2) Andra')).toEqual([{ list: ['Första', 'Andra'] }])
  })

  it('normalises Windows line ends', () => {
    expect(textBlocks('a\r\n\r\nb')).toEqual(['a', 'b'])
  })
})
