import { foldedWords } from './analysis'
import type { SearchIndex, SearchRequest, SearchResult } from './port'
import { SEARCH_SETTINGS } from './settings'

/**
 * A query whose words together find nothing often has one word the collection does not use
 * ("bilingual staff", where the records say "multilingual staff"). Rather than an empty page,
 * the words that find nothing on their own, with the reader's filters, are left out and the
 * rest is searched; the result names the words left out (`droppedWords`) so the page can say
 * so. Written over the search port, so both engines behave alike.
 *
 * Only the search page and GET /api/search use it: a feed or an alert for a search keeps to
 * every word.
 */
export async function searchWithFewerWords(index: SearchIndex, request: SearchRequest): Promise<SearchResult> {
  const result = await index.search(request)
  const typed = (request.q ?? '')
    .trim()
    .split(/\s+/u)
    .filter((word) => foldedWords(word).length > 0)
  const words = typed.slice(0, SEARCH_SETTINGS.maxQueryWords)
  if (result.totalHits > 0 || words.length < 2) return result

  const alone = await Promise.all(
    words.map((word) =>
      index.search({ ...request, q: word, facets: [], page: 1, hitsPerPage: 1, suggest: false }).then((probe) => probe.totalHits > 0),
    ),
  )
  const kept = words.filter((_, i) => alone[i])
  if (kept.length === 0 || kept.length === words.length) return result

  const fewer = await index.search({ ...request, q: kept.join(' ') })
  if (fewer.totalHits === 0) return result
  return {
    ...fewer,
    droppedWords: words.filter((_, i) => !alone[i]),
    ...(result.suggestion ? { suggestion: result.suggestion } : {}),
  }
}
