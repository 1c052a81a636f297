'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

const names = { en: 'English', fr: 'Français' } as const
type Props = { locale: 'en' | 'fr'; label: string }

function Links({ locale, label, query }: Props & { query: string }) {
  const pathname = usePathname() ?? `/${locale}`
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, '')
  return (
    <nav aria-label={label}>
      <ul className="language-switch">
        {(Object.keys(names) as (keyof typeof names)[]).map((code) => (
          <li key={code}>
            <a href={`/${code}${rest}${query}`} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
              {names[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function WithQuery(props: Props) {
  const params = useSearchParams()
  const query = params?.toString() ?? ''
  return <Links {...props} query={query ? `?${query}` : ''} />
}

/**
 * Links to the same page in the other languages (slugs are shared by the locales), keeping the
 * query string, so a search stays the same search. Cached pages render the path-only fallback.
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  )
}
