import { analyzerFor, foldedWords } from '../analysis'
import { SEARCH_SETTINGS } from '../settings'
import { MAX_SUGGESTIONS, suggestionTypos, type WordCorrection } from '../suggestion'
import type { LocaleIndex } from './locale-index'

/**
 * The corrections of each query word from the index's own dictionary: a word that no document
 * contains gets the closest indexed words (fewest typos, then the most frequent). Numbers are
 * never corrected, as in Meilisearch's terms index.
 */
export function wordCorrections(index: LocaleIndex, q: string): WordCorrection[] {
  const analyzer = analyzerFor(index.locale)
  return foldedWords(q)
    .slice(0, SEARCH_SETTINGS.maxQueryWords)
    .map((word) => {
      const wordId = index.dictionary.id(word)
      const stem = index.postings.id(analyzer.stem(word))
      const known = (wordId !== undefined && index.wordFrequency(wordId) > 0) || (stem !== undefined && index.postings.frequency(stem) > 0)
      if (known) return { word, known, candidates: [] }
      const found: { word: string; typos: number; frequency: number }[] = []
      const maxTypos = suggestionTypos(word)
      if (maxTypos > 0) {
        index.dictionary.forTypos(word, maxTypos, (id, typos) => {
          const frequency = index.wordFrequency(id)
          const candidate = index.dictionary.word(id)
          if (typos > 0 && frequency > 0 && candidate.length <= 40 && !/^\p{N}+$/u.test(candidate))
            found.push({ word: candidate, typos, frequency })
        })
      }
      found.sort((a, b) => a.typos - b.typos || b.frequency - a.frequency || (a.word < b.word ? -1 : 1))
      return { word, known: false, candidates: found.slice(0, MAX_SUGGESTIONS).map((f) => f.word) }
    })
}
