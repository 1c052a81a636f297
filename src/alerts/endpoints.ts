import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { readRequestBody } from '../core/request-body'
import { isLocale, type Locale } from '../core/locale'
import { clientAddress, consumeRateLimit, TooManyRequests } from '../security/rate-limit'
import { describeSavedSearch } from './describe'
import { confirmationMail } from './mail'
import {
  ALERT_SUBSCRIPTIONS,
  parseSubscribeRequest,
  readAlertToken,
  type AlertFieldError,
  type AlertLinkPurpose,
  type AlertSubscription,
} from './subscription'

/**
 * The alert endpoints. Each takes a plain form post (the pages work without JavaScript: the answer
 * is a 303 to a page that says what happened) or JSON (the enhanced form, API clients).
 *
 *   POST /api/alerts               subscribe: email, frequency, locale, search (the search page's
 *                                  query string). 200 pending (a confirmation mail went out), 400
 *                                  with the fields in error, 413, 429 with Retry-After, 502.
 *   POST /api/alerts/confirm       token from the confirmation mail. 200 confirmed, 400 invalid
 *                                  link, 404 no such request, 410 expired.
 *   POST /api/alerts/unsubscribe   ?token=… from the digest (RFC 8058 one-click: the body is
 *                                  `List-Unsubscribe=One-Click`), or token in the body. Deletes the
 *                                  subscription and its address. 200 unsubscribed, 400 invalid link.
 */

const subscriptions = ALERT_SUBSCRIPTIONS as 'alert-subscriptions'
const MAX_BODY_BYTES = 8 * 1024

export type SubscribeStatus = 'pending' | 'invalid' | 'invalid-search' | 'rate-limited' | 'failed' | 'too-large'
export type ConfirmStatus = 'confirmed' | 'expired' | 'invalid-link' | 'not-found'
export type UnsubscribeStatus = 'unsubscribed' | 'invalid-link'

const subscribeOutcomes: Record<SubscribeStatus, { status: number; message: string }> = {
  pending: { status: 200, message: 'A confirmation e-mail was sent: the alerts start once its link is opened.' },
  invalid: { status: 400, message: 'The alert was not saved: check the fields named in errors.' },
  'invalid-search': { status: 400, message: 'The search cannot be saved as an alert: see errors.' },
  'rate-limited': { status: 429, message: 'Too many alert requests: try again later.' },
  failed: { status: 502, message: 'The confirmation e-mail could not be sent just now: try again later.' },
  'too-large': { status: 413, message: `The request is too large (at most ${MAX_BODY_BYTES / 1024} KB).` },
}
const confirmOutcomes: Record<ConfirmStatus, { status: number; message: string }> = {
  confirmed: { status: 200, message: 'The alerts are on.' },
  expired: { status: 410, message: 'This confirmation link has expired: ask for the alerts again.' },
  'invalid-link': { status: 400, message: 'token: not a valid link (altered, or not from the hub).' },
  'not-found': { status: 404, message: 'This alert request no longer exists: ask for the alerts again.' },
}
const unsubscribeOutcomes: Record<UnsubscribeStatus, { status: number; message: string }> = {
  unsubscribed: { status: 200, message: 'Unsubscribed: no more alerts, and the address was deleted.' },
  'invalid-link': { status: 400, message: 'token: not a valid link (altered, or not from the hub).' },
}

const localeOf = (value: unknown, fallback: Locale = 'en'): Locale => (isLocale(value) ? value : fallback)

function answer(
  form: boolean,
  outcome: { status: number; message: string },
  status: string,
  where: string,
  extra: Record<string, unknown> = {},
) {
  if (form) return new Response(null, { status: 303, headers: { location: where } })
  return Response.json({ status, message: outcome.message, ...extra }, { status: outcome.status })
}

export const subscribeEndpoint: Endpoint = {
  path: '/alerts',
  method: 'post',
  handler: async (req) => {
    const body = await readRequestBody(req, MAX_BODY_BYTES)
    const locale = localeOf(body.fields?.locale)
    const search = typeof body.fields?.search === 'string' ? body.fields.search : ''
    const back = search.length <= 2000 ? `&search=${encodeURIComponent(search)}` : ''
    const reply = (status: SubscribeStatus, extra: { errors?: AlertFieldError[] } = {}) =>
      answer(body.form, subscribeOutcomes[status], status, `/${locale}/alerts?status=${status}${back}`, extra)

    if (body.tooLarge) return reply('too-large')
    if (!body.fields) return reply('invalid', { errors: [{ field: 'email', message: 'body: not valid JSON' }] })
    const parsed = parseSubscribeRequest(body.fields)
    if (!parsed.ok) {
      const onlySearch = parsed.errors.every((error) => error.field === 'search')
      return reply(onlySearch ? 'invalid-search' : 'invalid', { errors: parsed.errors })
    }
    const request = parsed.value

    // Counted once the request is well-formed: per sender, and per recipient (so that nobody can
    // use the form to flood someone else's mailbox with confirmation mails).
    try {
      await consumeRateLimit('alertSubscribe', clientAddress(req), req, 'alert requests')
      await consumeRateLimit('alertSubscribePerEmail', request.email, req, 'alert requests for this address')
    } catch (error) {
      if (error instanceof TooManyRequests) {
        const response = reply('rate-limited')
        const retry = (error.data as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds
        if (retry) response.headers.set('retry-after', String(retry))
        return response
      }
      throw error
    }
    if (request.honeypot) {
      req.payload.logger.info({ msg: 'Alert form honeypot filled: request dropped' })
      return reply('pending')
    }

    // A new request each time, also for a search already followed: confirming it replaces the
    // older one (so the frequency changes only with the owner's confirmation).
    const created = (await req.payload.create({
      collection: subscriptions,
      data: { email: request.email, locale: request.locale, search: request.search, frequency: request.frequency, status: 'pending' },
      overrideAccess: true,
      depth: 0,
    })) as unknown as AlertSubscription
    try {
      const description = await describeSavedSearch(req.payload, request.locale, request.search)
      await req.payload.sendEmail(confirmationMail(created, description))
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Alerts: the confirmation mail could not be sent' })
      await req.payload.delete({ collection: subscriptions, id: created.id, overrideAccess: true })
      return reply('failed')
    }
    req.payload.logger.info({ msg: 'Alerts: confirmation mail sent', subscription: created.id })
    return reply('pending')
  },
}

export type LinkedSubscription =
  { ok: true; subscription: AlertSubscription } | { ok: false; reason: 'expired' | 'invalid-link' | 'not-found'; locale?: Locale }

/** The subscription a confirmation or unsubscribe link names, if the link is genuine and current. */
export async function subscriptionOfLink(payload: Payload, purpose: AlertLinkPurpose, token: unknown): Promise<LinkedSubscription> {
  const link = readAlertToken(purpose, token)
  if (!link.ok) return { ok: false, reason: link.reason === 'expired' ? 'expired' : 'invalid-link' }
  const found = await payload.find({
    collection: subscriptions,
    where: { id: { equals: link.value.id } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const subscription = found.docs[0] as unknown as AlertSubscription | undefined
  if (!subscription) return { ok: false, reason: 'not-found', locale: link.value.locale }
  return { ok: true, subscription }
}

/** Turns a confirmed request on; an older subscription of the same address and search gives way to it. */
export async function confirmSubscription(payload: Payload, subscription: AlertSubscription, now = new Date()): Promise<void> {
  if (subscription.status === 'active') return
  await payload.update({
    collection: subscriptions,
    id: subscription.id,
    data: { status: 'active', confirmedAt: now.toISOString(), lastDigestAt: now.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  await payload.delete({
    collection: subscriptions,
    where: {
      and: [
        { id: { not_equals: subscription.id } },
        { email: { equals: subscription.email } },
        { locale: { equals: subscription.locale } },
        subscription.search
          ? { search: { equals: subscription.search } }
          : { or: [{ search: { equals: '' } }, { search: { exists: false } }] },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
}

const tokenOf = (req: PayloadRequest, fields: Record<string, unknown> | null) =>
  (typeof fields?.token === 'string' ? fields.token : null) ?? req.searchParams?.get('token') ?? null

export const confirmEndpoint: Endpoint = {
  path: '/alerts/confirm',
  method: 'post',
  handler: async (req) => {
    const body = await readRequestBody(req, MAX_BODY_BYTES)
    const linked = await subscriptionOfLink(req.payload, 'confirm', tokenOf(req, body.fields))
    const locale = linked.ok ? linked.subscription.locale : localeOf(body.fields?.locale, linked.locale)
    const reply = (status: ConfirmStatus) =>
      answer(body.form, confirmOutcomes[status], status, `/${locale}/alerts/confirm?status=${status}`)
    if (!linked.ok) return reply(linked.reason)
    await confirmSubscription(req.payload, linked.subscription)
    req.payload.logger.info({ msg: 'Alerts: subscription confirmed', subscription: linked.subscription.id })
    return reply('confirmed')
  },
}

export const unsubscribeEndpoint: Endpoint = {
  path: '/alerts/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const body = await readRequestBody(req, MAX_BODY_BYTES)
    const token = tokenOf(req, body.fields)
    const linked = await subscriptionOfLink(req.payload, 'unsubscribe', token)
    // A mail client's one-click POST is a form post too, but wants a plain answer, not a redirect.
    const oneClick = body.fields?.['List-Unsubscribe'] === 'One-Click'
    const locale = linked.ok ? linked.subscription.locale : localeOf(body.fields?.locale, linked.locale)
    const reply = (status: UnsubscribeStatus) =>
      answer(body.form && !oneClick, unsubscribeOutcomes[status], status, `/${locale}/alerts/unsubscribe?status=${status}`)
    if (!linked.ok) {
      // Already gone (unsubscribed before): the wish is fulfilled.
      if (linked.reason === 'not-found') return reply('unsubscribed')
      return reply('invalid-link')
    }
    await req.payload.delete({ collection: subscriptions, id: linked.subscription.id, overrideAccess: true })
    req.payload.logger.info({ msg: 'Alerts: unsubscribed, address deleted', subscription: linked.subscription.id, oneClick })
    return reply('unsubscribed')
  },
}

export const alertEndpoints: Endpoint[] = [subscribeEndpoint, confirmEndpoint, unsubscribeEndpoint]
