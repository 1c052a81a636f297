import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { describeSavedSearch } from '@/alerts/describe'
import { subscriptionOfLink } from '@/alerts/endpoints'
import type { AlertLinkPurpose } from '@/alerts/subscription'
import { hubPayload } from '@/boot/payload'
import { isLocale, type Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata } from '@/site/format'

type Query = { token?: string | string[]; status?: string | string[] }
type RouteProps = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The page behind the two links of the alert mails. Opened with `?token=`, it checks the link and
 * says what the button will do; the button posts the token (so a mail scanner that opens links
 * changes nothing). The endpoint answers with `?status=`, which this page then words.
 */
export async function AlertLinkPage({ locale, purpose, query }: { locale: Locale; purpose: AlertLinkPurpose; query: Query }) {
  const t = messagesFor(locale)
  const title = titleOf(locale, purpose)
  const outcomes: Record<string, string> = purpose === 'confirm' ? t.alerts.confirmStatus : t.alerts.unsubscribeStatus
  const status = first(query.status)
  const token = first(query.token)
  const searchLink = (
    <p>
      <a href={`/${locale}/search`}>{t.alerts.newSearch}</a>
    </p>
  )
  const outcome = (key: string, good: boolean) => (
    <article className="record alert-page">
      <h1>{title}</h1>
      <p role="status" className={`notice ${good ? 'notice-success' : 'notice-error'}`} data-testid="alert-outcome">
        {outcomes[key] ?? outcomes['invalid-link']}
      </p>
      {searchLink}
    </article>
  )

  if (status && status in outcomes) return outcome(status, status === 'confirmed' || status === 'unsubscribed')
  if (!token) return outcome('invalid-link', false)

  const payload = await hubPayload()
  const linked = await subscriptionOfLink(payload, purpose, token)
  if (!linked.ok) {
    // Following an unsubscribe link of an alert that is already gone: nothing left to do.
    if (purpose === 'unsubscribe' && linked.reason === 'not-found') return outcome('unsubscribed', true)
    return outcome(purpose === 'unsubscribe' && linked.reason === 'expired' ? 'invalid-link' : linked.reason, false)
  }
  const { subscription } = linked
  if (purpose === 'confirm' && subscription.status === 'active') return outcome('confirmed', true)
  const description = await describeSavedSearch(payload, subscription.locale, subscription.search)
  const text =
    purpose === 'confirm'
      ? t.alerts.confirmText(description, t.alerts.frequencies[subscription.frequency], subscription.email)
      : t.alerts.unsubscribeText(description, subscription.email)

  return (
    <article className="record alert-page">
      <h1>{title}</h1>
      <p className="lead">{text}</p>
      <form method="post" action={`/api/alerts/${purpose}`} className="alert-link-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{purpose === 'confirm' ? t.alerts.confirmButton : t.alerts.unsubscribeButton}</button>
      </form>
      {searchLink}
    </article>
  )
}

const titleOf = (locale: Locale, purpose: AlertLinkPurpose) =>
  purpose === 'confirm' ? messagesFor(locale).alerts.confirmTitle : messagesFor(locale).alerts.unsubscribeTitle

/**
 * The metadata and the page of the route `/[locale]/alerts/<purpose>`. Never indexed, and no
 * referrer: the URL holds the link's token.
 */
export function alertLinkRoute(purpose: AlertLinkPurpose) {
  return {
    async generateMetadata({ params }: RouteProps): Promise<Metadata> {
      const { locale } = await params
      if (!isLocale(locale)) return {}
      return {
        ...pageMetadata(locale, `alerts/${purpose}`, titleOf(locale, purpose), messagesFor(locale).alerts.intro),
        robots: { index: false, follow: false },
        referrer: 'no-referrer',
      }
    },
    async Page({ params, searchParams }: RouteProps) {
      const { locale } = await params
      if (!isLocale(locale)) notFound()
      return <AlertLinkPage locale={locale} purpose={purpose} query={await searchParams} />
    },
  }
}
