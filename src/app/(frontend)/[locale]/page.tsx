import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EuropeMap, placeText } from '@/components/site/EuropeMap'
import { RecordCards } from '@/components/site/RecordCards'
import { SearchBox } from '@/components/site/SearchBox'
import { JsonLd } from '@/components/site/StructuredData'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { listNewest, listPilots } from '@/site/content'
import { formatNumber, pageMetadata, recordPath } from '@/site/format'
import { websiteJsonLd } from '@/site/structured-data'
import { labelOf, pilotStatuses } from '@/vocab'

export const revalidate = 300

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { ...pageMetadata(locale, '', t.siteName, t.intro), title: { absolute: t.siteName } }
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const payload = await hubPayload()
  const [pilots, practices, lessons] = await Promise.all([
    listPilots(payload, locale),
    listNewest(payload, 'practice', locale, 3),
    listNewest(payload, 'lesson', locale, 3),
  ])
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 })
  const figures = [
    { value: euros.format(3_500_000), label: t.figures.contribution },
    { value: formatNumber(locale, 4), label: t.figures.pilots },
    { value: formatNumber(locale, 4), label: t.figures.countries },
    { value: '2025', label: t.figures.completed },
  ]

  return (
    <>
      <JsonLd data={websiteJsonLd(locale)} />
      <section className="hero" aria-labelledby="hub-title">
        <h1 id="hub-title">{t.tagline}</h1>
        <p className="lead">{t.intro}</p>
        <SearchBox locale={locale} />
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t.programmeHeading}</h2>
        <dl className="figures">
          {figures.map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
        <p className="section-actions">
          <a href={`/${locale}/figures`}>{t.figuresLink}</a>
        </p>
      </section>

      <section aria-labelledby="pilots-title" className="pilots-section">
        <h2 id="pilots-title">{t.pilotsHeading}</h2>
        {pilots.length === 0 ? (
          <p>{t.noPilots}</p>
        ) : (
          <div className="map-and-pilots">
            <div>
              <h3 className="visually-hidden">{t.mapHeading}</h3>
              <EuropeMap locale={locale} pilots={pilots} />
            </div>
            <ul className="cards cards-compact" data-testid="pilot-list">
              {pilots.map((pilot) => (
                <li key={pilot.id} className="card">
                  <h3>
                    <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a>
                  </h3>
                  <p>{pilot.summary}</p>
                  <dl className="facts">
                    <div>
                      <dt>{t.country}</dt>
                      <dd>{placeText(pilot, locale)}</dd>
                    </div>
                    <div>
                      <dt>{t.implementer}</dt>
                      <dd>{pilot.implementer}</dd>
                    </div>
                    <div>
                      <dt>{t.status}</dt>
                      <dd>{labelOf(pilotStatuses, pilot.projectStatus, locale)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        )}
        {pilots.length > 1 ? (
          <p className="section-actions">
            <a href={`/${locale}/compare`}>{t.compare.link}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="practices-title">
        <h2 id="practices-title">{t.newestPractices}</h2>
        <RecordCards locale={locale} cards={practices} />
        <p>
          <a href={`/${locale}/practices`}>
            {t.seeAll}: {t.typesPlural.practice}
          </a>
        </p>
      </section>

      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t.newestLessons}</h2>
        <RecordCards locale={locale} cards={lessons} />
        <p>
          <a href={`/${locale}/lessons`}>
            {t.seeAll}: {t.typesPlural.lesson}
          </a>
        </p>
      </section>
    </>
  )
}
