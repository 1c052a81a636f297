'use client'

import { useParams } from 'next/navigation'

type Strings = { title: string; text: string; home: string; search: string; searchLabel: string; searchButton: string }

export function NotFoundContent({ messages }: { messages: { en: Strings; fr: Strings } }) {
  const params = useParams<{ locale?: string }>()
  const locale = params?.locale === 'fr' ? 'fr' : 'en'
  const t = messages[locale]
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
