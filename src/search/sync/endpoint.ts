import type { Endpoint } from 'payload'

import { clientAddress, consumeRateLimit, TooManyRequests } from '../../security/rate-limit'
import { searchWithFewerWords } from '../fewer-words'
import { recordZeroHitSearch } from '../misses'
import { parseSearchParams } from '../request'
import { readySearchIndex } from './ready'

/**
 * GET /api/search: full text, filters, facets, sort and pagination over what the public may
 * read. Bad parameters answer 400 with one error per parameter, naming it.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    try {
      await consumeRateLimit('search', clientAddress(req), req, 'searches')
    } catch (error) {
      if (!(error instanceof TooManyRequests)) throw error
      const retryAfter = String((error.data as { retryAfterSeconds: number }).retryAfterSeconds)
      return Response.json({ errors: [{ message: error.message }] }, { status: 429, headers: { 'Retry-After': retryAfter } })
    }
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const parsed = parseSearchParams(params)
    if (!parsed.ok) {
      return Response.json(
        { errors: parsed.errors.map((error) => ({ parameter: error.parameter, message: `${error.parameter}: ${error.message}` })) },
        { status: 400 },
      )
    }
    const index = await readySearchIndex(req.payload)
    const result = await searchWithFewerWords(index, parsed.request)
    const { q, filters, locale } = parsed.request
    // Counted for the editors (src/search/misses.ts): a query that found nothing (or only
    // without some of its words), with no filter narrowing it.
    if ((result.totalHits === 0 || result.droppedWords) && q?.trim() && Object.values(filters).every((values) => !values?.length)) {
      recordZeroHitSearch(req.payload, q, locale)
    }
    // The full text stays in the index: a hit carries its highlighted snippet instead.
    const hits = result.hits.map(({ body: _body, ...hit }) => hit)
    return Response.json({ ...result, hits }, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=30' } })
  },
}
