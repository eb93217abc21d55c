import type { TextBlock } from './view-models.js'

const BULLET = /^\s*(?:[-•–*]|\d+[.)])\s+/

/**
 * Plain text as typed by a secretary or an official into the blocks the renderers print: a
 * blank line separates paragraphs, and a run of lines that start with "-", "•", "–", "*" or
 * "1." becomes a list. Line breaks inside a paragraph are joined with a space, as in the seeds'
 * PDF text.
 */
export function textBlocks(text: string | null | undefined): TextBlock[] {
  if (!text) return []
  const out: TextBlock[] = []
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '')
    let para: string[] = []
    let list: string[] = []
    const flush = () => {
      if (para.length) out.push(para.join(' '))
      if (list.length) out.push({ list })
      para = []
      list = []
    }
    for (const line of lines) {
      if (BULLET.test(line)) {
        if (para.length) {
          out.push(para.join(' '))
          para = []
        }
        list.push(line.replace(BULLET, '').trim())
      } else if (list.length && /^\s{2,}/.test(line)) {
        list[list.length - 1] += ` ${line.trim()}`
      } else {
        if (list.length) {
          out.push({ list })
          list = []
        }
        para.push(line.trim())
      }
    }
    flush()
  }
  return out
}
