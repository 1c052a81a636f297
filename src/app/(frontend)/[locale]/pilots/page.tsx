import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SearchView } from '@/components/site/SearchView'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { pageMetadata } from '@/site/format'
import type { PageSearchParams } from '@/site/search'

// The URL is the state: rendered per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PageSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return pageMetadata(locale, 'pilots', t.typesPlural.pilot, t.listIntro.pilots)
}

/** All published pilots: the search view filtered by type. */
export default async function ListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <SearchView
      locale={locale}
      section={{ path: 'pilots', type: 'pilot' }}
      searchParams={await searchParams}
      title={t.typesPlural.pilot}
      intro={t.listIntro.pilots}
      actions={
        <p className="section-actions">
          <a href={`/${locale}/compare`} data-testid="compare-link">
            {t.compare.link}
          </a>
        </p>
      }
    />
  )
}
