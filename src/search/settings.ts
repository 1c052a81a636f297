import type { SearchDocument, SearchLocale } from './document'
import type { FacetName } from './port'

/** Document attribute behind each facet. */
export const FACET_ATTRIBUTES = {
  type: 'type',
  country: 'countries',
  pilot: 'pilotSlugs',
  themeGroup: 'themeGroups',
  theme: 'themes',
  targetGroup: 'targetGroups',
  interventionType: 'interventionTypes',
  evidenceLevel: 'evidenceLevel',
  lessonKind: 'lessonKind',
  year: 'year',
  language: 'languages',
  fundingInstrument: 'fundingInstruments',
} as const satisfies Record<FacetName, keyof SearchDocument>

export type FacetAttribute = (typeof FACET_ATTRIBUTES)[FacetName]

/** Searchable text attributes, most important first (the order is the attribute weight). */
export const SEARCHABLE_ATTRIBUTES = ['title', 'summary', 'pilotNames', 'body'] as const
export type SearchableAttribute = (typeof SEARCHABLE_ATTRIBUTES)[number]

/** Normalised title for sorting: lowercase, without accents, trimmed. */
export const TITLE_SORT_ATTRIBUTE = 'titleSort'

/**
 * Stored beside each document in Meilisearch: 0 when its text is in the index's language, 1 when
 * it is the original text of a record with no translation in that language. The last ranking
 * rule: at equal relevance a reader gets the records written in their language first.
 */
export const OTHER_LANGUAGE_ATTRIBUTE = 'otherLanguage'

/** The value of OTHER_LANGUAGE_ATTRIBUTE for a document (the embedded engine ranks by it too). */
export const otherLanguageRank = (doc: Pick<SearchDocument, 'locale' | 'contentLanguage'>): 0 | 1 =>
  doc.contentLanguage === doc.locale ? 0 : 1

export function titleSortKey(title: string): string {
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/\s+/g, ' ').trim()
}

/**
 * Synonym groups per locale: every term of a group finds the others. Multi-word terms are
 * allowed. Both engines read these (embedded: query expansion; Meilisearch: `synonyms`).
 */
export const SYNONYM_GROUPS: Record<SearchLocale, readonly (readonly string[])[]> = {
  en: [
    ['microcredit', 'microfinance', 'micro-loan', 'microloan'],
    ['migrant', 'third-country national', 'newcomer', 'immigrant'],
    ['entrepreneur', 'self-employed'],
  ],
  fr: [
    ['microcrédit', 'microfinance', 'micro-prêt'],
    ['migrant', 'ressortissant de pays tiers', 'nouvel arrivant', 'immigré'],
    ['entrepreneur', 'travailleur indépendant'],
  ],
}

/** The settings of every index, in one place. Applied before documents go in. */
export const SEARCH_SETTINGS = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: [...new Set<string>([...Object.values(FACET_ATTRIBUTES), 'type', 'locale'])],
  sortableAttributes: ['publishedAt', TITLE_SORT_ATTRIBUTE],
  /**
   * 'sort' first: an explicit sort (newest, title) is strict; relevance breaks ties. Last, the
   * reader's own language before another language's original text.
   */
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', `${OTHER_LANGUAGE_ATTRIBUTE}:asc`],
  synonymGroups: SYNONYM_GROUPS,
  typoTolerance: { minWordSizeForOneTypo: 5, minWordSizeForTwoTypos: 9 },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 10_000 },
  searchCutoffMs: 150,
  /** Length of the body snippet, in words. */
  cropLength: 30,
  cropMarker: '…',
  /** Meilisearch caps a query at 10 words; the embedded engine does the same. */
  maxQueryWords: 10,
  /**
   * From this many words, a query is a question in plain language ("how do I help migrant
   * families talk to schools"), whose words are rarely all in one record: it matches records
   * with any of its rarer words, ranked by how much of the query (weighted by rarity) they hold
   * (Meilisearch's 'frequency' matching strategy). Shorter queries use 'last': a record must
   * match the first word, and the more words it matches in order, the higher it ranks.
   */
  longQueryWords: 4,
} as const

/** Typos a word of this length may have under `tolerance` (Meilisearch's rule: by word length). */
export function typosAllowed(
  word: string,
  tolerance: { minWordSizeForOneTypo: number; minWordSizeForTwoTypos: number } = SEARCH_SETTINGS.typoTolerance,
): number {
  return word.length >= tolerance.minWordSizeForTwoTypos ? 2 : word.length >= tolerance.minWordSizeForOneTypo ? 1 : 0
}

/** The matching strategy of a query of `words` words (see SEARCH_SETTINGS.longQueryWords). */
export function matchingStrategyFor(words: number): 'last' | 'frequency' {
  return words >= SEARCH_SETTINGS.longQueryWords ? 'frequency' : 'last'
}

/** Sort attribute (with direction) for each public sort. */
export const SORT_RULES = {
  relevance: null,
  newest: 'publishedAt:desc',
  title: `${TITLE_SORT_ATTRIBUTE}:asc`,
} as const

/** The synonyms of one locale as Meilisearch wants them: each term -> every other term of its group. */
export function synonymMap(locale: SearchLocale): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of SYNONYM_GROUPS[locale]) {
    for (const term of group) {
      map[term] = group.filter((other) => other !== term)
    }
  }
  return map
}
