import { describe, expect, it } from 'vitest'
import { blocksToText } from './text-blocks'

describe('blocksToText', () => {
  it('writes paragraphs with a blank line between them and lists as "- " lines', () => {
    expect(
      blocksToText([
        'Kommunstyrelsen har tagit del av informationen.',
        { list: ['Tjänsteskrivelse 2024-03-12', 'Karta'] },
        'Ärendet avslutas.',
      ]),
    ).toBe(
      'Kommunstyrelsen har tagit del av informationen.\n\n- Tjänsteskrivelse 2024-03-12\n- Karta\n\nÄrendet avslutas.',
    )
  })

  it('answers nothing for no blocks', () => {
    expect(blocksToText(undefined)).toBe('')
    expect(blocksToText([])).toBe('')
  })
})
