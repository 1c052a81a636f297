import { notFound } from 'next/navigation'

import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/lib/locale'
import { listPilots } from '@/lib/public-content'
import { countries, labelOf } from '@/vocab'

// Reads the database on each request until on-demand revalidation is wired to the hooks.
export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const pilots = await listPilots(locale)
  const number = new Intl.NumberFormat(locale)
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 })
  const figures = [
    { value: euros.format(3_500_000), label: t.figures.contribution },
    { value: number.format(4), label: t.figures.pilots },
    { value: number.format(4), label: t.figures.countries },
    { value: '2025', label: t.figures.completed },
  ]

  return (
    <>
      <section className="hero" aria-labelledby="hub-title">
        <h1 id="hub-title">{t.tagline}</h1>
        <p className="lead">{t.intro}</p>
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
      </section>

      <section aria-labelledby="pilots-title">
        <h2 id="pilots-title">{t.pilotsHeading}</h2>
        {pilots.length === 0 ? (
          <p>{t.noPilots}</p>
        ) : (
          <ul className="cards" data-testid="pilot-list">
            {pilots.map((pilot) => (
              <li key={pilot.id} className="card">
                <h3>{pilot.name}</h3>
                <p>{pilot.summary}</p>
                <dl className="facts">
                  <div>
                    <dt>{t.country}</dt>
                    <dd>{labelOf(countries, pilot.country, locale)}</dd>
                  </div>
                  {pilot.place ? (
                    <div>
                      <dt>{t.place}</dt>
                      <dd>{pilot.place}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t.implementer}</dt>
                    <dd>{pilot.implementer}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
