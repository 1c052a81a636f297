import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { SearchView } from '@/components/site/SearchView'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { pageMetadata } from '@/site/format'
import { searchPageIndexing, type PageSearchParams } from '@/site/search'

// The URL is the state: rendered per request (and kept briefly by the portal's page cache).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PageSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  const { query } = searchPageIndexing(await searchParams)
  // Result pages are not worth indexing; the records are (see the sitemap).
  return { ...pageMetadata(locale, `search${query}`, t.searchTitle, t.searchLabel), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <SearchView
      locale={locale}
      section={{ path: 'search' }}
      searchParams={await searchParams}
      title={t.searchTitle}
      // Each search counts against the per-address budget of GET /api/search.
      limitFor={new Headers(await headers())}
    />
  )
}
