import type { Endpoint } from 'payload'

import { readRequestBody } from '../core/request-body'
import { isLocale, type Locale } from '../core/locale'
import { clientAddress, consumeRateLimit, TooManyRequests } from '../security/rate-limit'
import { contactTarget, HONEYPOT_FIELD, parseContactMessage, relayToTeam, type FieldError } from './relay'

/**
 * `POST /api/pilots/:id/contact`: the "Ask the pilot team" form.
 *
 * - JSON in, JSON out for the enhanced form (and API clients): 200 sent, 400 with the field
 *   errors, 404 no such published pilot, 409 the team takes no messages, 413 too large, 429 past
 *   the limit, 502 the mail server failed.
 * - A plain form post (no JavaScript) gets a 303 to `/{locale}/pilots/{slug}/contact?status=...`,
 *   a page that says what happened.
 *
 * A filled honeypot answers exactly like a sent message, so a bot learns nothing, and sends nothing.
 */

export type ContactStatus = 'sent' | 'invalid' | 'unavailable' | 'rate-limited' | 'failed' | 'too-large'

const MAX_BODY_BYTES = 16 * 1024

/** Each outcome's HTTP status and the message of the JSON answer. */
const outcomes: Record<ContactStatus, { status: number; message: string }> = {
  sent: { status: 200, message: 'Your message was passed on to the pilot team.' },
  invalid: { status: 400, message: 'The message was not sent: check the fields named in errors.' },
  unavailable: { status: 409, message: 'This pilot team does not receive messages through the hub.' },
  'rate-limited': { status: 429, message: 'Too many messages from your address: try again later.' },
  failed: { status: 502, message: 'The message could not be sent just now: try again later.' },
  'too-large': { status: 413, message: `The message is too large (at most ${MAX_BODY_BYTES / 1024} KB).` },
}

export const contactEndpoint: Endpoint = {
  path: '/:id/contact',
  method: 'post',
  handler: async (req) => {
    const { id } = (req.routeParams ?? {}) as { id?: string }
    const body = await readRequestBody(req, MAX_BODY_BYTES)
    const localeField = body.fields?.locale
    const locale: Locale = typeof localeField === 'string' && isLocale(localeField) ? localeField : 'en'
    const target = await contactTarget(req.payload, String(id ?? ''))

    const answer = (status: ContactStatus, extra: { errors?: FieldError[] } = {}) => {
      if (body.form) {
        const where = target ? `/${locale}/pilots/${target.slug}/contact?status=${status}` : `/${locale}/pilots`
        return new Response(null, { status: 303, headers: { location: where } })
      }
      return Response.json({ status, message: outcomes[status].message, ...extra }, { status: outcomes[status].status })
    }

    if (!target) {
      if (body.form) return answer('unavailable')
      return Response.json({ errors: [{ message: `No published pilot with id ${JSON.stringify(id)}` }] }, { status: 404 })
    }
    if (body.tooLarge) return answer('too-large')
    if (!body.fields) return answer('invalid', { errors: [{ field: 'message', message: 'body: not valid JSON' } as FieldError] })

    const parsed = parseContactMessage(body.fields)
    if (!parsed.ok) return answer('invalid', { errors: parsed.errors })
    if (!target.address) return answer('unavailable')

    // Counted once the message is well-formed: per sender address, and per pilot, which caps what a
    // spread-out flood can put in one team's mailbox.
    try {
      await consumeRateLimit('contact', clientAddress(req), req, 'messages')
      await consumeRateLimit('contactPerPilot', String(target.id), req, 'messages to this pilot team')
    } catch (error) {
      if (error instanceof TooManyRequests) {
        const response = answer('rate-limited')
        const retry = (error.data as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds
        if (retry) response.headers.set('retry-after', String(retry))
        return response
      }
      throw error
    }

    if (parsed.value[HONEYPOT_FIELD]) {
      req.payload.logger.info({ msg: 'Contact form honeypot filled: message dropped', pilot: target.id })
      return answer('sent')
    }

    try {
      await relayToTeam(req.payload, { ...target, address: target.address }, parsed.value, req.payload.config.serverURL)
    } catch (error) {
      req.payload.logger.error({ msg: 'Contact relay: the mail could not be sent', pilot: target.id, err: error })
      return answer('failed')
    }
    req.payload.logger.info({ msg: 'Contact relay: message passed on', pilot: target.id })
    return answer('sent')
  },
}
