import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { isLocale, type Locale } from '@/core/locale'
import { messagesFor, type Messages } from '@/i18n/messages'
import { contentTypes, type ContentType } from '@/model/content-types'
import { pageMetadata } from '@/site/format'
import { searchPageIndexing, type PageSearchParams } from '@/site/search'

import { SearchView } from './SearchView'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PageSearchParams> }

type ListPageOptions = {
  /** Links shown under the intro (e.g. the pilot list's comparison). */
  actions?: (locale: Locale, t: Messages) => ReactNode
}

/**
 * The list page of one content type (/<locale>/practices…): the search view with a fixed type
 * filter. Each page is canonical to itself, its page number included; with a query, a filter or
 * another sort it is a search, not worth indexing.
 */
export function listPage(type: ContentType, options: ListPageOptions = {}) {
  const section = { path: contentTypes[type].path, type }
  const plural = { pilot: 'pilots', practice: 'practices', lesson: 'lessons', document: 'documents' } as const

  async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const t = messagesFor(locale)
    const { query, indexable } = searchPageIndexing(await searchParams, { type })
    return {
      ...pageMetadata(locale, `${section.path}${query}`, t.typesPlural[type], t.listIntro[plural[type]]),
      ...(indexable ? {} : { robots: { index: false, follow: true } }),
    }
  }

  async function ListPage({ params, searchParams }: Props) {
    const { locale } = await params
    if (!isLocale(locale)) notFound()
    const t = messagesFor(locale)
    return (
      <SearchView
        locale={locale}
        section={section}
        searchParams={await searchParams}
        title={t.typesPlural[type]}
        intro={t.listIntro[plural[type]]}
        actions={options.actions?.(locale, t)}
      />
    )
  }

  return { generateMetadata, ListPage }
}
