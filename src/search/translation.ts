import { analyzerFor, foldedWords } from './analysis'
import { SEARCH_LOCALES, type SearchLocale } from './document'

/**
 * Query translation through the project's bilingual glossary (src/search/glossary/), for both
 * engines. The words and phrases of a query that the glossary knows in the reader's language
 * are matched (by stems, so that a plural matches too, longest phrase first) and replaced by
 * their terms in the other language. The engines search the translation as well, ranked below
 * the reader's own words (docs/search.md, "Across languages").
 */

/** One glossary entry as the engines need it (the glossary's own type has more fields). */
export interface GlossaryTerms {
  readonly en: readonly string[]
  readonly fr: readonly string[]
}

/** How many terms of the other language a matched word or phrase is searched as (the first ones). */
export const MAX_TRANSLATIONS = 3

/**
 * A term the query's words stand for: its folded words, its language (the other one for a
 * translation, the reader's own for a variant of the same entry), and `compound` when written as
 * one hyphenated word ("micro-crédit").
 */
export interface TranslationTarget {
  words: string[]
  language: SearchLocale
  compound: boolean
}

/**
 * Variants in the reader's own language searched with the translations (the other terms of the
 * glossary entry: "arrears" -> "late repayment"), at most this many, after the translations.
 */
export const MAX_VARIANTS = 3

/** A run of query words that the glossary knows, with its terms in the other language. */
export interface TranslatedSegment {
  /** Position of the first and of the last query word of the run. */
  start: number
  end: number
  /** The terms in the other language, the preferred one first, then variants in the reader's language. */
  targets: TranslationTarget[]
}

const other = (locale: SearchLocale): SearchLocale => (locale === 'en' ? 'fr' : 'en')

export class QueryTranslator {
  /** Per source language: stems of a source term joined by spaces -> target terms (folded words). */
  private readonly tables: Record<SearchLocale, Map<string, TranslationTarget[]>> = { en: new Map(), fr: new Map() }
  /** Per language: stems of a term -> the other terms of its entries in the same language. */
  private readonly variants: Record<SearchLocale, Map<string, TranslationTarget[]>> = { en: new Map(), fr: new Map() }
  private readonly longest: Record<SearchLocale, number> = { en: 0, fr: 0 }

  constructor(entries: readonly GlossaryTerms[]) {
    for (const entry of entries) {
      for (const from of SEARCH_LOCALES) {
        const targets = targetsOf(entry[other(from)], other(from))
        if (targets.length === 0) continue
        const own = targetsOf(entry[from], from)
        for (const term of entry[from]) {
          const words = foldedWords(term)
          if (words.length === 0) continue
          const key = stemKey(words, from)
          addTargets(this.tables[from], key, words, targets)
          addTargets(
            this.variants[from],
            key,
            words,
            own.filter((variant) => stemKey(variant.words, from) !== key),
          )
          this.longest[from] = Math.max(this.longest[from], words.length)
        }
      }
    }
  }

  get size(): number {
    return this.tables.en.size + this.tables.fr.size
  }

  /**
   * The runs of `words` (folded query words, in the reader's language `from`) that the glossary
   * translates, left to right, longest run first.
   */
  segments(words: readonly string[], from: SearchLocale): TranslatedSegment[] {
    const table = this.tables[from]
    if (table.size === 0) return []
    const stems = words.map((word) => analyzerFor(from).stem(word))
    const out: TranslatedSegment[] = []
    for (let i = 0; i < words.length;) {
      let found: TranslatedSegment | undefined
      for (let length = Math.min(this.longest[from], words.length - i); length >= 1 && !found; length--) {
        const key = stems.slice(i, i + length).join(' ')
        const targets = table.get(key)
        if (targets) {
          const variants = this.variants[from].get(key) ?? []
          found = { start: i, end: i + length - 1, targets: [...targets.slice(0, MAX_TRANSLATIONS), ...variants.slice(0, MAX_VARIANTS)] }
        }
      }
      if (found) {
        out.push(found)
        i = found.end + 1
      } else {
        i++
      }
    }
    return out
  }

  /**
   * The translated query strings (one per rank of translation, at most MAX_TRANSLATIONS), for an
   * engine that searches whole queries (Meilisearch): each known run replaced by its k-th term
   * (or its first when it has fewer), multi-word terms quoted as phrases, hyphenated ones kept
   * hyphenated (Meilisearch finds them in both forms), other words kept.
   * Empty when the glossary knows none of the words.
   */
  translatedQueries(q: string, from: SearchLocale, maxWords: number): string[] {
    const words = foldedWords(q).slice(0, maxWords)
    const segments = this.segments(words, from)
    if (segments.length === 0) return []
    const variants = Math.max(...segments.map((segment) => segment.targets.length))
    const out: string[] = []
    for (let k = 0; k < variants; k++) {
      const parts: string[] = []
      let next = 0
      for (const segment of segments) {
        parts.push(...words.slice(next, segment.start))
        const target = segment.targets[Math.min(k, segment.targets.length - 1)]!
        parts.push(target.compound ? target.words.join('-') : target.words.length > 1 ? `"${target.words.join(' ')}"` : target.words[0]!)
        next = segment.end + 1
      }
      parts.push(...words.slice(next))
      const query = parts.join(' ')
      if (!out.includes(query)) out.push(query)
    }
    return out
  }
}

function targetsOf(terms: readonly string[], language: SearchLocale): TranslationTarget[] {
  return terms
    .map((term) => ({ words: foldedWords(term), language, compound: !/\s/.test(term.trim()) }))
    .filter((target) => target.words.length > 0)
    .map((target) => ({ ...target, compound: target.compound && target.words.length > 1 }))
}

/** Adds to `table[key]` the targets it lacks, except the term itself. */
function addTargets(
  table: Map<string, TranslationTarget[]>,
  key: string,
  words: readonly string[],
  targets: readonly TranslationTarget[],
): void {
  const list = table.get(key) ?? []
  for (const target of targets) {
    const same = target.words.join(' ') === words.join(' ')
    if (!same && !list.some((known) => known.words.join(' ') === target.words.join(' '))) list.push(target)
  }
  if (list.length > 0) table.set(key, list)
}

function stemKey(words: readonly string[], language: SearchLocale): string {
  const analyzer = analyzerFor(language)
  return words.map((word) => analyzer.stem(word)).join(' ')
}

/** No glossary: nothing is translated. */
export const NO_TRANSLATION = new QueryTranslator([])
