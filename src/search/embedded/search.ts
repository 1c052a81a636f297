import { analyzerFor } from '../analysis'
import type { SearchDocument, SearchLocale } from '../document'
import { markMatches, renderHighlight } from '../highlight'
import type { SearchHit, SearchRequest, SearchResult } from '../port'
import { SEARCH_SETTINGS, SEARCHABLE_ATTRIBUTES } from '../settings'
import { bestSuggestion, suggestionVariants } from '../suggestion'
import type { QueryTranslator } from '../translation'
import { BREAK, type Entry, type LocaleIndex } from './locale-index'
import { matchTerms } from './match'
import { QueryParser } from './query'
import { rankAll, rankTextMatches } from './rank'
import { wordCorrections } from './suggest'

/**
 * The search method of one locale index: parse the query (query.ts), match its terms
 * (match.ts), rank the matches and cut the page (rank.ts), count the facets over every match
 * (facets.ts), and build the hits with safe highlights. When a text query finds nothing, a
 * corrected query that finds something is proposed (suggest.ts).
 */
export class LocaleSearch {
  private readonly parser: QueryParser

  constructor(
    readonly index: LocaleIndex,
    translator: QueryTranslator,
  ) {
    this.parser = new QueryParser(index, translator)
  }

  search(request: SearchRequest, withSuggestion = true): SearchResult {
    const started = performance.now()
    const index = this.index
    index.prepare()
    const query = this.parser.parse(request.q ?? '')
    const filter = index.facets.compile(request.filters)
    const { page, hitsPerPage, sort } = request
    const offset = (page - 1) * hitsPerPage
    const end = Math.min(SEARCH_SETTINGS.pagination.maxTotalHits, offset + hitsPerPage)

    let ranked: { candidates: Uint32Array | null; matching: number; page: number[] } = { candidates: null, matching: 0, page: [] }
    if (filter === null) {
      // A filter value no document has: nothing matches.
    } else if (query.own.length === 0) {
      ranked = rankAll(index, filter, sort, offset, end)
    } else {
      const own = matchTerms(index, query.own)
      const translated = query.translated ? matchTerms(index, query.translated) : null
      ranked = rankTextMatches(index, own, translated, filter, sort, offset, end)
    }

    const totalHits = Math.min(ranked.matching, SEARCH_SETTINGS.pagination.maxTotalHits)
    const facetDistribution = index.facets.count(ranked.candidates, request.facets, index.capacity)
    const highlighter = new Highlighter(query.highlight, query.highlightIds)
    const hits = ranked.page.map((id) => highlighter.hit(index.byInternal[id]!))
    const result: SearchResult = {
      hits,
      facetDistribution,
      totalHits,
      page,
      totalPages: Math.ceil(totalHits / hitsPerPage),
      hitsPerPage,
      processingTimeMs: 0,
    }
    if (totalHits === 0 && withSuggestion && query.own.length > 0) {
      const suggestion = this.suggest(request)
      if (suggestion) result.suggestion = suggestion
    }
    result.processingTimeMs = Math.round((performance.now() - started) * 100) / 100
    return result
  }

  private suggest(request: SearchRequest): string | undefined {
    const variants = suggestionVariants(wordCorrections(this.index, request.q ?? ''))
    const hits = variants.map((q) => this.search({ ...request, q, page: 1, hitsPerPage: 1, facets: [] }, false).totalHits)
    return bestSuggestion(variants, hits)
  }
}

/** Hits with safe highlights: a word is marked when its stem (in the text's language) was matched. */
class Highlighter {
  private readonly matchers: Record<SearchLocale, (word: string) => boolean>

  constructor(
    matched: Set<string>,
    private readonly matchedIds: Set<number>,
  ) {
    const matcher = (language: SearchLocale) => {
      if (matched.size === 0) return () => false
      const analyzer = analyzerFor(language)
      const memo = new Map<string, boolean>()
      return (word: string) => {
        let hit = memo.get(word)
        if (hit === undefined) {
          hit = matched.has(analyzer.stemRaw(word))
          memo.set(word, hit)
        }
        return hit
      }
    }
    this.matchers = { en: matcher('en'), fr: matcher('fr') }
  }

  hit(entry: Entry): SearchHit {
    const doc = entry.doc
    const isMatch = this.matchers[doc.contentLanguage]
    const found = this.attributesWithMatches(entry.sequence)
    const mark = (text: string, attribute: number) => (found & (1 << attribute) ? markMatches(text, isMatch) : text)
    const crop = { cropWords: SEARCH_SETTINGS.cropLength, cropMarker: SEARCH_SETTINGS.cropMarker, noMatch: (found & (1 << BODY)) === 0 }
    return {
      ...copyDocument(doc),
      highlight: {
        title: renderHighlight(mark(doc.title, TITLE)),
        summary: renderHighlight(mark(doc.summary, SUMMARY)),
        body: renderHighlight(markMatches(doc.body, isMatch, crop)),
      },
    }
  }

  /** Bit k set when a matched term occurs in attribute k (read on the word sequence, not the text). */
  private attributesWithMatches(sequence: Int32Array): number {
    if (this.matchedIds.size === 0) return 0
    let found = 0
    let attribute = 0
    for (let i = 0; i < sequence.length; i++) {
      const term = sequence[i]!
      if (term < 0) {
        if (term !== BREAK) attribute = -term - 1
      } else if ((found & (1 << attribute)) === 0 && this.matchedIds.has(term)) {
        found |= 1 << attribute
      }
    }
    return found
  }
}

const TITLE = SEARCHABLE_ATTRIBUTES.indexOf('title')
const SUMMARY = SEARCHABLE_ATTRIBUTES.indexOf('summary')
const BODY = SEARCHABLE_ATTRIBUTES.indexOf('body')

export function copyDocument(doc: SearchDocument): SearchDocument {
  return {
    ...doc,
    pilotNames: [...doc.pilotNames],
    pilotSlugs: [...doc.pilotSlugs],
    countries: [...doc.countries],
    themes: [...doc.themes],
    themeGroups: [...doc.themeGroups],
    targetGroups: [...doc.targetGroups],
    interventionTypes: [...doc.interventionTypes],
    languages: [...doc.languages],
    fundingInstruments: [...doc.fundingInstruments],
  }
}
