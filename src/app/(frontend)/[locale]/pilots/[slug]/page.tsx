import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { askLabels } from '@/components/site/ask-labels'
import { AskTeamForm } from '@/components/site/AskTeamForm'
import { placeText } from '@/components/site/EuropeMap'
import { FundingDiagram } from '@/components/site/FundingDiagram'
import { IndicatorCharts } from '@/components/site/IndicatorCharts'
import { RecordCards } from '@/components/site/RecordCards'
import { RichText } from '@/components/site/RichText'
import { RecordStructuredData } from '@/components/site/StructuredData'
import { SampleNotice } from '@/components/site/SampleBadge'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { Terms } from '@/components/site/Terms'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { langOf, pilotBySlug, pilotAcceptsMessages, recordsOfPilot } from '@/site/content'
import { formatDate, pageMetadata, shorten } from '@/site/format'
import { interventionTypes, labelOf, pilotStatuses, targetGroups, themes } from '@/vocab'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const pilot = await pilotBySlug(await hubPayload(), locale, slug)
  if (!pilot) return {}
  return pageMetadata(locale, `pilots/${pilot.slug}`, pilot.name, shorten(pilot.summary), 'article')
}

export default async function PilotPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const payload = await hubPayload()
  const pilot = await pilotBySlug(payload, locale, slug)
  if (!pilot) notFound()
  const t = messagesFor(locale)
  const [{ practices, lessons, documents }, acceptsMessages] = await Promise.all([
    recordsOfPilot(payload, locale, pilot.id),
    pilotAcceptsMessages(payload, pilot.id),
  ])
  const period = [formatDate(locale, pilot.period.start, 'month'), formatDate(locale, pilot.period.end, 'month')]
  const periodText = period[0] || period[1] ? `${period[0] ?? '…'} – ${period[1] ?? '…'}` : t.notStated

  return (
    <article className="record record-pilot">
      <RecordStructuredData locale={locale} record={{ type: 'pilot', page: pilot }} />
      <p className="eyebrow">
        <span className="badge badge-pilot">{t.types.pilot}</span>
      </p>
      <h1 lang={langOf(pilot.translation, 'name')}>{pilot.name}</h1>
      <UntranslatedNotice locale={locale} translation={pilot.translation} />
      {pilot.isSample ? <SampleNotice locale={locale} /> : null}
      <p className="lead" lang={langOf(pilot.translation, 'summary')}>
        {pilot.summary}
      </p>

      <dl className="facts facts-panel">
        <div>
          <dt>{t.place}</dt>
          <dd>{placeText(pilot, locale)}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>{periodText}</dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{labelOf(pilotStatuses, pilot.projectStatus, locale)}</dd>
        </div>
        <div>
          <dt>{t.implementer}</dt>
          <dd>{pilot.implementer}</dd>
        </div>
        <div>
          <dt>{t.partners}</dt>
          <dd>{pilot.partners.length > 0 ? pilot.partners.join(', ') : t.noPartners}</dd>
        </div>
        <Terms locale={locale} label={t.themes} vocabulary={themes} codes={pilot.themes} />
        <Terms locale={locale} label={t.targetGroups} vocabulary={targetGroups} codes={pilot.targetGroups} />
        <Terms locale={locale} label={t.interventionTypes} vocabulary={interventionTypes} codes={pilot.interventionTypes} />
      </dl>

      <section aria-labelledby="about">
        <h2 id="about">{t.about}</h2>
        <RichText data={pilot.body} lang={langOf(pilot.translation, 'body')} />
      </section>

      <section aria-labelledby="funding">
        <h2 id="funding">{t.funding}</h2>
        <FundingDiagram locale={locale} pilot={pilot} />
      </section>

      <section aria-labelledby="indicators">
        <h2 id="indicators">{t.indicators}</h2>
        <IndicatorCharts locale={locale} indicators={pilot.indicators} translation={pilot.translation} />
      </section>
      <p className="section-actions no-print">
        <a href={`/${locale}/compare?pilot=${pilot.slug}`}>{t.compare.link}</a>
      </p>

      <section aria-labelledby="practices">
        <h2 id="practices">{t.itsPractices}</h2>
        <RecordCards locale={locale} cards={practices} />
      </section>
      <section aria-labelledby="lessons">
        <h2 id="lessons">{t.itsLessons}</h2>
        <RecordCards locale={locale} cards={lessons} />
      </section>
      <section aria-labelledby="documents">
        <h2 id="documents">{t.itsDocuments}</h2>
        <RecordCards locale={locale} cards={documents} />
      </section>

      <section aria-labelledby="ask" className="ask no-print">
        <h2 id="ask">{t.askTeam}</h2>
        <p>{t.askIntro}</p>
        {acceptsMessages ? (
          <AskTeamForm pilotId={pilot.id} locale={locale} labels={askLabels(t)} />
        ) : (
          <p className="notice">{t.askUnavailable}</p>
        )}
      </section>

      <p className="record-dates">
        {pilot.updatedAt ? (
          <>
            {t.lastUpdated}: <time dateTime={pilot.updatedAt}>{formatDate(locale, pilot.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </article>
  )
}
