import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { RecordCards } from '@/components/site/RecordCards'
import { RichText, richTextHasContent } from '@/components/site/RichText'
import { RecordStructuredData } from '@/components/site/StructuredData'
import { SampleNotice } from '@/components/site/SampleBadge'
import { Terms } from '@/components/site/Terms'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { langOf, practiceBySlug, relatedPractices } from '@/site/content'
import { formatDate, formatEuros, pageMetadata, recordPath, shorten } from '@/site/format'
import { countries, evidenceLevels, interventionTypes, labelOf, languages, targetGroups, themes } from '@/vocab'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const practice = await practiceBySlug(await hubPayload(), locale, slug)
  if (!practice) return {}
  return pageMetadata(locale, `practices/${practice.slug}`, practice.title, shorten(practice.summary), 'article')
}

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const practice = await practiceBySlug(await hubPayload(), locale, slug)
  if (!practice) notFound()
  const t = messagesFor(locale)
  const related = await relatedPractices(await hubPayload(), locale, practice)
  const evidence = evidenceLevels.find((level) => level.code === practice.evidenceLevel)
  const section = (id: string, title: string, body: ReactNode) => (
    <section aria-labelledby={id} className="template-section">
      <h2 id={id}>{title}</h2>
      {body}
    </section>
  )
  const lang = (path: string) => langOf(practice.translation, path)
  const rich = (path: 'problem' | 'results' | 'transferConditions') =>
    richTextHasContent(practice[path]) ? <RichText data={practice[path]} lang={lang(path)} /> : <p className="muted">{t.notStated}</p>

  return (
    <article className="record record-practice">
      <RecordStructuredData locale={locale} record={{ type: 'practice', page: practice }} />
      <p className="eyebrow">
        <span className="badge badge-practice">{t.types.practice}</span>
      </p>
      <h1 lang={lang('title')}>{practice.title}</h1>
      <UntranslatedNotice locale={locale} translation={practice.translation} />
      {practice.isSample ? <SampleNotice locale={locale} /> : null}
      <p className="lead" lang={lang('summary')}>
        {practice.summary}
      </p>

      <dl className="facts facts-panel">
        <div>
          <dt>{practice.pilots.length > 1 ? t.pilots : t.pilot}</dt>
          <dd>
            {practice.pilots.map((pilot, i) => (
              <span key={pilot.slug}>
                {i > 0 ? ', ' : null}
                <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a> ({labelOf(countries, pilot.country, locale)})
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t.evidenceLevel}</dt>
          <dd>{evidence ? evidence.label[locale] : practice.evidenceLevel}</dd>
        </div>
        <div>
          <dt>{t.lastReviewed}</dt>
          <dd>
            {practice.lastReviewed ? (
              <time dateTime={practice.lastReviewed}>{formatDate(locale, practice.lastReviewed)}</time>
            ) : (
              t.notStated
            )}
          </dd>
        </div>
        <Terms locale={locale} label={t.themes} vocabulary={themes} codes={practice.themes} />
        <Terms locale={locale} label={t.targetGroups} vocabulary={targetGroups} codes={practice.targetGroups} />
        <Terms locale={locale} label={t.interventionTypes} vocabulary={interventionTypes} codes={practice.interventionTypes} />
      </dl>

      {section('problem', t.problem, rich('problem'))}
      {section(
        'how',
        t.howItWorks,
        practice.steps.length > 0 ? (
          <ol className="steps">
            {practice.steps.map((step, i) => (
              <li key={i}>
                <strong lang={lang(`steps.${i}.title`)}>{step.title}</strong>
                {step.description ? <p lang={lang(`steps.${i}.description`)}>{step.description}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t.notStated}</p>
        ),
      )}
      {section(
        'resources',
        t.resources,
        <dl className="facts">
          <div>
            <dt>{t.staff}</dt>
            <dd lang={practice.resources.staff ? lang('resources.staff') : undefined}>{practice.resources.staff ?? t.notStated}</dd>
          </div>
          <div>
            <dt>{t.costPerParticipant}</dt>
            <dd>
              {practice.resources.costPerParticipantEur != null
                ? formatEuros(locale, practice.resources.costPerParticipantEur)
                : t.notStated}
            </dd>
          </div>
        </dl>,
      )}
      {section('results', t.results, rich('results'))}
      {section(
        'evidence',
        t.evidenceLevel,
        <p>
          <strong>{evidence ? evidence.label[locale] : practice.evidenceLevel}</strong>
          {evidence?.description ? <> – {evidence.description[locale]}</> : null}
        </p>,
      )}
      {section('transfer', t.transferConditions, rich('transferConditions'))}
      {section(
        'languages',
        t.deliveryLanguages,
        practice.deliveryLanguages.length > 0 ? (
          <ul className="tags">
            {practice.deliveryLanguages.map((code) => (
              <li key={code}>{labelOf(languages, code, locale)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.notStated}</p>
        ),
      )}

      <section aria-labelledby="related" className="no-print">
        <h2 id="related">{t.relatedPractices}</h2>
        <RecordCards locale={locale} cards={related} />
      </section>

      <p className="record-dates">
        {practice.updatedAt ? (
          <>
            {t.lastUpdated}: <time dateTime={practice.updatedAt}>{formatDate(locale, practice.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </article>
  )
}
