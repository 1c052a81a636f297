import type { SendEmailOptions } from 'payload'

import type { Locale } from '../core/locale'
import { messagesFor } from '../i18n/messages'
import { contentTypes, type ContentType } from '../model/content-types'
import { hubEnv } from '../core/env'
import { confirmLink, oneClickUnsubscribeLink, searchPageLink, unsubscribePageLink, type AlertSubscription } from './subscription'

/**
 * The two mails of an alert, in the subscriber's language, as plain text: nothing a record says
 * is ever rendered as markup. Digests carry List-Unsubscribe and List-Unsubscribe-Post (RFC 2369,
 * RFC 8058), so that mail clients offer their own one-click unsubscribe.
 */

export type DigestItem = { type: ContentType; slug: string; title: string; summary: string; pilotNames: string[]; isSample: boolean }

/** Items listed in full in one digest; the rest are counted, with a link to the search. */
export const DIGEST_MAX_ITEMS = 25

const origin = () => hubEnv().SERVER_URL.replace(/\/+$/, '')
const recordUrl = (locale: Locale, type: ContentType, slug: string) => `${origin()}/${locale}/${contentTypes[type].path}/${slug}`

const frequencyWord = (locale: Locale, frequency: AlertSubscription['frequency']) => messagesFor(locale).alerts.frequencies[frequency]

export function confirmationMail(subscription: AlertSubscription, description: string, now?: Date): SendEmailOptions {
  const t = messagesFor(subscription.locale).alerts.mail
  return {
    to: subscription.email,
    subject: t.confirmSubject(description),
    text: `${t.confirmBody(description, frequencyWord(subscription.locale, subscription.frequency), confirmLink(subscription, now))}\n`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  }
}

const shortened = (text: string, max = 240) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80))}…`
}

const dateText = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)

export function digestMail(subscription: AlertSubscription, description: string, items: DigestItem[], since: Date): SendEmailOptions {
  const { locale } = subscription
  const messages = messagesFor(locale)
  const t = messages.alerts.mail
  const shown = items.slice(0, DIGEST_MAX_ITEMS)
  const lines = [t.digestIntro(dateText(locale, since), description), '']
  for (const item of shown) {
    const badge = `[${messages.types[item.type]}${item.isSample ? ` – ${messages.sample}` : ''}]`
    lines.push(`${badge} ${item.title}`)
    if (item.type !== 'pilot' && item.pilotNames.length) lines.push(`${messages.pilot}${messages.colon}${item.pilotNames.join(', ')}`)
    if (item.summary.trim()) lines.push(shortened(item.summary))
    lines.push(recordUrl(locale, item.type, item.slug), '')
  }
  if (items.length > shown.length) lines.push(t.more(items.length - shown.length))
  lines.push(t.seeAll, searchPageLink(locale, subscription.search), '')
  lines.push('-- ', t.why(frequencyWord(locale, subscription.frequency)), t.unsubscribe, unsubscribePageLink(subscription), '')
  return {
    to: subscription.email,
    subject: t.digestSubject(items.length, description),
    text: lines.join('\n'),
    headers: {
      'List-Unsubscribe': `<${oneClickUnsubscribeLink(subscription)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${messages.alerts.pageTitle} <alerts.${new URL(origin()).hostname}>`,
      'Auto-Submitted': 'auto-generated',
      Precedence: 'bulk',
    },
  }
}
