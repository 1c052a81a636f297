import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import type { RecordCard } from '@/site/content'
import { formatDate, recordPath } from '@/site/format'
import { countries, documentKinds, evidenceLevels, labelOf, lessonKinds } from '@/vocab'

import { SampleBadge } from './SampleBadge'

const tagLabel = (card: RecordCard, locale: Locale) => {
  if (!card.tag) return null
  if (card.type === 'practice') return labelOf(evidenceLevels, card.tag, locale)
  if (card.type === 'lesson') return labelOf(lessonKinds, card.tag, locale)
  return labelOf(documentKinds, card.tag, locale)
}

/** Practices, lessons or documents as a list of cards (heading level chosen by the page). */
export function RecordCards({ locale, cards, headingLevel = 3 }: { locale: Locale; cards: RecordCard[]; headingLevel?: 3 | 4 }) {
  const t = messagesFor(locale)
  if (cards.length === 0) return <p>{t.noneYet}</p>
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <ul className="cards">
      {cards.map((card) => {
        const tag = tagLabel(card, locale)
        return (
          <li key={`${card.type}-${card.id}`} className="card">
            <p className="card-meta">
              <span className={`badge badge-${card.type}`}>{t.types[card.type]}</span>
              {tag ? <span className="badge badge-plain">{tag}</span> : null}
              {card.isSample ? <SampleBadge locale={locale} /> : null}
            </p>
            <Heading>
              <a href={recordPath(locale, card.type, card.slug)}>{card.title}</a>
            </Heading>
            {card.summary ? <p>{card.summary}</p> : null}
            {card.pilots.length > 0 ? (
              <p className="card-foot">
                {card.pilots.map((pilot) => `${pilot.name} (${labelOf(countries, pilot.country, locale)})`).join(' · ')}
                {card.updatedAt ? (
                  <>
                    {' '}
                    · <time dateTime={card.updatedAt}>{formatDate(locale, card.updatedAt)}</time>
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
