import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { htmlOutline } from './examples/html-outline.js'
import { blocks, escapeHtml, h, htmlDocument, SafeHtml } from './html-document.js'

describe('HTML building', () => {
  it('escapes text and attribute values, never markup already escaped', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;")
    expect(h('p', { title: '"x"' }, '<script>alert(1)</script>').toString()).toBe(
      '<p title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    )
    expect(h('p', null, new SafeHtml('<b>ok</b>')).toString()).toBe('<p><b>ok</b></p>')
    expect(h('li', { value: 5, hidden: true, lang: undefined }).toString()).toBe(
      '<li value="5" hidden></li>',
    )
  })

  it('renders paragraphs and lists', () => {
    expect(blocks(['a', { list: ['b', 'c'] }]).toString()).toBe(
      '<p>a</p><ul><li>b</li><li>c</li></ul>',
    )
  })

  it('writes a Swedish document whose CSP allows only its own stylesheet', () => {
    const doc = htmlDocument({ title: 'T & t', body: h('h1', null, 'Rubrik') })
    expect(doc.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true)
    expect(doc).toContain('<title>T &amp; t</title>')
    const style = /<style>([\s\S]*?)<\/style>/.exec(doc)?.[1] ?? ''
    const hash = createHash('sha256').update(style).digest('base64')
    expect(doc).toContain(`default-src 'none'; style-src 'sha256-${hash}'`)
    expect(doc).not.toMatch(/<script/i)
  })

  it('is checked by a reader that notices broken markup and scripts', () => {
    expect(htmlOutline('<p><b>x</p></b>').problems).not.toEqual([])
    expect(htmlOutline('<div><p>x</p>').problems).toEqual(['unclosed: div'])
    const bad = htmlOutline('<p onclick="x()"><a href="javascript:x()">a</a><script>1</script></p>')
    expect([bad.eventHandlers, bad.javascriptUrls, bad.scripts]).toEqual([1, 1, 1])
  })
})
