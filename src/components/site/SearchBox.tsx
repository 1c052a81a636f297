import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'

/** A plain GET form to the search page: works with or without JavaScript. */
export function SearchBox({ locale, id = 'home-search' }: { locale: Locale; id?: string }) {
  const t = messagesFor(locale)
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="search-box" aria-label={t.searchHeading}>
      <label htmlFor={id}>{t.searchLabel}</label>
      <div className="search-row">
        <input id={id} type="search" name="q" maxLength={200} placeholder={t.searchPlaceholder} autoComplete="off" />
        <button type="submit">{t.searchButton}</button>
      </div>
    </form>
  )
}
