import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { describeSavedSearch } from '@/alerts/describe'
import { canonicalSearch } from '@/alerts/subscription'
import { hubPayload } from '@/boot/payload'
import { AlertForm } from '@/components/site/AlertForm'
import { alertLabels } from '@/components/site/alert-labels'
import { messagesFor, type Messages } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { pageMetadata } from '@/site/format'

// Where the alert form lands without JavaScript: the endpoint redirects here with its outcome.
export const dynamic = 'force-dynamic'

type Status = keyof Messages['alerts']['status']
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[]; search?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { ...pageMetadata(locale, 'alerts', t.alerts.pageTitle, t.alerts.intro), robots: { index: false, follow: false } }
}

export default async function AlertRequestPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const query = await searchParams
  const given = first(query.status)
  const status = given && given in t.alerts.status ? (given as Status) : undefined
  const search = (first(query.search) ?? '').slice(0, 2000)
  const searchHref = `/${locale}/search${search ? `?${new URLSearchParams(search)}` : ''}`
  const valid = canonicalSearch(search)
  const description = valid.ok ? await describeSavedSearch(await hubPayload(), locale, valid.search) : null

  return (
    <article className="record alert-page">
      <h1>{t.alerts.pageTitle}</h1>
      {description ? <p className="lead">{t.alerts.forSearch(description)}</p> : null}
      {status === 'pending' ? (
        <p role="status" className="notice notice-success">
          {t.alerts.status.pending}
        </p>
      ) : (
        <>
          <h2>{t.alerts.heading}</h2>
          <p>{t.alerts.intro}</p>
          {/* The form again, with the outcome in its status line, so that the reader can try again. */}
          <AlertForm key={status ?? 'none'} locale={locale} search={search} labels={alertLabels(t)} initialStatus={status} />
        </>
      )}
      <p>
        <a href={searchHref}>{t.alerts.backToSearch}</a>
      </p>
    </article>
  )
}
