import type { Locale } from '@/core/locale'

export type NotFoundStrings = { title: string; text: string; home: string; search: string; searchLabel: string; searchButton: string }

/** The body of the 404 page: what happened, a search box and the way home. */
export function NotFoundContent({ locale, t }: { locale: Locale; t: NotFoundStrings }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.title}</h1>
      <p>{t.text}</p>
      <form role="search" action={`/${locale}/search`} method="get" className="search-box">
        <label htmlFor="not-found-q">{t.searchLabel}</label>
        <div className="search-row">
          <input id="not-found-q" type="search" name="q" maxLength={200} />
          <button type="submit">{t.searchButton}</button>
        </div>
      </form>
      <ul>
        <li>
          <a href={`/${locale}`}>{t.home}</a>
        </li>
        <li>
          <a href={`/${locale}/search`}>{t.search}</a>
        </li>
      </ul>
    </section>
  )
}
