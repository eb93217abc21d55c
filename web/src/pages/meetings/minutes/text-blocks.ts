import type { TextBlock } from '../../../api/minutes-types'

/**
 * The minutes' text blocks back to the plain text a secretary types: paragraphs separated by a
 * blank line, list items as "- " lines (the inverse of server/src/render/text-blocks.ts).
 */
export function blocksToText(blocks: TextBlock[] | undefined): string {
  return (blocks ?? [])
    .map((b) => (typeof b === 'string' ? b : b.list.map((l) => `- ${l}`).join('\n')))
    .join('\n\n')
}
