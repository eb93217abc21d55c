/** File names are kept as metadata only (bytes live under their hash), but must be plain names. */
export const FILE_NAME_RULE =
  'Filnamnet får inte innehålla / \\ eller styrtecken, inte börja med punkt och vara högst 255 tecken.'

export function checkFileName(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'Filen saknar namn.'
  if (name.length > 255) return 'Filnamnet är för långt.'
  if (hasControlCharacter(name) || /[/\\]/.test(name)) {
    return `Filnamnet "${[...name].map((ch) => (isControl(ch) ? '?' : ch)).join('')}" är inte tillåtet.`
  }
  if (name.startsWith('.') || name.includes('..')) return `Filnamnet "${name}" är inte tillåtet.`
  return null
}

function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code < 0x20 || code === 0x7f
}

function hasControlCharacter(name: string): boolean {
  return [...name].some(isControl)
}
