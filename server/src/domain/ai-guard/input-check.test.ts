import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH, unreadable } from './input-check.js'

describe('what the guard refuses to read', () => {
  it('reads ordinary Swedish text, with tabs, form feeds and soft hyphens in words', () => {
    expect(unreadable('Kommunstyrelsen\tbeslutar.\f\nSida 2: sam\u00admanträde.')).toBeNull()
    expect(unreadable('\ufeffBOM först, och ett zero-width space \u200b mellan ord.')).toBeNull()
  })

  it('refuses non-text, broken UTF-16 and text over the limit', () => {
    expect(unreadable(42)).toMatch(/inte text/)
    expect(unreadable(null)).toMatch(/inte text/)
    expect(unreadable('halv \ud83d surrogat')).toMatch(/UTF-16/)
    expect(unreadable('a'.repeat(MAX_TEXT_LENGTH + 1))).toMatch(/för lång/)
  })

  it('refuses control-character floods and replacement-character floods', () => {
    expect(unreadable(`PK\u0003\u0004${'\u0000\u0001'.repeat(40)}binärt`)).toMatch(/styrtecken/)
    expect(unreadable(`Kommun${'\ufffd'.repeat(30)}`)).toMatch(/teckenkodning/)
  })

  it('refuses invisible characters that split a number or a word', () => {
    expect(unreadable('pnr 850101\u200b-1236')).toMatch(/osynliga/)
    expect(unreadable('An\u200dna Svensson')).toMatch(/osynliga/)
    expect(unreadable('8501\u00ad011236')).toMatch(/osynliga/)
  })
})
