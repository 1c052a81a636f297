import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { placeText } from '@/components/site/EuropeMap'
import { SampleBadge } from '@/components/site/SampleBadge'
import { JsonLd } from '@/components/site/StructuredData'
import { messagesFor } from '@/i18n/messages'
import { isLocale, type Locale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { listPilots } from '@/site/content'
import { chosenPilots, comparePilots, MAX_COMPARED, type ComparedPilot } from '@/site/compare'
import { formatNumber, pageMetadata, recordPath } from '@/site/format'
import { breadcrumbJsonLd } from '@/site/structured-data'
import { fundingInstruments, labelOf, targetGroups, themes } from '@/vocab'

// The URL says which pilots: rendered per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ pilot?: string | string[]; compare?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return pageMetadata(locale, 'compare', t.compare.title, t.compare.intro)
}

const list = (items: string[], none: string) =>
  items.length ? (
    <ul className="tags">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : (
    <span className="muted">{none}</span>
  )

function rowsOf(locale: Locale): { label: string; cell: (pilot: ComparedPilot) => ReactNode }[] {
  const t = messagesFor(locale)
  const number = (value: number) => formatNumber(locale, value)
  return [
    { label: t.country, cell: (pilot) => placeText(pilot, locale) },
    { label: t.implementer, cell: (pilot) => pilot.implementer },
    {
      label: t.compare.fundingInstruments,
      cell: (pilot) => {
        const codes = [
          ...new Set([
            ...pilot.funding.instruments,
            ...pilot.funding.coFinancing.flatMap((row) => (row.instrument ? [row.instrument] : [])),
          ]),
        ]
        return list(
          codes.map((code) => labelOf(fundingInstruments, code, locale)),
          t.compare.none,
        )
      },
    },
    {
      label: t.targetGroups,
      cell: (pilot) =>
        list(
          pilot.targetGroups.map((code) => labelOf(targetGroups, code, locale)),
          t.compare.none,
        ),
    },
    {
      label: t.themes,
      cell: (pilot) =>
        list(
          pilot.themes.map((code) => labelOf(themes, code, locale)),
          t.compare.none,
        ),
    },
    {
      label: t.compare.practices,
      cell: (pilot) => <a href={`/${locale}/practices?pilot=${pilot.slug}`}>{number(pilot.practiceCount)}</a>,
    },
    {
      label: t.compare.lessons,
      cell: (pilot) => <a href={`/${locale}/lessons?pilot=${pilot.slug}`}>{number(pilot.lessonCount)}</a>,
    },
    {
      label: t.indicators,
      cell: (pilot) =>
        pilot.indicators.length ? (
          <ul className="indicator-list">
            {pilot.indicators.map((indicator, index) => (
              <li key={`${indicator.label}-${index}`}>
                <strong>{indicator.label}</strong>
                {indicator.isSample ? (
                  <>
                    {' '}
                    <SampleBadge locale={locale} />
                  </>
                ) : null}
                <br />
                {[
                  indicator.actual != null ? `${t.actual}${t.colon}${number(indicator.actual)}` : null,
                  indicator.target != null ? `${t.target}${t.colon}${number(indicator.target)}` : null,
                  indicator.unit ?? null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t.noIndicators}</span>
        ),
    },
  ]
}

/** Pilots side by side: a GET form of checkboxes, and the table of the two to four chosen. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const payload = await hubPayload()
  const query = await searchParams
  const chosen = chosenPilots(query.pilot)
  const submitted = query.compare !== undefined
  const [pilots, comparison] = await Promise.all([listPilots(payload, locale), comparePilots(payload, locale, chosen, submitted)])
  const error =
    comparison.state === 'too-few'
      ? t.compare.tooFew
      : comparison.state === 'too-many'
        ? t.compare.tooMany(comparison.chosen.length)
        : comparison.state === 'unknown'
          ? t.compare.unknown(comparison.unknown.map((slug) => `“${slug}”`).join(', '))
          : null

  return (
    <article className="compare-page">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          ...breadcrumbJsonLd(locale, [
            { name: t.typesPlural.pilot, path: `/${locale}/pilots` },
            { name: t.compare.title, path: `/${locale}/compare` },
          ]),
        }}
      />
      <h1>{t.compare.title}</h1>
      <p className="lead">{t.compare.intro}</p>

      {error ? (
        <div className="notice notice-error" role="alert" id="compare-error">
          <p>{error}</p>
        </div>
      ) : null}

      <form method="get" action={`/${locale}/compare`} className="compare-form">
        <fieldset aria-describedby={error ? 'compare-error' : undefined}>
          <legend>{t.compare.choose}</legend>
          <ul className="compare-choices">
            {pilots.map((pilot) => (
              <li key={pilot.slug}>
                <input
                  type="checkbox"
                  id={`compare-${pilot.slug}`}
                  name="pilot"
                  value={pilot.slug}
                  defaultChecked={chosen.includes(pilot.slug)}
                />
                <label htmlFor={`compare-${pilot.slug}`}>
                  {pilot.name} <span className="muted">({placeText(pilot, locale)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" name="compare" value="1">
          {t.compare.submit}
        </button>
      </form>

      {comparison.state === 'ready' ? (
        <section aria-labelledby="compare-result" className="compare-result">
          <h2 id="compare-result" className="compare-title">
            {t.compare.caption(comparison.pilots.map((pilot) => pilot.name).join(', '))}
          </h2>
          <p className="field-hint compare-scroll-hint">{t.compare.scrollHint}</p>
          <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
            <table
              className="data-table compare-table"
              data-testid="compare-table"
              // Each pilot keeps a readable column; on a phone the table scrolls instead of squeezing words.
              style={{ minWidth: `${10.5 + Math.min(comparison.pilots.length, MAX_COMPARED) * 12}rem` }}
            >
              {/* The heading above says it on screen: the caption names the table for assistive technology. */}
              <caption id="compare-caption" className="visually-hidden">
                {t.compare.caption(comparison.pilots.map((pilot) => pilot.name).join(', '))}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.compare.feature}</th>
                  {comparison.pilots.map((pilot) => (
                    <th key={pilot.slug} scope="col">
                      <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a>
                      {pilot.isSample ? (
                        <>
                          {' '}
                          <SampleBadge locale={locale} />
                        </>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rowsOf(locale).map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {comparison.pilots.map((pilot) => (
                      <td key={pilot.slug}>{row.cell(pilot)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </article>
  )
}
