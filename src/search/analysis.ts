import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import type { SearchLocale } from './document'

/**
 * Text analysis of the embedded engine: the same steps for indexed text and for queries,
 * so that both sides always agree.
 *   fold: Unicode NFD, diacritics removed, lowercase, ligatures expanded ("Diplômés" -> "diplomes")
 *   split: runs of letters and digits are words, everything else separates
 *   stem: Snowball stemmer of the text's language (English / French), applied to folded words
 * Words joined by a hyphen ("micro-crédit") are also remembered as one compound ("microcredit"),
 * and a hard separator (.,;:!? brackets) between two words breaks phrases, as in Meilisearch.
 */

const MARKS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu
/** A word in original (unfolded) text: letters may carry combining marks. */
export const RAW_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
/** Characters that join two words into a compound: hyphen-minus, hyphen, non-breaking hyphen. */
const HYPHENS = new Set(['-', '\u2010', '\u2011'])
const HARD_SEPARATOR = /[.;:!?()[\]{}|\n]/

export function foldText(text: string): string {
  let folded = text.normalize('NFD').replace(MARKS, '').toLowerCase()
  if (/[œæß]/.test(folded)) folded = folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
  return folded
}

export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}

/** What stands before a word: JOINED (a hyphen to the previous word), BROKEN (a hard separator). */
export const JOINED = 1
export const BROKEN = 2

/** Calls `visit` with each folded word of `text` and what separates it from the previous one. */
export function scanWords(text: string, visit: (word: string, before: number) => void): void {
  const folded = foldText(text)
  const re = new RegExp(WORD.source, 'gu')
  let previousEnd = -1
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    let before = 0
    if (previousEnd >= 0) {
      const gapLength = m.index - previousEnd
      if (gapLength === 1 && HYPHENS.has(folded[previousEnd]!)) before = JOINED
      else if (gapLength > 1 || folded[previousEnd] !== ' ') {
        if (HARD_SEPARATOR.test(folded.slice(previousEnd, m.index))) before = BROKEN
      }
    }
    visit(m[0], before)
    previousEnd = m.index + m[0].length
  }
}

/**
 * The French Snowball stemmer takes some plurals less far than their singular: "microcrédits"
 * -> "microcredit" but "microcrédit" -> "microcred", "conseillers" -> "conseiller" but
 * "conseiller" -> "conseil". When all it did was drop the final "s", the rest is stemmed again,
 * so that a plural and its singular share a stem. Words whose "s" it keeps ("mois", "plus")
 * are left alone.
 */
function frenchPluralStemmer(word: string): string {
  const stem = frenchStemmer(word)
  return word.endsWith('s') && stem.length === word.length - 1 && word.startsWith(stem) ? frenchStemmer(stem) : stem
}

const STEMMERS: Record<SearchLocale, (word: string) => string> = {
  en: englishStemmer,
  fr: frenchPluralStemmer,
}

const MAX_CACHE = 200_000

export class Analyzer {
  private readonly stemmer: (word: string) => string
  private readonly cache = new Map<string, string>()
  private readonly rawCache = new Map<string, string>()

  constructor(readonly language: SearchLocale) {
    this.stemmer = STEMMERS[language]
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

  /** Stem of a word taken from original text (cached: highlighting asks for the same words again and again). */
  stemRaw(word: string): string {
    let stem = this.rawCache.get(word)
    if (stem === undefined) {
      stem = this.stem(foldText(word))
      if (this.rawCache.size >= MAX_CACHE) this.rawCache.clear()
      this.rawCache.set(word, stem)
    }
    return stem
  }
}

const ANALYZERS: Record<SearchLocale, Analyzer> = { en: new Analyzer('en'), fr: new Analyzer('fr') }

/** The shared analyzer of a language (its stem cache is shared too). */
export function analyzerFor(language: SearchLocale): Analyzer {
  return ANALYZERS[language]
}
