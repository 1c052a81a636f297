import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import type { SearchLocale } from './document'

/**
 * Text analysis of the embedded engine: the same steps for indexed text and for queries,
 * so that both sides always agree.
 *   fold: Unicode NFD, diacritics removed, lowercase, ligatures expanded ("Diplômés" -> "diplomes")
 *   split: runs of letters and digits are words, everything else separates
 *   stem: Snowball-style stemmer of the locale (English / French), applied to folded words
 */

const MARKS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu
/** A word in original (unfolded) text: letters may carry combining marks. */
export const RAW_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu

export function foldText(text: string): string {
  let folded = text.normalize('NFD').replace(MARKS, '').toLowerCase()
  if (/[œæß]/.test(folded)) folded = folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
  return folded
}

export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}

const STEMMERS: Record<SearchLocale, (word: string) => string> = {
  en: englishStemmer,
  fr: frenchStemmer,
}

const MAX_CACHE = 100_000

export class Analyzer {
  private readonly stemmer: (word: string) => string
  private readonly cache = new Map<string, string>()
  /** Orama's Tokenizer interface wants this field; the analyzer keeps its own cache. */
  readonly normalizationCache = new Map<string, string>()
  readonly language: string

  constructor(readonly locale: SearchLocale) {
    this.stemmer = STEMMERS[locale]
    this.language = locale === 'fr' ? 'french' : 'english'
  }

  /** Stem of one folded word (cached). Words of 2 letters or fewer, and numbers, stay as they are. */
  stem(folded: string): string {
    let stem = this.cache.get(folded)
    if (stem === undefined) {
      stem = folded.length <= 2 || /^\p{N}+$/u.test(folded) ? folded : this.stemmer(folded) || folded
      if (this.cache.size >= MAX_CACHE) this.cache.clear()
      this.cache.set(folded, stem)
    }
    return stem
  }

  /** Stem of a word taken from original text. */
  stemRaw(word: string): string {
    return this.stem(foldText(word))
  }

  /** Multi-word phrases (as stems) indexed as one extra token each, keyed by their first stem. */
  private phrases = new Map<string, string[][]>()

  /**
   * Declares phrases (multi-word synonyms such as "third-country national") to index as
   * single tokens, so that a phrase is found by one exact lookup. Call before indexing.
   */
  setPhrases(phrases: string[][]): void {
    this.phrases.clear()
    for (const stems of phrases) {
      if (stems.length < 2) continue
      const list = this.phrases.get(stems[0]!) ?? []
      list.push(stems)
      this.phrases.set(stems[0]!, list)
    }
  }

  /** The token a phrase is indexed under (a space never occurs inside a word token). */
  static phraseToken(stems: string[]): string {
    return stems.join(' ')
  }

  /** Unique stems of a text, in order of first appearance, plus phrase tokens: what goes into the inverted index. */
  tokens(text: string): string[] {
    const words = foldedWords(text)
    const stems = words.map((word) => this.stem(word))
    const out = new Set<string>(stems)
    if (this.phrases.size > 0) {
      for (let i = 0; i < stems.length; i++) {
        const candidates = this.phrases.get(stems[i]!)
        if (!candidates) continue
        for (const phrase of candidates) {
          let same = i + phrase.length <= stems.length
          for (let k = 1; same && k < phrase.length; k++) same = stems[i + k] === phrase[k]
          if (same) out.add(Analyzer.phraseToken(phrase))
        }
      }
    }
    return [...out]
  }

  /** Orama Tokenizer contract (language, prop and cache flags are not needed here). */
  tokenize = (raw: string): string[] => (typeof raw === 'string' ? this.tokens(raw) : [])
}
