import { COMPOUND_QUERIES } from './queries/compound'
import { CROSS_LANGUAGE_QUERIES } from './queries/cross-language'
import { EXACT_QUERIES } from './queries/exact'
import { FACET_QUERIES } from './queries/facet'
import type { JudgedQuery } from './queries/judged-query'
import { QUESTION_QUERIES } from './queries/question'
import { SYNONYM_QUERIES } from './queries/synonym'
import { TYPO_QUERIES } from './queries/typo'

export { type JudgedQuery, QUERY_KINDS, type QueryKind } from './queries/judged-query'

/**
 * The judged relevance set: queries a reader of the hub would type, in English and French,
 * each with the records that should come first. Judged by reading the seed content
 * (src/seed/content), never by running a search: see docs/relevance.md.
 *
 * `expected` lists the records whose subject the query is about (at most ten, in no order); a
 * record that only mentions the words in passing is left out. Records marked in
 * ONE_LANGUAGE_RECORDS (records.ts) exist in one language only; a query expects them in its own
 * language, or, in the `cross-language` kind, from the other one.
 *
 * The queries of each kind are in a file of queries/ named after the kind; the records' short
 * names are in queries/short-names.ts.
 */
export const judgedQueries: readonly JudgedQuery[] = [
  ...EXACT_QUERIES,
  ...TYPO_QUERIES,
  ...COMPOUND_QUERIES,
  ...SYNONYM_QUERIES,
  ...FACET_QUERIES,
  ...QUESTION_QUERIES,
  ...CROSS_LANGUAGE_QUERIES,
]
