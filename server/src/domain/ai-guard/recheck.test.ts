import { describe, expect, it } from 'vitest'
import { loadSet } from '../../../eval/guard/evaluate.js'
import { findPersonal } from './index.js'
import { REACH, recheckFinds, recheckWindows } from './recheck.js'
import { redact } from './redact.js'

describe('the second look at a masked text', () => {
  const pad = (n: number) => 'ord '.repeat(n / 4)

  it('reads the text within reach of each placeholder, merged where windows meet', () => {
    const text = `${pad(800)}[PERSON_1]${pad(100)}[PERSON_2]${pad(800)}`
    const a = 800
    const b = a + 10 + 100
    const windows = recheckWindows(text, [a, a + 10, b, b + 10])
    expect(windows).toHaveLength(1)
    const [w] = windows
    expect(w!.from).toBeLessThanOrEqual(a - 2 * REACH)
    expect(w!.to).toBeGreaterThanOrEqual(b + 10 + 2 * REACH)
    expect(w!.from + w!.coreFrom).toBe(a - REACH)
    expect(w!.from + w!.coreTo).toBe(b + 10 + REACH)
    expect(recheckWindows(text, [0, 10, 3000, 3010])).toHaveLength(2)
  })

  it('counts what is found near a placeholder, with its context, and not what lies beyond reach', () => {
    const before = pad(1200)
    const text = `${before}[PERSON_1] och sedan ${pad(1200)}`
    const at = before.length
    const spans = [at, at + '[PERSON_1]'.length]
    const seen: string[] = []
    // A stand-in detector: flags "sedan" when "och" precedes it, and records what it was given.
    const detector = (window: string) => {
      seen.push(window)
      const i = window.indexOf('och sedan')
      return i < 0 ? [] : [{ start: i + 4, end: i + 9 }]
    }
    expect(recheckFinds(text, spans, detector)).toBe(true)
    // The placeholder itself is blanked out, not handed to the detector.
    expect(seen[0]).toContain('########## och sedan')
    expect(seen[0]).not.toContain('[PERSON_1]')
    // Something found only farther than REACH from every placeholder does not count.
    const far = (window: string) => [{ start: window.length - 3, end: window.length - 1 }]
    expect(recheckFinds(text, spans, far)).toBe(false)
  })

  it('finds on the evaluation set exactly what a look at the whole masked text finds', () => {
    for (const doc of loadSet()) {
      const personal = findPersonal(doc.text)
      if (personal.length === 0) continue
      const { redacted, spans } = redact(doc.text, personal)
      let whole = ''
      let at = 0
      for (let k = 0; k < spans.length; k += 2) {
        whole += redacted.slice(at, spans[k]) + '#'.repeat(spans[k + 1]! - spans[k]!)
        at = spans[k + 1]!
      }
      whole += redacted.slice(at)
      const windowed = recheckFinds(redacted, spans, (w) => findPersonal(w))
      expect(windowed, doc.text.slice(0, 80)).toBe(findPersonal(whole).length > 0)
    }
  })
})
