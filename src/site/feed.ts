import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { create } from 'xmlbuilder2'

import type { Locale } from '../core/locale'
import { describeSearch, facetValueLabel } from '../i18n/facets'
import { messagesFor } from '../i18n/messages'
import type { SearchParamError } from '../search/request'
import { listPilots } from './content'
import { recordPath, siteOrigin } from './format'
import { runSiteSearch, type PageSearchParams } from './search'

/**
 * The Atom feed of a search (RFC 4287): the search page's parameters (query and facets, parsed by
 * the same code as the search page), the newest matching records first. Without any parameter it
 * is the hub's feed of new practices and lessons. Titles and summaries are plain text
 * (`type="text"`, escaped by the XML writer), every category has a `term` with its `scheme` and a
 * `label` in the feed's language, and the feed says its language (`xml:lang`).
 */

const ATOM = 'http://www.w3.org/2005/Atom'
const XML = 'http://www.w3.org/XML/1998/namespace'
export const FEED_ENTRIES = 30

/** Characters that XML 1.0 does not allow are dropped from every text. */
const xmlText = (value: string) => value.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

export type SearchFeed =
  { ok: true; xml: string; etag: string; lastModified: Date; entries: number } | { ok: false; errors: SearchParamError[] }

/** The feed's own URL for these parameters (its id and rel=self), the search page's for rel=alternate. */
const feedUrls = (origin: string, locale: Locale, params: URLSearchParams) => {
  const query = params.toString()
  return {
    self: `${origin}/${locale}/feed.xml${query ? `?${query}` : ''}`,
    search: `${origin}/${locale}/search${query ? `?${query}` : ''}`,
  }
}

export async function searchFeed(payload: Payload, locale: Locale, query: URLSearchParams): Promise<SearchFeed> {
  const t = messagesFor(locale)
  const origin = siteOrigin()
  const given: PageSearchParams = {}
  for (const name of new Set(query.keys())) {
    if (name === 'page' || name === 'sort') continue
    given[name] = query.getAll(name)
  }
  const bare = Object.keys(given).length === 0
  // The hub's own feed (no parameter): new practices and lessons, as it always was.
  const searchParams: PageSearchParams = bare ? { type: ['practice', 'lesson'] } : given
  const search = await runSiteSearch(payload, locale, { ...searchParams, sort: 'newest' }, { hitsPerPage: FEED_ENTRIES })
  if (!search.ok) return { ok: false, errors: search.errors }

  const params = new URLSearchParams(search.params)
  params.delete('sort')
  const urls = feedUrls(origin, locale, bare ? new URLSearchParams() : params)
  const pilots = new Map((await listPilots(payload, locale)).map((pilot) => [pilot.slug, pilot.name]))
  const title = bare ? `${t.siteName} – ${t.feedTitle}` : `${t.siteName} – ${t.feedOfSearchTitle(describeSearch(locale, params, pilots))}`
  const hits = search.result.hits
  const updated = new Date(hits.reduce((latest, hit) => Math.max(latest, hit.publishedAt), 0))
  // Whole seconds: what Last-Modified can say, so that If-Modified-Since compares exactly.
  const lastModified = new Date(Math.floor(updated.getTime() / 1000) * 1000)
  const scheme = (facet: string) => `${origin}/${locale}/search?${facet}=`

  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const feed = doc.ele(ATOM, 'feed').att(XML, 'xml:lang', locale)
  feed.ele('id').txt(urls.self)
  feed.ele('title', { type: 'text' }).txt(xmlText(title))
  feed.ele('subtitle', { type: 'text' }).txt(xmlText(t.tagline))
  feed.ele('updated').txt(lastModified.toISOString())
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: urls.self })
  feed.ele('link', { rel: 'alternate', type: 'text/html', hreflang: locale, href: bare ? `${origin}/${locale}` : urls.search })
  feed.ele('author').ele('name').txt(xmlText(t.siteName))
  feed.ele('generator', { uri: origin }).txt(xmlText(t.siteName))

  for (const hit of hits) {
    const url = `${origin}${recordPath(locale, hit.type, hit.slug)}`
    const entry = feed.ele('entry')
    entry.ele('id').txt(url)
    entry.ele('title', { type: 'text' }).txt(xmlText(hit.isSample ? `${hit.title} [${t.sample}]` : hit.title))
    entry.ele('link', { rel: 'alternate', type: 'text/html', hreflang: locale, href: url })
    entry.ele('updated').txt(new Date(Math.floor(hit.publishedAt / 1000) * 1000).toISOString())
    if (hit.summary.trim()) entry.ele('summary', { type: 'text' }).txt(xmlText(hit.summary))
    for (const name of hit.type === 'pilot' ? [] : hit.pilotNames) entry.ele('author').ele('name').txt(xmlText(name))
    const categories: [string, string][] = [
      ['type', hit.type],
      ...hit.themes.map((code): [string, string] => ['theme', code]),
      ...hit.countries.map((code): [string, string] => ['country', code]),
    ]
    for (const [facet, term] of categories) {
      entry.ele('category', { term, scheme: scheme(facet), label: xmlText(facetValueLabel(locale, facet, term, pilots)) })
    }
  }
  const xml = doc.end({ prettyPrint: true })
  const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 32)}"`
  return { ok: true, xml, etag, lastModified, entries: hits.length }
}

/**
 * Conditional GET (RFC 9110): a matching If-None-Match, or without one an If-Modified-Since not
 * older than the feed, means the reader has this version already.
 */
export function notModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    const bare = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === etag)
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '')
  return Number.isFinite(since) && lastModified.getTime() <= since
}
