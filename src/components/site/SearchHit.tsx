import type { Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import type { SearchHit as Hit } from '@/search/port'
import { recordPath } from '@/site/format'
import { contentLanguageOf } from '@/site/search'
import { countries, labelOf } from '@/vocab'

import { SampleBadge } from './SampleBadge'

/** One result: its type and language badges, its highlighted title and snippet, where and when. */
export function SearchHit({ locale, hit, showBody }: { locale: Locale; hit: Hit; showBody: boolean }) {
  const t = messagesFor(locale)
  // The highlight fields are safe HTML built by src/search/highlight.ts (escaped text and <mark> only).
  const snippet =
    showBody && hit.highlight.body.includes('<mark>') && !hit.highlight.summary.includes('<mark>')
      ? hit.highlight.body
      : hit.highlight.summary
  const where = hit.countries.map((code) => labelOf(countries, code, locale))
  const language = contentLanguageOf(hit)
  // Text in another language than the page's is marked as such, for screen readers and hyphenation.
  const lang = language && language !== locale ? language : undefined
  return (
    <li className="hit">
      <p className="hit-meta">
        <span className={`badge badge-${hit.type}`}>{t.types[hit.type]}</span>
        {language ? (
          <span className={`badge badge-language${lang ? ' badge-other-language' : ''}`} data-testid="hit-language">
            <span className="visually-hidden">
              {t.contentLanguage}
              {t.colon}
            </span>
            {t.languageNames[language]}
          </span>
        ) : null}
        {hit.isSample ? <SampleBadge locale={locale} /> : null}
      </p>
      <h3 lang={lang}>
        <a href={recordPath(locale, hit.type, hit.slug)} dangerouslySetInnerHTML={{ __html: hit.highlight.title }} />
      </h3>
      {snippet ? <p className="snippet" lang={lang} dangerouslySetInnerHTML={{ __html: snippet }} /> : null}
      <p className="hit-foot">
        {where.length > 0 ? (
          <span>
            <span className="visually-hidden">
              {t.country}
              {t.colon}
            </span>
            {where.join(', ')}
          </span>
        ) : null}
        {hit.type !== 'pilot' && hit.pilotNames.length > 0 ? (
          <span>
            <span className="visually-hidden">
              {t.pilot}
              {t.colon}
            </span>
            {hit.pilotNames.join(', ')}
          </span>
        ) : null}
        {hit.year ? <span>{hit.year}</span> : null}
      </p>
    </li>
  )
}
