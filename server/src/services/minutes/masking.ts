import type { MinutesSectionView, MinutesView } from '../../render/view-models.js'

/** What a masked § says instead of its content. */
export function maskedSectionText(ground: string | null): string {
  const why = ground ? `sekretess enligt ${ground}` : 'sekretess'
  return `Paragrafen innehåller uppgifter som omfattas av sekretess (${why}) och visas inte i denna version av protokollet.`
}

/**
 * The minutes with confidential §§ masked: the § keeps its number, heading and case number (all
 * three are public in the notice and the registry) and says that its content is confidential;
 * everything else (documents, text, motions, votes, names of the jäviga) is left out. Masking
 * keeps the § numbering whole, so a reader sees that nothing was removed unannounced.
 */
export function maskSections(
  view: MinutesView,
  masked: ReadonlyMap<number, string | null>,
): MinutesView {
  if (masked.size === 0) return view
  return {
    ...view,
    sections: view.sections.map((s): MinutesSectionView => {
      if (!masked.has(s.number)) return s
      return {
        number: s.number,
        title: s.title,
        ...(s.caseNumber ? { caseNumber: s.caseNumber } : {}),
        decision: [maskedSectionText(masked.get(s.number) ?? null)],
      }
    }),
  }
}
