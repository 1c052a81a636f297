import type { Meilisearch } from 'meilisearch'
import { foldedWords } from '../analysis'
import type { SearchDocument } from '../document'
import { SEARCH_SETTINGS } from '../settings'
import { MAX_SUGGESTIONS, type WordCorrection } from '../suggestion'

/**
 * The words of the indexed texts, kept by the adapter in a terms index per locale, for
 * "did you mean" (suggestion.ts): Meilisearch has no API that lists or corrects the words of
 * an index. Words are only ever added (by every write and by the rebuild, which starts the
 * terms index afresh): a word whose documents are gone may be proposed as a correction only
 * if the corrected query still finds something, which is checked before it is shown.
 */

export interface TermDocument {
  id: string
  term: string
}

/** Longer "words" (hashes, URLs in extracted text) are not worth proposing. */
const MAX_TERM_LENGTH = 40

/** A document id for a word: its UTF-8 bytes in hex (ids allow letters, digits, - and _ only). */
export function termId(word: string): string {
  return Buffer.from(word, 'utf8').toString('hex')
}

/** The distinct folded words of the documents' searchable texts, as term documents. */
export function termDocuments(docs: readonly SearchDocument[]): TermDocument[] {
  const words = new Set<string>()
  for (const doc of docs) {
    for (const text of [doc.title, doc.summary, doc.pilotNames.join(' '), doc.body]) {
      for (const word of foldedWords(text)) if (word.length <= MAX_TERM_LENGTH && !/^\p{N}+$/u.test(word)) words.add(word)
    }
  }
  return [...words].map((term) => ({ id: termId(term), term }))
}

/**
 * The corrections of each query word from the terms index (one multi-search, a query per
 * word): a word found as it is is known; otherwise the terms Meilisearch finds for it with the
 * suggestion typos, in its ranking order (fewest typos first).
 */
export async function wordCorrections(searcher: Meilisearch, termsUid: string, q: string): Promise<WordCorrection[]> {
  const words = foldedWords(q).slice(0, SEARCH_SETTINGS.maxQueryWords)
  if (words.length === 0) return []
  const { results } = await searcher.multiSearch<{ queries: { indexUid: string; q: string; limit: number }[] }, TermDocument>({
    queries: words.map((word) => ({ indexUid: termsUid, q: word, limit: MAX_SUGGESTIONS + 1 })),
  })
  return words.map((word, i) => {
    const terms = (results[i]?.hits ?? []).map((hit) => String(hit.term))
    if (terms.includes(word)) return { word, known: true, candidates: [] }
    return { word, known: false, candidates: terms.slice(0, MAX_SUGGESTIONS) }
  })
}
