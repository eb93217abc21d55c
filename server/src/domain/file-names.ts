/** File names are kept as metadata only (bytes live under their hash), but must be plain names. */
export const FILE_NAME_RULE =
  'Filnamnet får inte innehålla / \\ eller styrtecken, inte börja med punkt och vara högst 255 tecken.'

export function checkFileName(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'Filen saknar namn.'
  if (name.length > 255) return 'Filnamnet är för långt.'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f/\\]/.test(name))
    return `Filnamnet "${name.replace(/[\u0000-\u001f]/g, '?')}" är inte tillåtet.`
  if (name.startsWith('.') || name.includes('..')) return `Filnamnet "${name}" är inte tillåtet.`
  return null
}
