import { typosAllowed } from './settings'

/**
 * "Did you mean": when a query finds nothing, both engines propose a corrected query built from
 * the words of their own index (the embedded engine's dictionary, Meilisearch's terms index):
 * each query word that no document contains is replaced by the closest indexed words (more
 * typos allowed than in a search, see SUGGESTION_TYPOS), or dropped when there is none. The
 * engine then counts the hits of at most MAX_SUGGESTIONS corrected queries, with the reader's
 * filters, and proposes the one that finds the most; none when no correction finds anything.
 */

/** Typos allowed when looking for a correction: one from 3 letters, two from 5 (a search allows 1 from 5, 2 from 9). */
export const SUGGESTION_TYPOS = { minWordSizeForOneTypo: 3, minWordSizeForTwoTypos: 5 } as const

/** Corrected queries tried, at most. */
export const MAX_SUGGESTIONS = 3

export function suggestionTypos(word: string): number {
  return typosAllowed(word, SUGGESTION_TYPOS)
}

/** A query word: whether the index knows it, and otherwise the indexed words proposed for it, best first. */
export interface WordCorrection {
  word: string
  known: boolean
  candidates: string[]
}

/**
 * The corrected queries to try, best first: the k-th proposal for every unknown word (its last
 * proposal when it has fewer, nothing when it has none), known words kept. Never the query itself,
 * never empty.
 */
export function suggestionVariants(words: readonly WordCorrection[]): string[] {
  if (words.every((word) => word.known)) return []
  const original = words.map((word) => word.word).join(' ')
  const out: string[] = []
  for (let k = 0; k < MAX_SUGGESTIONS; k++) {
    const query = words
      .map((word) => (word.known ? word.word : (word.candidates[Math.min(k, word.candidates.length - 1)] ?? '')))
      .filter((part) => part !== '')
      .join(' ')
    if (query && query !== original && !out.includes(query)) out.push(query)
  }
  return out
}

/** The variant with the most hits (`hits[i]` for `variants[i]`; the first on a tie), or undefined when none finds anything. */
export function bestSuggestion(variants: readonly string[], hits: readonly number[]): string | undefined {
  let best: number | undefined
  variants.forEach((_, i) => {
    if (hits[i]! > 0 && (best === undefined || hits[i]! > hits[best]!)) best = i
  })
  return best === undefined ? undefined : variants[best]
}
