import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { signToken } from '../../src/core/signed-token'
import { ALERTS_QUEUE } from '../../src/alerts/tasks'
import { resetRateLimits } from '../../src/security/rate-limit'
import { transition } from '../../src/workflow/transition'
import { pilotData, practiceData } from '../support/fixtures'
import { createUser, fromAddress, rest, testPayload, unique } from '../support/hub'
import { freshSearchIndex, runSearchJobs } from '../support/search'
import { startSmtpServer, waitForMail, type ReceivedMail } from '../support/smtp'

/**
 * E-mail alerts for a search, end to end with a real SMTP server: the request, the confirmation
 * mail and its signed link, the digest job (as the worker runs it) with what the saved search
 * finds among the records published since the last digest, the one-click unsubscribe that deletes
 * the address, and the refusals (bad input, rate limits, expired or forged links).
 */

const WORD = `quokkaloan${process.pid}`
const HOUR = 60 * 60 * 1000
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let belgian: { id: number; slug: string; name: string }
let dutch: { id: number }
let editor: Record<string, unknown>
let sender = 0

// Each request comes from an address of its own, so the per-sender limit is tested only where meant.
const from = () => fromAddress(`198.51.100.${++sender}`)
const subscribe = (body: Record<string, unknown>, headers: Record<string, string> = from()) => rest('POST', '/alerts', { body, headers })
const linkIn = (mail: ReceivedMail, path: string) => {
  const match = new RegExp(`http://localhost:3000${path.replace(/[?]/g, '\\?')}\\S+`).exec(mail.text)
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`)
  return new URL(match[0])
}
/** The subject as a mail client shows it (the SMTP helper gives the raw, RFC 2047-encoded header). */
const subjectOf = async (mail: ReceivedMail) => (await simpleParser(mail.raw)).subject ?? ''
const subscriptionsOf = (email: string) =>
  payload
    .find({ collection: 'alert-subscriptions', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    .then((r) => r.docs)

/** Moves a record's first publication (and so its place in the digests) to another moment. */
async function publishedAt(collection: 'practices', id: number | string, at: Date) {
  await payload.update({
    collection: 'publications',
    where: { and: [{ recordCollection: { equals: collection } }, { recordId: { equals: Number(id) } }] },
    data: { firstPublishedAt: at.toISOString() },
    overrideAccess: true,
  })
}

/** The digest job, queued and run as the worker or the portal's job runner does. */
async function runDigestJob() {
  await payload.jobs.queue({ task: 'alertDigests' as never, queue: ALERTS_QUEUE, input: {} as never })
  await payload.jobs.run({ queue: ALERTS_QUEUE, limit: 10, silent: true })
}

const practice = (pilot: number, title: string, extra: Record<string, unknown> = {}, word = WORD) =>
  payload.create({
    collection: 'practices',
    data: practiceData(pilot, { title, summary: `How ${word} works for migrant entrepreneurs.`, _status: 'published', ...extra }) as never,
    ...(extra._status === 'draft' ? { draft: true } : {}),
  })

/** Subscribes and confirms through the mail's link; returns the address and the subscription. */
async function confirmedSubscriber(locale: 'en' | 'fr', search: string, frequency: 'daily' | 'weekly' = 'daily') {
  const email = `${unique('reader')}@example.net`
  const response = await subscribe({ email, frequency, locale, search })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
  const link = linkIn(mail!, `/${locale}/alerts/confirm?token=`)
  const confirmed = await rest('POST', '/alerts/confirm', { body: { token: link.searchParams.get('token') }, headers: from() })
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
  const [subscription] = await subscriptionsOf(email)
  return { email, subscription: subscription! }
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'alerts@example.org'
  payload = await testPayload()
  freshSearchIndex()
  const be = await payload.create({ collection: 'pilots', data: pilotData({ country: 'BE', _status: 'published' }) as never })
  belgian = { id: Number(be.id), slug: String(be.slug), name: String(be.name) }
  dutch = {
    id: Number((await payload.create({ collection: 'pilots', data: pilotData({ country: 'NL', _status: 'published' }) as never })).id),
  }
  editor = { ...(await createUser(payload, 'editor')).user, collection: 'users' }
})

beforeEach(() => {
  resetRateLimits()
  smtp.clear()
})

afterAll(async () => {
  await smtp?.stop()
})

describe('asking for alerts', () => {
  test('a request sends one confirmation mail with a signed link, and nothing else until it is confirmed', async () => {
    const email = `${unique('pending')}@example.net`
    const response = await subscribe({
      email: ` ${email.toUpperCase()} `,
      frequency: 'daily',
      locale: 'en',
      search: `q=${WORD}&country=BE&page=3&sort=title`,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.status).toBe('pending')

    const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    expect(await subjectOf(mail!)).toBe(`Confirm your e-mail alerts for “${WORD}” · Country: Belgium`)
    expect(mail!.text).toContain('within 48 hours')
    const link = linkIn(mail!, '/en/alerts/confirm?token=')
    expect(link.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]{43}$/)

    const [row] = await subscriptionsOf(email)
    // The address is kept as typed but in lower case; the search without page and sort.
    expect(row).toMatchObject({ email, status: 'pending', frequency: 'daily', locale: 'en', search: `q=${WORD}&country=BE` })

    // A matching record is published, and days go by: no digest for an unconfirmed address.
    const made = await practice(belgian.id, unique('Unconfirmed alert practice'))
    await runSearchJobs(payload)
    await payload.update({
      collection: 'alert-subscriptions',
      id: row!.id,
      data: { lastDigestAt: new Date(Date.now() - 50 * HOUR).toISOString() },
      overrideAccess: true,
    })
    await publishedAt('practices', made.id, new Date(Date.now() - HOUR))
    smtp.clear()
    await runDigestJob()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.filter((m) => m.to.includes(email))).toEqual([])
  })

  test('bad input is refused with a 400 naming the field, and nothing is sent', async () => {
    const bad = await subscribe({ email: 'not-an-address', frequency: 'hourly', locale: 'en', search: '' })
    expect(bad.status).toBe(400)
    expect(bad.body.status).toBe('invalid')
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'email: not a valid e-mail address' },
        { field: 'frequency', message: 'frequency: must be daily or weekly' },
      ]),
    )
    const badSearch = await subscribe({ email: 'someone@example.net', frequency: 'weekly', locale: 'en', search: 'country=Belgium' })
    expect(badSearch.status).toBe(400)
    expect(badSearch.body.status).toBe('invalid-search')
    expect(badSearch.body.errors[0].message).toMatch(/^search: country: "Belgium" must be an ISO 3166-1 alpha-2 code/)
    const notJson = await rest('POST', '/alerts', { rawBody: '{"email":', headers: { ...from(), 'content-type': 'application/json' } })
    expect(notJson.status).toBe(400)
    const huge = await subscribe({ email: 'someone@example.net', frequency: 'weekly', search: 'q='.padEnd(9000, 'x') })
    expect(huge.status).toBe(413)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(0)
    expect(await subscriptionsOf('someone@example.net')).toHaveLength(0)
  })

  test('without JavaScript the form post is answered with a 303 to a page that says what happened', async () => {
    const email = `${unique('nojs')}@example.net`
    const form = (fields: Record<string, string>) =>
      rest('POST', '/alerts', {
        rawBody: new URLSearchParams(fields).toString(),
        headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
      })
    const sent = await form({ email, frequency: 'weekly', locale: 'fr', search: 'type=practice&theme=financial-inclusion' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/fr/alerts?status=pending&search=type%3Dpractice%26theme%3Dfinancial-inclusion')
    const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    expect(await subjectOf(mail!)).toBe('Confirmez vos alertes par courriel pour Type\u00a0: Pratique · Thème\u00a0: Inclusion financière')
    expect(linkIn(mail!, '/fr/alerts/confirm?token=')).toBeTruthy()
    const bad = await form({ email: 'nope', frequency: 'weekly', locale: 'en', search: 'q=x' })
    expect(bad.status).toBe(303)
    expect(bad.headers.get('location')).toBe('/en/alerts?status=invalid&search=q%3Dx')
  })

  test('a filled honeypot looks like success to the bot, and stores and sends nothing', async () => {
    const email = `${unique('bot')}@example.net`
    const response = await subscribe({ email, frequency: 'daily', locale: 'en', search: '', website: 'http://spam.example' })
    expect(response.status).toBe(200)
    expect(response.body.status).toBe('pending')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(0)
    expect(await subscriptionsOf(email)).toHaveLength(0)
  })

  test('rate limits: per recipient (3 a day) and per sender (10 an hour), with Retry-After', async () => {
    const email = `${unique('flooded')}@example.net`
    for (let i = 0; i < 3; i++)
      expect((await subscribe({ email, frequency: 'daily', locale: 'en', search: `q=word${i}` })).status).toBe(200)
    const refused = await subscribe({ email, frequency: 'daily', locale: 'en', search: 'q=word4' })
    expect(refused.status).toBe(429)
    expect(refused.body.status).toBe('rate-limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await subscriptionsOf(email)).toHaveLength(3)

    const one = fromAddress('203.0.113.250')
    for (let i = 0; i < 10; i++) {
      expect((await subscribe({ email: `${unique('many')}@example.net`, frequency: 'daily', locale: 'en', search: '' }, one)).status).toBe(
        200,
      )
    }
    expect((await subscribe({ email: `${unique('many')}@example.net`, frequency: 'daily', locale: 'en', search: '' }, one)).status).toBe(
      429,
    )
  })
})

describe('confirming and unsubscribing', () => {
  test('an expired, a forged or a misused link is refused; a confirmed link stays confirmed', async () => {
    const email = `${unique('links')}@example.net`
    await subscribe({ email, frequency: 'weekly', locale: 'en', search: '' })
    const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    const token = linkIn(mail!, '/en/alerts/confirm?token=').searchParams.get('token')!
    const [row] = await subscriptionsOf(email)
    const secret = process.env.PAYLOAD_SECRET!

    const expired = signToken(
      secret,
      'alert-confirm',
      { s: row!.id, l: 'en' },
      { ttlSeconds: 48 * 3600, now: new Date(Date.now() - 49 * HOUR) },
    )
    const stale = await rest('POST', '/alerts/confirm', { body: { token: expired } })
    expect(stale.status).toBe(410)
    expect(stale.body.status).toBe('expired')

    const [body, signature] = token.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    claims.v.s = claims.v.s + 1
    const forged = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    const refused = await rest('POST', '/alerts/confirm', { body: { token: forged } })
    expect(refused.status).toBe(400)
    expect(refused.body.status).toBe('invalid-link')
    // A confirmation link does not unsubscribe, nor does an unsubscribe link confirm.
    expect((await rest('POST', '/alerts/unsubscribe', { body: { token } })).status).toBe(400)
    const otherSecret = signToken('another-secret-another-secret-0123456789', 'alert-confirm', { s: row!.id, l: 'en' })
    expect((await rest('POST', '/alerts/confirm', { body: { token: otherSecret } })).status).toBe(400)
    expect((await subscriptionsOf(email))[0]).toMatchObject({ status: 'pending' })

    const ok = await rest('POST', '/alerts/confirm', {
      rawBody: new URLSearchParams({ token, locale: 'en' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/en/alerts/confirm?status=confirmed')
    const [active] = await subscriptionsOf(email)
    expect(active).toMatchObject({ status: 'active' })
    expect(active!.confirmedAt).toBeTruthy()
    expect((await rest('POST', '/alerts/confirm', { body: { token } })).status).toBe(200)
  })

  test('asking again for the same search and confirming replaces the older subscription (a new frequency)', async () => {
    const { email } = await confirmedSubscriber('en', `q=${WORD}`, 'daily')
    smtp.clear()
    await subscribe({ email, frequency: 'weekly', locale: 'en', search: `q=${WORD}` })
    const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    expect((await subscriptionsOf(email)).map((row) => row.status).sort()).toEqual(['active', 'pending'])
    const token = linkIn(mail!, '/en/alerts/confirm?token=').searchParams.get('token')
    expect((await rest('POST', '/alerts/confirm', { body: { token } })).status).toBe(200)
    const rows = await subscriptionsOf(email)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'active', frequency: 'weekly' })
  })
})

describe('digests', () => {
  test('a digest lists the new records the saved search finds, never a draft, with one-click unsubscribe; then the address is deleted', async () => {
    // A word of its own: the records of the other tests are not part of this digest.
    const word = `wallabyfund${process.pid}`
    const { email, subscription } = await confirmedSubscriber('en', `q=${word}&country=BE`)
    const now = Date.now()
    // Before the window, in it (matching, not matching, draft, archived), as seen by the job.
    const old = await practice(belgian.id, unique('Older alert practice'), {}, word)
    const match = await practice(belgian.id, unique('New alert practice'), {}, word)
    const second = await practice(belgian.id, unique('Another new alert practice'), {}, word)
    const elsewhere = await practice(dutch.id, unique('Dutch alert practice'), {}, word)
    const draft = await practice(belgian.id, unique('Draft alert practice'), { _status: 'draft' }, word)
    const archived = await practice(belgian.id, unique('Archived alert practice'), {}, word)
    await transition(payload, { collection: 'practices', id: archived.id, action: 'archive', user: editor as never })
    await runSearchJobs(payload)
    await payload.update({
      collection: 'alert-subscriptions',
      id: subscription.id,
      data: { confirmedAt: new Date(now - 30 * HOUR).toISOString(), lastDigestAt: new Date(now - 30 * HOUR).toISOString() },
      overrideAccess: true,
    })
    await publishedAt('practices', old.id, new Date(now - 31 * HOUR))
    for (const record of [match, second, elsewhere, archived]) await publishedAt('practices', record.id, new Date(now - HOUR))
    smtp.clear()

    await runDigestJob()
    const [digest] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    expect(await subjectOf(digest!)).toBe(`2 new records for “${word}” · Country: Belgium`)
    expect(digest!.text).toContain(match.title)
    expect(digest!.text).toContain(`http://localhost:3000/en/practices/${match.slug}`)
    expect(digest!.text).toContain(second.title)
    expect(digest!.text).toContain(`Pilot: ${belgian.name}`)
    for (const absent of [old, elsewhere, draft, archived]) expect(digest!.text).not.toContain(absent.title)
    expect(digest!.text).toContain(`http://localhost:3000/en/search?q=${word}&country=BE`)
    const head = digest!.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ') // headers, unfolded
    const unsubscribeHeader = /^List-Unsubscribe: <(http:\/\/localhost:3000\/api\/alerts\/unsubscribe\?token=[\w.-]+)>$/im.exec(head)
    expect(unsubscribeHeader, head).not.toBeNull()
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im)
    expect(linkIn(digest!, '/en/alerts/unsubscribe?token=')).toBeTruthy()
    console.log(`Digest mail as received:\n${digest!.raw}`)

    // Sent once: the next run finds it not due.
    smtp.clear()
    await runDigestJob()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toEqual([])

    // The mail client's one-click unsubscribe (RFC 8058): a POST to the header's address.
    const url = new URL(unsubscribeHeader![1]!)
    const oneClick = await rest('POST', '/alerts/unsubscribe', {
      query: { token: url.searchParams.get('token')! },
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(oneClick.status).toBe(200)
    expect(oneClick.body.status).toBe('unsubscribed')
    expect(await subscriptionsOf(email)).toEqual([])
    // Again: already done, still fine; and no digest for a deleted address.
    expect((await rest('POST', '/alerts/unsubscribe', { query: { token: url.searchParams.get('token')! }, body: {} })).status).toBe(200)
    await runDigestJob()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toEqual([])
  })

  test('a French subscriber gets the digest in French, with French links; a weekly one waits a week', async () => {
    const { email, subscription } = await confirmedSubscriber('fr', `q=${WORD}&type=practice`, 'weekly')
    const now = Date.now()
    const made = await practice(belgian.id, unique('French digest practice'))
    await payload.update({
      collection: 'practices',
      id: made.id,
      locale: 'fr',
      data: { title: `Pratique ${WORD} en français`, summary: 'Résumé.', _status: 'published' } as never,
    })
    await runSearchJobs(payload)
    await publishedAt('practices', made.id, new Date(now - HOUR))
    // Two days since the last digest: not yet due for a weekly subscription.
    await payload.update({
      collection: 'alert-subscriptions',
      id: subscription.id,
      data: { lastDigestAt: new Date(now - 48 * HOUR).toISOString() },
      overrideAccess: true,
    })
    smtp.clear()
    await runDigestJob()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.filter((m) => m.to.includes(email))).toEqual([])

    await payload.update({
      collection: 'alert-subscriptions',
      id: subscription.id,
      data: { lastDigestAt: new Date(now - 8 * 24 * HOUR).toISOString() },
      overrideAccess: true,
    })
    await runDigestJob()
    const [digest] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
    expect(await subjectOf(digest!)).toMatch(/^\d+ nouvelles? fiches? pour «\u00a0quokkaloan\d+\u00a0» · Type\u00a0: Pratique$/)
    expect(digest!.text).toContain(`Pratique ${WORD} en français`)
    expect(digest!.text).toContain(`http://localhost:3000/fr/practices/${made.slug}`)
    expect(digest!.text).toContain('Se désabonner en un clic')
    expect(digest!.text).toContain('/fr/alerts/unsubscribe?token=')
  })

  test('a request never confirmed is deleted, address included, once its link has long expired', async () => {
    const email = `${unique('forgotten')}@example.net`
    await subscribe({ email, frequency: 'daily', locale: 'en', search: '' })
    const [row] = await subscriptionsOf(email)
    await payload.update({
      collection: 'alert-subscriptions',
      id: row!.id,
      data: { createdAt: new Date(Date.now() - 73 * HOUR).toISOString() } as never,
      overrideAccess: true,
    })
    await runDigestJob()
    expect(await subscriptionsOf(email)).toEqual([])
  })
})
