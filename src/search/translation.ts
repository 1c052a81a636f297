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

/** A run of query words that the glossary knows, with its terms in the other language. */
export interface TranslatedSegment {
  /** Position of the first and of the last query word of the run. */
  start: number
  end: number
  /** The terms in the other language, folded, as word lists; the preferred one first. */
  targets: string[][]
}

const other = (locale: SearchLocale): SearchLocale => (locale === 'en' ? 'fr' : 'en')

export class QueryTranslator {
  /** Per source language: stems of a source term joined by spaces -> target terms (folded words). */
  private readonly tables: Record<SearchLocale, Map<string, string[][]>> = { en: new Map(), fr: new Map() }
  private readonly longest: Record<SearchLocale, number> = { en: 0, fr: 0 }

  constructor(entries: readonly GlossaryTerms[]) {
    for (const entry of entries) {
      for (const from of SEARCH_LOCALES) {
        const targets = entry[other(from)].map((term) => foldedWords(term)).filter((words) => words.length > 0)
        if (targets.length === 0) continue
        for (const term of entry[from]) {
          const words = foldedWords(term)
          if (words.length === 0) continue
          const key = stemKey(words, from)
          const list = this.tables[from].get(key) ?? []
          for (const target of targets) {
            const same = target.join(' ') === words.join(' ')
            if (!same && !list.some((known) => known.join(' ') === target.join(' '))) list.push(target)
          }
          if (list.length > 0) this.tables[from].set(key, list)
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
        const targets = table.get(stems.slice(i, i + length).join(' '))
        if (targets) found = { start: i, end: i + length - 1, targets: targets.slice(0, MAX_TRANSLATIONS) }
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
   * (or its first when it has fewer), multi-word terms quoted as phrases, other words kept.
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
        parts.push(target.length > 1 ? `"${target.join(' ')}"` : target[0]!)
        next = segment.end + 1
      }
      parts.push(...words.slice(next))
      const query = parts.join(' ')
      if (!out.includes(query)) out.push(query)
    }
    return out
  }
}

function stemKey(words: readonly string[], language: SearchLocale): string {
  const analyzer = analyzerFor(language)
  return words.map((word) => analyzer.stem(word)).join(' ')
}

/** No glossary: nothing is translated. */
export const NO_TRANSLATION = new QueryTranslator([])
