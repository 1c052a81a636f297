import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RecordCards } from '@/components/site/RecordCards'
import { RecordStructuredData } from '@/components/site/StructuredData'
import { SampleNotice } from '@/components/site/SampleBadge'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { Terms } from '@/components/site/Terms'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { documentBySlug, lessonsLinkingDocument, langOf } from '@/site/content'
import { formatDate, formatNumber, pageMetadata, recordPath, shorten } from '@/site/format'
import { countries, documentKinds, labelOf, languages, licences, themes } from '@/vocab'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const doc = await documentBySlug(await hubPayload(), locale, slug)
  if (!doc) return {}
  return pageMetadata(locale, `documents/${doc.slug}`, doc.title, shorten(doc.summary || doc.title), 'article')
}

/** Only a relative path or an http(s) URL is offered as the download link. */
const safeDownload = (url: string | null | undefined) => (url && (/^\/(?!\/)/.test(url) || /^https?:\/\//.test(url)) ? url : null)

export default async function DocumentPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const payload = await hubPayload()
  const doc = await documentBySlug(payload, locale, slug)
  if (!doc) notFound()
  const t = messagesFor(locale)
  const citedBy = await lessonsLinkingDocument(payload, locale, doc.id)
  const href = safeDownload(doc.url)
  const size = doc.filesize != null ? `${formatNumber(locale, Math.max(1, Math.round(doc.filesize / 1024)))} KB` : null
  const format = doc.mimeType?.includes('pdf') ? 'PDF' : doc.filename?.split('.').pop()?.toUpperCase()

  return (
    <article className="record record-document">
      <RecordStructuredData locale={locale} record={{ type: 'document', page: doc }} />
      <p className="eyebrow">
        <span className="badge badge-document">{t.types.document}</span>
      </p>
      <h1 lang={langOf(doc.translation, 'title')}>{doc.title}</h1>
      <UntranslatedNotice locale={locale} translation={doc.translation} />
      {doc.isSample ? <SampleNotice locale={locale} /> : null}
      {doc.summary ? (
        <p className="lead" lang={langOf(doc.translation, 'summary')}>
          {doc.summary}
        </p>
      ) : null}

      <p>
        {href ? (
          <a className="button" href={href} download={doc.filename ?? undefined}>
            {t.download}
            <span className="visually-hidden"> {doc.title}</span>
            {format || size ? ` (${[format, size].filter(Boolean).join(', ')})` : null}
          </a>
        ) : (
          t.fileNotAvailable
        )}
      </p>

      <section aria-labelledby="details">
        <h2 id="details">{t.documentDetails}</h2>
        <dl className="facts facts-panel">
          <div>
            <dt>{t.kind}</dt>
            <dd>{labelOf(documentKinds, doc.kind, locale)}</dd>
          </div>
          <div>
            <dt>{t.date}</dt>
            <dd>{doc.date ? <time dateTime={doc.date}>{formatDate(locale, doc.date)}</time> : t.notStated}</dd>
          </div>
          <div>
            <dt>{t.organisation}</dt>
            <dd>{doc.organisation ?? t.notStated}</dd>
          </div>
          <div>
            <dt>{t.licence}</dt>
            <dd>{labelOf(licences, doc.licence, locale)}</dd>
          </div>
          <Terms locale={locale} label={t.languages} vocabulary={languages} codes={doc.languages} />
          <div>
            <dt>{t.pilot}</dt>
            <dd>
              {doc.pilots.length > 0
                ? doc.pilots.map((pilot) => (
                    <span key={pilot.slug}>
                      <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a> ({labelOf(countries, pilot.country, locale)})
                    </span>
                  ))
                : t.notStated}
            </dd>
          </div>
          <Terms locale={locale} label={t.themes} vocabulary={themes} codes={doc.themes} />
        </dl>
      </section>

      {citedBy.length > 0 ? (
        <section aria-labelledby="cited-by">
          <h2 id="cited-by">{t.citedBy}</h2>
          <RecordCards locale={locale} cards={citedBy} />
        </section>
      ) : null}
    </article>
  )
}
