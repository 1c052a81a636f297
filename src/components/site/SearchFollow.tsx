import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import { searchFeedPath } from '@/site/search'

import { AlertForm } from './AlertForm'
import { alertLabels } from './alert-labels'

/**
 * "Follow this search": the Atom feed of the search and the form for e-mail alerts of it. Given
 * the search page's parameters (query and filters, the list page's fixed type included); placed
 * outside the search form, since forms do not nest. The site's live search (browser/search.ts)
 * keeps its feed link and saved search in step with the search shown.
 */
export function SearchFollow({ locale, search }: { locale: Locale; search: URLSearchParams }) {
  const t = messagesFor(locale)
  const saved = new URLSearchParams(search)
  for (const name of ['page', 'sort']) saved.delete(name)
  return (
    <section className="follow-search no-print" aria-labelledby="follow-search-title" data-search-follow="">
      <h2 id="follow-search-title">{t.followSearch}</h2>
      <p>
        <a href={searchFeedPath(locale, saved)} type="application/atom+xml" className="feed-link" data-testid="search-feed">
          {t.feedOfSearch}
        </a>
      </p>
      <h3 id="alert-heading">{t.alerts.heading}</h3>
      <p className="field-hint">{t.alerts.intro}</p>
      <AlertForm locale={locale} search={saved.toString()} labels={alertLabels(t)} />
    </section>
  )
}
