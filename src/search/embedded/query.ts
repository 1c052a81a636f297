import { analyzerFor, foldedWords } from '../analysis'
import type { SearchLocale } from '../document'
import { SEARCH_SETTINGS, SYNONYM_GROUPS, typosAllowed } from '../settings'
import type { QueryTranslator } from '../translation'
import type { LocaleIndex } from './locale-index'

/**
 * Parsing a query into terms for one locale index. Each query word is a term, matched by any of
 * its alternatives, each with a cost (lower ranks higher):
 *   the word itself: its stem and the stems it was indexed under (0), one or two typos on the
 *   whole word (1, 2), a prefix when it is the last word (3);
 *   a compound written in two or three words: "micro credit" / "micro-credit" also searches
 *   "microcredit" (0, on each word it joins, as Meilisearch's concatenation);
 *   a compound split: "microcredit" also searches the phrase "micro credit" (1), split where
 *   both parts are indexed words, at the place where the rarer part is the most frequent;
 *   synonyms (settings.ts): the other terms of the group, as words or phrases (0).
 * The translated query (when the glossary knows some words) has the same terms, the known
 * words' alternatives replaced by their translations and by the other terms of their glossary
 * entry in the reader's language (words or phrases, 0).
 */

export const COST_PREFIX = 3
export const COST_SPLIT = 1
/** A prefix matches at most this many dictionary words (the first ones in order). */
export const PREFIX_EXPANSIONS = 500
/** Compounds written as separate words are looked up over at most this many words (as Meilisearch). */
const MAX_CONCATENATED = 3

/** Term ids (stems) with their cost. */
export interface WordAlternative {
  kind: 'word'
  terms: Map<number, number>
}

/** Adjacent words: each position accepts any of its term ids. */
export interface PhraseAlternative {
  kind: 'phrase'
  positions: number[][]
  cost: number
}

export type Alternative = WordAlternative | PhraseAlternative

export interface QueryTerm {
  alternatives: Alternative[]
}

export interface ParsedQuery {
  words: string[]
  own: QueryTerm[]
  /** null when the glossary knows none of the words. */
  translated: QueryTerm[] | null
  /** Stems to highlight in the hits, and their term ids. */
  highlight: Set<string>
  highlightIds: Set<number>
}

interface SynonymMember {
  words: string[]
  stems: string[]
}

export class QueryParser {
  private readonly synonyms: SynonymMember[][]

  constructor(
    private readonly index: LocaleIndex,
    private readonly translator: QueryTranslator,
  ) {
    const analyzer = analyzerFor(index.locale)
    this.synonyms = SYNONYM_GROUPS[index.locale].map((group) =>
      group.map((term) => {
        const words = foldedWords(term)
        return { words, stems: words.map((w) => analyzer.stem(w)) }
      }),
    )
  }

  parse(q: string): ParsedQuery {
    const locale = this.index.locale
    const words = foldedWords(q).slice(0, SEARCH_SETTINGS.maxQueryWords)
    const highlight = new Set<string>()
    const highlightIds = new Set<number>()
    const own: QueryTerm[] = words.map((word, i) => ({
      alternatives: [this.typedWord(word, i === words.length - 1)],
    }))
    words.forEach((word, i) => {
      const split = this.split(word)
      if (split) own[i]!.alternatives.push(split)
    })
    for (let i = 0; i < words.length; i++) {
      for (let length = 2; length <= MAX_CONCATENATED && i + length <= words.length; length++) {
        const joined = this.exactWord(words.slice(i, i + length).join(''), locale)
        if (joined.terms.size > 0) for (let k = i; k < i + length; k++) own[k]!.alternatives.push(joined)
      }
    }
    this.addSynonyms(words, own)

    let translated: QueryTerm[] | null = null
    const segments = this.translator.segments(words, locale)
    if (segments.length > 0) {
      translated = own.map((term) => ({ alternatives: term.alternatives }))
      for (const segment of segments) {
        const alternatives: Alternative[] = []
        for (const { words: target, compound, language } of segment.targets) {
          if (target.length === 1 || compound) alternatives.push(this.exactWord(target.join(''), language))
          const phrase = target.length > 1 ? this.phrase(target, language, 0) : null
          if (phrase) alternatives.push(phrase)
        }
        for (let k = segment.start; k <= segment.end; k++) translated[k] = { alternatives }
      }
    }

    for (const terms of translated ? [own, translated] : [own]) {
      for (const term of terms) {
        for (const alternative of term.alternatives) {
          const ids = alternative.kind === 'word' ? alternative.terms.keys() : alternative.positions.flat()
          for (const id of ids) highlightIds.add(id)
        }
      }
    }
    for (const id of highlightIds) highlight.add(this.index.postings.term(id))
    return { words, own, translated, highlight, highlightIds }
  }

  /** The stems a word stands for in `language`: its own stem and those it was indexed under. */
  private stemsOf(word: string, language: SearchLocale): number[] {
    const out: number[] = []
    const stem = this.index.postings.id(analyzerFor(language).stem(word))
    if (stem !== undefined) out.push(stem)
    const wordId = this.index.dictionary.id(word)
    if (wordId !== undefined) for (const id of this.index.dictionary.stems(wordId)) if (!out.includes(id)) out.push(id)
    return out
  }

  private exactWord(word: string, language: SearchLocale): WordAlternative {
    return { kind: 'word', terms: new Map(this.stemsOf(word, language).map((id) => [id, 0])) }
  }

  /** A word as the reader typed it: exact, with typos by its length, and as a prefix when last. */
  private typedWord(word: string, last: boolean): WordAlternative {
    const alternative = this.exactWord(word, this.index.locale)
    const terms = alternative.terms
    const offer = (wordId: number, cost: number) => {
      for (const id of this.index.dictionary.stems(wordId)) {
        const known = terms.get(id)
        if (known === undefined || cost < known) terms.set(id, cost)
      }
    }
    const maxTypos = typosAllowed(word)
    if (maxTypos > 0) this.index.dictionary.forTypos(word, maxTypos, (id, typos) => typos > 0 && offer(id, typos))
    if (last) this.index.dictionary.forPrefix(word, PREFIX_EXPANSIONS, (id) => offer(id, COST_PREFIX))
    return alternative
  }

  /** Adjacent words in `language`; null when one of them is in no document. */
  private phrase(words: readonly string[], language: SearchLocale, cost: number): PhraseAlternative | null {
    const positions = words.map((word) => this.stemsOf(word, language))
    return positions.some((ids) => ids.length === 0) ? null : { kind: 'phrase', positions, cost }
  }

  /** "microcredit" as the phrase "micro credit", where both parts are indexed words. */
  private split(word: string): PhraseAlternative | null {
    const dictionary = this.index.dictionary
    let best: { at: number; score: number } | undefined
    for (let at = 2; at <= word.length - 2; at++) {
      const left = dictionary.id(word.slice(0, at))
      const right = dictionary.id(word.slice(at))
      if (left === undefined || right === undefined) continue
      const score = Math.min(this.index.wordFrequency(left), this.index.wordFrequency(right))
      if (score > 0 && (!best || score > best.score)) best = { at, score }
    }
    return best ? this.phrase([word.slice(0, best.at), word.slice(best.at)], this.index.locale, COST_SPLIT) : null
  }

  /** A run of query words equal (by stems) to a synonym: every other term of its group spans the run. */
  private addSynonyms(words: string[], terms: QueryTerm[]): void {
    const analyzer = analyzerFor(this.index.locale)
    const stems = words.map((word) => analyzer.stem(word))
    for (let i = 0; i < words.length; i++) {
      for (const group of this.synonyms) {
        for (const member of group) {
          const length = member.stems.length
          if (length === 0 || i + length > words.length) continue
          if (member.stems.some((stem, k) => stem !== stems[i + k])) continue
          for (const synonym of group) {
            if (synonym === member) continue
            const alternative =
              synonym.words.length === 1
                ? this.exactWord(synonym.words[0]!, this.index.locale)
                : this.phrase(synonym.words, this.index.locale, 0)
            if (!alternative || (alternative.kind === 'word' && alternative.terms.size === 0)) continue
            for (let k = i; k < i + length; k++) terms[k]!.alternatives.push(alternative)
          }
        }
      }
    }
  }
}
