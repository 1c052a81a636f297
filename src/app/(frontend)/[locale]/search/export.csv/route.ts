import { stringify } from 'csv-stringify/sync'

import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { formatDate, recordPath, siteOrigin } from '@/site/format'
import { runSiteSearch } from '@/site/search'
import type { SearchHit } from '@/search/port'
import { countries, labelOf, themes } from '@/vocab'

/** At most this many rows: 10 pages of the engine's largest page. */
const MAX_ROWS = 1000
const PAGE = 100

/**
 * GET /{locale}/search/export.csv?<the search page's parameters>: the current result list as
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read accents right).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = messagesFor(locale)
  const searchParams = Object.fromEntries(
    [...new Set(new URL(request.url).searchParams.keys())].map((key) => [key, new URL(request.url).searchParams.getAll(key)]),
  )
  delete searchParams.page
  const payload = await hubPayload()
  const hits: SearchHit[] = []
  for (let page = 1; hits.length < MAX_ROWS; page++) {
    const search = await runSiteSearch(payload, locale, searchParams, { hitsPerPage: PAGE, page })
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
  const csv = stringify([header, ...rows], { bom: true, record_delimiter: 'windows' })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="inclusion-practice-hub-${locale}-search.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
