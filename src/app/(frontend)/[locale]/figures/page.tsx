import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FigureChart } from '@/components/site/FigureChart'
import { JsonLd } from '@/components/site/StructuredData'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { listPilots } from '@/site/content'
import { collectionFigures, FIGURE_SERIES, type FigureDimension } from '@/site/figures'
import { formatNumber, pageMetadata } from '@/site/format'
import { breadcrumbJsonLd } from '@/site/structured-data'

// The figures are the search engine's counts of the moment: rendered per request, like search.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return pageMetadata(locale, 'figures', t.figuresPage.title, t.figuresPage.intro)
}

export default async function FiguresPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const payload = await hubPayload()
  const pilots = await listPilots(payload, locale)
  const figures = await collectionFigures(payload, locale, new Map(pilots.map((pilot) => [pilot.slug, pilot.name])))
  const titles: Record<FigureDimension, string> = {
    theme: t.figuresPage.byTheme,
    country: t.figuresPage.byCountry,
    targetGroup: t.figuresPage.byTargetGroup,
    evidenceLevel: t.figuresPage.byEvidenceLevel,
    lessonKind: t.figuresPage.byLessonKind,
  }
  const paths = { practice: 'practices', lesson: 'lessons', document: 'documents' } as const

  return (
    <article className="figures-page">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          ...breadcrumbJsonLd(locale, [{ name: t.figuresPage.title, path: `/${locale}/figures` }]),
        }}
      />
      <h1>{t.figuresPage.title}</h1>
      <p className="lead">{t.figuresPage.intro}</p>
      <section aria-labelledby="figures-totals">
        <h2 id="figures-totals">{t.figuresPage.totals}</h2>
        <dl className="figures" data-testid="figure-totals">
          {FIGURE_SERIES.map((series) => (
            <div key={series}>
              <dt>
                <a href={`/${locale}/${paths[series]}`}>{t.typesPlural[series]}</a>
              </dt>
              <dd>{formatNumber(locale, figures.totals[series])}</dd>
            </div>
          ))}
        </dl>
      </section>
      {figures.charts.map((chart) => (
        <section key={chart.dimension} aria-labelledby={`figures-${chart.dimension}`} className="figure-section">
          <h2 id={`figures-${chart.dimension}`}>{titles[chart.dimension]}</h2>
          <FigureChart locale={locale} chart={chart} title={titles[chart.dimension]} id={`figures-${chart.dimension}`} />
        </section>
      ))}
    </article>
  )
}
