import { describe, expect, it } from 'vitest'
import { MAX_SENTENCE, Sentences } from './sentences.js'

// The walk the binary search replaces: back or forward to the nearest sentence boundary.
function walkStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - MAX_SENTENCE)
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i]!
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1
    if (c === '\n' && text[i - 1] === '\n') return i + 1
  }
  return limit
}

function walkEnd(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_SENTENCE)
  for (let i = pos; i < limit; i++) {
    const c = text[i]!
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1
    if (c === '\n' && text[i + 1] === '\n') return i
  }
  return limit
}

describe('sentence boundaries', () => {
  it('agree with walking the text, at every position of texts full of boundary cases', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
    const pieces = [
      'Anna',
      ' ',
      '.',
      '. ',
      '!',
      '?',
      '\n',
      '\n\n',
      '\u00a0',
      'x',
      '3.5',
      '§ 12.',
      'ord',
    ]
    for (let n = 0; n < 30; n++) {
      let text = ''
      const len = 50 + Math.floor(rand() * 900)
      while (text.length < len) text += pieces[Math.floor(rand() * pieces.length)]
      const s = new Sentences(text)
      for (let pos = 0; pos <= text.length; pos++) {
        expect(s.start(pos)).toBe(walkStart(text, pos))
        expect(s.end(pos)).toBe(walkEnd(text, pos))
      }
    }
  })
})
