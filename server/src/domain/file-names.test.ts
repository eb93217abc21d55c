import { describe, expect, it } from 'vitest'
import { checkFileName } from './file-names.js'

describe('file names', () => {
  it('accepts plain names with Swedish letters and spaces', () => {
    expect(checkFileName('Yttrande över detaljplan (2).pdf')).toBeNull()
  })
  it('refuses paths, parent references, control characters and hidden names', () => {
    for (const bad of [
      '../../etc/passwd',
      'a/b.pdf',
      'c:\\windows\\win.ini',
      'a\u0000.pdf',
      'rad\nbrytning.txt',
      '.htaccess',
      '',
      ' ',
    ]) {
      expect(checkFileName(bad), JSON.stringify(bad)).not.toBeNull()
    }
    expect(checkFileName('a\u0007b')).toContain('a?b')
    expect(checkFileName('x'.repeat(256))).toMatch(/för långt/)
  })
})
