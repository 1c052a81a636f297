import { z } from 'zod'

import { hubEnv } from '../core/env'
import { isLocale, locales, type Locale } from '../core/locale'
import { signToken, verifyToken, type TokenCheck } from '../core/signed-token'
import { parseSearchParams } from '../search/request'
import type { SearchRequest } from '../search/port'

/**
 * E-mail alerts for a search: what a subscription is, how a request to subscribe is checked, and
 * the signed links of the confirmation and unsubscribe mails. No account: the address is the
 * subscriber, confirmed by a link (double opt-in), and the links are signed, so nobody can confirm
 * or cancel another person's alert by guessing.
 */

export const ALERT_SUBSCRIPTIONS = 'alert-subscriptions'
export const ALERT_FREQUENCIES = ['daily', 'weekly'] as const
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number]

/** The query string of a saved search is at most this long. */
export const MAX_SEARCH_LENGTH = 2000
/** A confirmation link works for 48 hours; a pending request is deleted a day after that. */
export const CONFIRM_TTL_SECONDS = 48 * 60 * 60
export const PENDING_KEPT_MS = (CONFIRM_TTL_SECONDS + 24 * 60 * 60) * 1000
/** The honeypot field: people never see it, bots fill it. */
export const ALERT_HONEYPOT = 'website'

export type AlertSubscription = {
  id: number
  email: string
  locale: Locale
  search?: string | null
  frequency: AlertFrequency
  status: 'pending' | 'active'
  confirmedAt?: string | null
  lastDigestAt?: string | null
  lastSentAt?: string | null
  createdAt: string
}

/** Parameters of the search page that do not change which records match: not part of an alert. */
const PRESENTATION_PARAMS = ['page', 'sort', 'hitsPerPage', 'facets', 'locale']

/**
 * The canonical form of a saved search: the search page's own parameters (query and filters),
 * checked by the same parser as the search page, in a stable order. Null when it is not valid.
 */
export function canonicalSearch(raw: string): { ok: true; search: string } | { ok: false; errors: string[] } {
  if (raw.length > MAX_SEARCH_LENGTH) return { ok: false, errors: [`search: at most ${MAX_SEARCH_LENGTH} characters`] }
  const given = new URLSearchParams(raw.replace(/^\?/, ''))
  for (const name of PRESENTATION_PARAMS) given.delete(name)
  const q = given.get('q')
  if (q !== null && !q.trim()) given.delete('q')
  const parsed = parseSearchParams(given)
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((error) => `search: ${error.parameter}: ${error.message}`) }
  const canonical = new URLSearchParams()
  if (parsed.request.q) canonical.set('q', parsed.request.q)
  for (const facet of Object.keys(parsed.request.filters).sort()) {
    for (const value of [...(parsed.request.filters[facet as keyof SearchRequest['filters']] ?? [])].sort()) canonical.append(facet, value)
  }
  return { ok: true, search: canonical.toString() }
}

const email = z
  .string({ error: 'email: required' })
  .trim()
  .min(1, 'email: required')
  .max(254, 'email: at most 254 characters')
  .pipe(z.email('email: not a valid e-mail address'))
  .transform((value) => value.toLowerCase())

export const subscribeSchema = z.object({
  email,
  frequency: z.enum(ALERT_FREQUENCIES, { error: 'frequency: must be daily or weekly' }),
  locale: z.enum(locales).catch('en'),
  search: z.string().max(MAX_SEARCH_LENGTH, `search: at most ${MAX_SEARCH_LENGTH} characters`).default(''),
  [ALERT_HONEYPOT]: z.string().optional(),
})

export type SubscribeRequest = { email: string; frequency: AlertFrequency; locale: Locale; search: string; honeypot: boolean }
export type AlertFieldError = { field: 'email' | 'frequency' | 'search'; message: string }

/** Checks a request to subscribe (a form or JSON body); the errors name the field. */
export function parseSubscribeRequest(input: unknown): { ok: true; value: SubscribeRequest } | { ok: false; errors: AlertFieldError[] } {
  const parsed = subscribeSchema.safeParse(input && typeof input === 'object' ? input : {})
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0]) as AlertFieldError['field'], message: issue.message })),
    }
  }
  const search = canonicalSearch(parsed.data.search)
  if (!search.ok) return { ok: false, errors: search.errors.map((message) => ({ field: 'search', message })) }
  return {
    ok: true,
    value: {
      email: parsed.data.email,
      frequency: parsed.data.frequency,
      locale: parsed.data.locale,
      search: search.search,
      honeypot: Boolean(parsed.data[ALERT_HONEYPOT]),
    },
  }
}

/** The search request a saved search runs as, in the subscriber's language. */
export function savedSearchRequest(search: string | null | undefined, locale: Locale, page: number, hitsPerPage: number): SearchRequest {
  const params = new URLSearchParams(search ?? '')
  params.set('locale', locale)
  params.set('sort', 'newest')
  params.set('page', String(page))
  params.set('hitsPerPage', String(hitsPerPage))
  params.set('facets', '')
  const parsed = parseSearchParams(params)
  if (!parsed.ok)
    throw new Error(`Saved search "${search}" is no longer valid: ${parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join('; ')}`)
  return parsed.request
}

type LinkClaims = { s: number; l: Locale }
const PURPOSES = { confirm: 'alert-confirm', unsubscribe: 'alert-unsubscribe' } as const
export type AlertLinkPurpose = keyof typeof PURPOSES

/** A signed token for a link of one subscription: confirmation links expire, unsubscribe links do not. */
export function alertToken(purpose: AlertLinkPurpose, subscription: Pick<AlertSubscription, 'id' | 'locale'>, now?: Date): string {
  return signToken(
    hubEnv().PAYLOAD_SECRET,
    PURPOSES[purpose],
    { s: subscription.id, l: subscription.locale } satisfies LinkClaims,
    purpose === 'confirm' ? { ttlSeconds: CONFIRM_TTL_SECONDS, now } : { now },
  )
}

export type AlertLink = TokenCheck<{ id: number; locale: Locale }>

export function readAlertToken(purpose: AlertLinkPurpose, token: unknown, now?: Date): AlertLink {
  const checked = verifyToken<LinkClaims>(hubEnv().PAYLOAD_SECRET, PURPOSES[purpose], token, now)
  if (!checked.ok) return checked
  const { s, l } = checked.value ?? ({} as LinkClaims)
  if (!Number.isInteger(s) || s < 1 || !isLocale(l)) return { ok: false, reason: 'malformed' }
  return { ok: true, value: { id: s, locale: l }, expiresAt: checked.expiresAt }
}

const origin = () => hubEnv().SERVER_URL.replace(/\/+$/, '')

/** The page where the subscriber confirms (a button: a link scanner opening the link confirms nothing). */
export const confirmLink = (subscription: Pick<AlertSubscription, 'id' | 'locale'>, now?: Date) =>
  `${origin()}/${subscription.locale}/alerts/confirm?token=${alertToken('confirm', subscription, now)}`

/** The page behind the unsubscribe link of every digest (one button). */
export const unsubscribePageLink = (subscription: Pick<AlertSubscription, 'id' | 'locale'>) =>
  `${origin()}/${subscription.locale}/alerts/unsubscribe?token=${alertToken('unsubscribe', subscription)}`

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to this address. */
export const oneClickUnsubscribeLink = (subscription: Pick<AlertSubscription, 'id' | 'locale'>) =>
  `${origin()}/api/alerts/unsubscribe?token=${alertToken('unsubscribe', subscription)}`

/** The search page of a saved search. */
export const searchPageLink = (locale: Locale, search: string | null | undefined) =>
  `${origin()}/${locale}/search${search ? `?${search}` : ''}`
