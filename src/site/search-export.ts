import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import { messagesFor } from '../i18n/messages'
import type { Locale } from '../core/locale'
import type { SearchHit } from '../search/port'
import { spreadsheetSafe } from '../security/csv'
import { countries, labelOf, themes } from '../vocab'
import { formatDate, recordPath, siteOrigin } from './format'
import { runSiteSearch } from './search'

/** At most this many rows: 10 pages of the engine's largest page. */
const MAX_ROWS = 1000
const PAGE = 100

/**
 * GET /{locale}/search/export.csv?<the search page's parameters>: the current result list as
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read accents right). Each
 * engine query counts against the searches per address (429 past the limit); no cell can start
 * a spreadsheet formula.
 */
export async function searchExportResponse(payload: Payload, locale: Locale, request: Request): Promise<Response> {
  const t = messagesFor(locale)
  const searchParams = Object.fromEntries(
    [...new Set(new URL(request.url).searchParams.keys())].map((key) => [key, new URL(request.url).searchParams.getAll(key)]),
  )
  delete searchParams.page
  const hits: SearchHit[] = []
  for (let page = 1; hits.length < MAX_ROWS; page++) {
    // Each engine query counts against the searches per address, like GET /api/search.
    const search = await runSiteSearch(payload, locale, searchParams, {
      hitsPerPage: PAGE,
      page,
      limitFor: request.headers,
      fewerWords: true,
    })
    if (!search.ok && search.retryAfterSeconds) {
      return Response.json(
        { errors: search.errors.map((error) => ({ message: error.message })) },
        { status: 429, headers: { 'Retry-After': String(search.retryAfterSeconds), 'Cache-Control': 'no-store' } },
      )
    }
    if (!search.ok) {
      return Response.json(
        { errors: search.errors.map((error) => ({ parameter: error.parameter, message: `${error.parameter}: ${error.message}` })) },
        { status: 400 },
      )
    }
    hits.push(...search.result.hits)
    if (page >= search.result.totalPages) break
  }
  const origin = siteOrigin()
  const rows = hits
    .slice(0, MAX_ROWS)
    .map((hit) => [
      t.types[hit.type],
      hit.title,
      hit.summary,
      hit.pilotNames.join('; '),
      hit.countries.map((code) => labelOf(countries, code, locale)).join('; '),
      hit.themes.map((code) => labelOf(themes, code, locale)).join('; '),
      hit.year ?? '',
      hit.isSample ? t.sample : '',
      formatDate(locale, new Date(hit.publishedAt).toISOString()) ?? '',
      `${origin}${recordPath(locale, hit.type, hit.slug)}`,
    ])
  const header = [
    t.facets.type,
    locale === 'fr' ? 'Titre' : 'Title',
    locale === 'fr' ? 'Résumé' : 'Summary',
    t.pilots,
    t.country,
    t.themes,
    t.year,
    t.sample,
    t.lastUpdated,
    'URL',
  ]
  // Every text cell is neutralised: a title starting with = + - @ would be a formula in a spreadsheet.
  const csv = stringify([header, ...rows], { bom: true, record_delimiter: 'windows', cast: { string: spreadsheetSafe } })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="inclusion-practice-hub-${locale}-search.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
