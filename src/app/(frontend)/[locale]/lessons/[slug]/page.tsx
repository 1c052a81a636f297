import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText, richTextHasContent } from '@/components/site/RichText'
import { SampleBadge, SampleNotice } from '@/components/site/SampleBadge'
import { RecordStructuredData } from '@/components/site/StructuredData'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { Terms } from '@/components/site/Terms'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { langOf, lessonBySlug } from '@/site/content'
import { formatDate, pageMetadata, recordPath, shorten } from '@/site/format'
import { audiences, countries, documentKinds, labelOf, lessonKinds, lessonPhases, themes } from '@/vocab'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const lesson = await lessonBySlug(await hubPayload(), locale, slug)
  if (!lesson) return {}
  return pageMetadata(locale, `lessons/${lesson.slug}`, lesson.title, shorten(lesson.summary || lesson.title), 'article')
}

export default async function LessonPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const lesson = await lessonBySlug(await hubPayload(), locale, slug)
  if (!lesson) notFound()
  const t = messagesFor(locale)
  const lang = (path: string) => langOf(lesson.translation, path)
  const parts = [
    ['context', t.context, 'context'],
    ['expected', t.expected, 'expected'],
    ['what-happened', t.whatHappened, 'whatHappened'],
    ['why', t.why, 'why'],
    ['recommendation', t.recommendation, 'recommendation'],
  ] as const

  return (
    <article className="record record-lesson">
      <RecordStructuredData locale={locale} record={{ type: 'lesson', page: lesson }} />
      <p className="eyebrow">
        <span className="badge badge-lesson">{t.types.lesson}</span>
      </p>
      <h1 lang={lang('title')}>{lesson.title}</h1>
      <UntranslatedNotice locale={locale} translation={lesson.translation} />
      {lesson.isSample ? <SampleNotice locale={locale} /> : null}
      {lesson.summary ? (
        <p className="lead" lang={lang('summary')}>
          {lesson.summary}
        </p>
      ) : null}

      <dl className="facts facts-panel">
        <div>
          <dt>{t.pilot}</dt>
          <dd>
            {lesson.pilots.map((pilot) => (
              <span key={pilot.slug}>
                <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a> ({labelOf(countries, pilot.country, locale)})
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t.kind}</dt>
          <dd>{labelOf(lessonKinds, lesson.kind, locale)}</dd>
        </div>
        <div>
          <dt>{t.phase}</dt>
          <dd>{labelOf(lessonPhases, lesson.phase, locale)}</dd>
        </div>
        <Terms locale={locale} label={t.audience} vocabulary={audiences} codes={lesson.audience} />
        <Terms locale={locale} label={t.themes} vocabulary={themes} codes={lesson.themes} />
        <div>
          <dt>{t.lastReviewed}</dt>
          <dd>
            {lesson.lastReviewed ? <time dateTime={lesson.lastReviewed}>{formatDate(locale, lesson.lastReviewed)}</time> : t.notStated}
          </dd>
        </div>
      </dl>

      {parts.map(([id, title, field]) => (
        <section key={id} aria-labelledby={id} className="template-section">
          <h2 id={id}>{title}</h2>
          {richTextHasContent(lesson[field]) ? (
            <RichText data={lesson[field]} lang={lang(field)} />
          ) : (
            <p className="muted">{t.notStated}</p>
          )}
        </section>
      ))}

      <section aria-labelledby="linked-documents">
        <h2 id="linked-documents">{t.linkedDocuments}</h2>
        {lesson.documents.length > 0 ? (
          <ul>
            {lesson.documents.map((doc) => (
              <li key={doc.slug}>
                <a href={recordPath(locale, 'document', doc.slug)}>{doc.title}</a> ({labelOf(documentKinds, doc.kind, locale)})
                {doc.isSample ? (
                  <>
                    {' '}
                    <SampleBadge locale={locale} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noneYet}</p>
        )}
      </section>

      <p className="record-dates">
        {lesson.updatedAt ? (
          <>
            {t.lastUpdated}: <time dateTime={lesson.updatedAt}>{formatDate(locale, lesson.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </article>
  )
}
