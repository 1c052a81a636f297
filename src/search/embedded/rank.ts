import type { SearchSort } from '../port'
import { matchingStrategyFor, otherLanguageRank } from '../settings'
import { countBits, hasBit, setBit } from './bits'
import type { LocaleIndex } from './locale-index'
import { NO_MATCH } from './match'

/**
 * Ranking of the documents that match a text query, in this order (Meilisearch-like rules):
 *   0. the reader's own words before the translation: a document matching the first term of
 *      the query as typed ranks by it; one matching only through the glossary ranks after all
 *      of those, by the translated query (as Meilisearch's federated search with a small weight);
 *   1. words: the number of query terms matched, counted from the first (Meilisearch's "last"
 *      matching strategy: a document must match at least the first term);
 *   2. match quality, summed over terms: exact (or synonym, compound) 0 < one typo 1 < two
 *      typos 2 < prefix only 3;
 *   3. attribute: the best attribute each term matched in (title < summary < pilotNames < body);
 *   4. the reader's own language before the original text of a record with no translation in it
 *      (settings.ts, OTHER_LANGUAGE_ATTRIBUTE);
 *   5. newest first, then id.
 * An explicit sort (newest, title) replaces all of these (it is strict), as 'sort' comes first
 * in the ranking rules.
 *
 * A long query (SEARCH_SETTINGS.longQueryWords, Meilisearch's 'frequency' strategy) matches the
 * documents with any of its rarer terms (those in at most half the documents, when it has any),
 * and rule 1 becomes the share of the query's weight they hold, each term weighing its inverse
 * document frequency: a document with the rare words of a question ranks above one with its
 * common words ("how", "migrant").
 */

/** Above every bucket of the reader's own words (rules 1 to 4, for either strategy). */
const TRANSLATED_BUCKET = 2 * 16 * 64 * 64

export interface RankedPage {
  /** Every matching document (the facets are counted over them). */
  candidates: Uint32Array
  matching: number
  /** Internal ids of the requested page, in order. */
  page: number[]
}

export function rankTextMatches(
  index: LocaleIndex,
  own: Uint8Array[],
  translated: Uint8Array[] | null,
  filter: Uint32Array | undefined,
  sort: SearchSort,
  offset: number,
  end: number,
): RankedPage {
  const order = sort === 'title' ? 'title' : 'newest'
  const ranks = index.orders.ranks(order)
  const ids = index.orders.ids(order)
  const n = Math.max(1, ids.length)
  if (matchingStrategyFor(own.length) === 'frequency') {
    return rankByFrequency(index, own, translated, filter, sort, offset, end, ranks, ids, n)
  }
  const candidates = new Uint32Array(index.live.length)
  const keys: number[] = []
  const firstOwn = own[0]!
  const firstTranslated = translated?.[0]
  for (let id = 0; id < index.capacity; id++) {
    const ownMatch = firstOwn[id] !== NO_MATCH
    if (!ownMatch && (!firstTranslated || firstTranslated[id] === NO_MATCH)) continue
    if (!hasBit(index.live, id) || (filter && !hasBit(filter, id))) continue
    setBit(candidates, id)
    let bucket = 0
    if (sort === 'relevance') {
      const terms = ownMatch ? own : translated!
      let words = 0
      let cost = 0
      let attribute = 0
      for (const best of terms) {
        const packed = best[id]!
        if (packed === NO_MATCH) break
        words++
        cost += packed >> 3
        attribute += packed & 7
      }
      bucket = (((terms.length - words) * 64 + cost) * 64 + attribute) * 2 + otherLanguage(index, id) + (ownMatch ? 0 : TRANSLATED_BUCKET)
    }
    keys.push(bucket * n + ranks[id]!)
  }
  const page: number[] = []
  if (offset < Math.min(end, keys.length)) {
    const sorted = smallestKeys(keys, Math.min(end, keys.length))
    for (let i = offset; i < sorted.length; i++) page.push(ids[sorted[i]! % n]!)
  }
  return { candidates, matching: keys.length, page }
}

/** Steps of the share of a long query's weight that a document misses (rule 1). */
const WEIGHT_STEPS = 1000

interface Weighted {
  terms: Uint8Array[]
  /** Inverse document frequency of each term (0 for a term no document matches). */
  weights: number[]
  total: number
  /** Terms that make a document a candidate: the rarer ones, or all when every term is common. */
  selective: number[]
}

function weigh(index: LocaleIndex, terms: Uint8Array[], filter: Uint32Array | undefined): Weighted {
  const counts = terms.map(() => 0)
  let documents = 0
  for (let id = 0; id < index.capacity; id++) {
    if (!hasBit(index.live, id) || (filter && !hasBit(filter, id))) continue
    documents++
    for (let t = 0; t < terms.length; t++) if (terms[t]![id] !== NO_MATCH) counts[t]!++
  }
  const weights = counts.map((count) => (count === 0 ? 0 : Math.log(1 + documents / count)))
  const rare = counts.flatMap((count, t) => (count > 0 && count * 2 <= documents ? [t] : []))
  const selective = rare.length > 0 ? rare : counts.flatMap((count, t) => (count > 0 ? [t] : []))
  return { terms, weights, total: weights.reduce((a, b) => a + b, 0), selective }
}

/** The rank bucket of a document for a weighted query, or -1 when it is not a candidate. */
function weightedBucket(query: Weighted, id: number): number {
  if (!query.selective.some((t) => query.terms[t]![id] !== NO_MATCH)) return -1
  let held = 0
  let cost = 0
  let attribute = 0
  for (let t = 0; t < query.terms.length; t++) {
    const packed = query.terms[t]![id]!
    if (packed === NO_MATCH) continue
    held += query.weights[t]!
    cost += packed >> 3
    attribute += packed & 7
  }
  const missing = query.total > 0 ? Math.round(((query.total - held) / query.total) * WEIGHT_STEPS) : 0
  return (missing * 16 + Math.min(15, cost)) * 4 + Math.min(3, attribute >> 2)
}

function rankByFrequency(
  index: LocaleIndex,
  own: Uint8Array[],
  translated: Uint8Array[] | null,
  filter: Uint32Array | undefined,
  sort: SearchSort,
  offset: number,
  end: number,
  ranks: ArrayLike<number>,
  ids: ArrayLike<number>,
  n: number,
): RankedPage {
  const ownQuery = weigh(index, own, filter)
  const translatedQuery = translated ? weigh(index, translated, filter) : null
  const candidates = new Uint32Array(index.live.length)
  const keys: number[] = []
  for (let id = 0; id < index.capacity; id++) {
    if (!hasBit(index.live, id) || (filter && !hasBit(filter, id))) continue
    let bucket = weightedBucket(ownQuery, id)
    if (bucket < 0 && translatedQuery) {
      const other = weightedBucket(translatedQuery, id)
      if (other >= 0) bucket = other + TRANSLATED_BUCKET
    }
    if (bucket < 0) continue
    bucket = bucket * 2 + otherLanguage(index, id)
    setBit(candidates, id)
    keys.push((sort === 'relevance' ? bucket : 0) * n + ranks[id]!)
  }
  const page: number[] = []
  if (offset < Math.min(end, keys.length)) {
    const sorted = smallestKeys(keys, Math.min(end, keys.length))
    for (let i = offset; i < sorted.length; i++) page.push(ids[sorted[i]! % n]!)
  }
  return { candidates, matching: keys.length, page }
}

/** Rule 4: 1 when the document's text is another language's original, 0 when it is in the index's. */
function otherLanguage(index: LocaleIndex, id: number): number {
  return otherLanguageRank(index.byInternal[id]!.doc)
}

/** The `k` smallest keys, ascending (keys are distinct integers). */
export function smallestKeys(keys: number[], k: number): Float64Array {
  if (k * 8 >= keys.length) return Float64Array.from(keys).sort().subarray(0, k)
  // Bounded insertion into a sorted buffer: most keys are rejected by one comparison.
  const top = new Float64Array(k)
  let size = 0
  for (const key of keys) {
    if (size === k && key >= top[k - 1]!) continue
    let i = size < k ? size++ : k - 1
    while (i > 0 && top[i - 1]! > key) {
      top[i] = top[i - 1]!
      i--
    }
    top[i] = key
  }
  return top
}

/** No text: the filtered documents in the stored order (relevance is newest first). */
export function rankAll(index: LocaleIndex, filter: Uint32Array | undefined, sort: SearchSort, offset: number, end: number): RankedPage {
  const ids = index.orders.ids(sort === 'title' ? 'title' : 'newest')
  const allowed = filter ?? index.live
  const page: number[] = []
  let seen = 0
  for (let k = 0; k < ids.length && seen < end; k++) {
    const id = ids[k]!
    if (!hasBit(index.live, id) || !hasBit(allowed, id)) continue
    if (seen >= offset) page.push(id)
    seen++
  }
  let candidates = allowed
  if (filter) {
    candidates = new Uint32Array(filter.length)
    for (let w = 0; w < filter.length; w++) candidates[w] = filter[w]! & (index.live[w] ?? 0)
  }
  return { candidates, matching: countBits(candidates), page }
}
