import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import { resetRateLimits } from '../../src/security/rate-limit'
import { pilotData } from '../support/fixtures'
import { createUser, fromAddress, login, rest, testPayload } from '../support/hub'
import { startSmtpServer, waitForMail } from '../support/smtp'

/**
 * "Ask the pilot team": questions reach the team's address through a real SMTP server, the
 * address never reaches the visitor, and bots meet a honeypot and rate limits.
 */

const TEAM = 'team-relay@pilot.example.org'
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let pilot: { id: number; slug: string; name: string }
let silentPilot: number
let draftPilot: number
let visitor = 0

// Each test writes from an address of its own, so the per-address limit is tested only where meant.
const from = () => fromAddress(`203.0.113.${++visitor}`)
const question = (overrides: Record<string, unknown> = {}) => ({
  name: 'Amira Haddad',
  email: 'amira@example.net',
  message: 'How did you reach entrepreneurs who had never borrowed before?',
  locale: 'en',
  ...overrides,
})
/** Every answer of the endpoint, whatever its status, is checked for the relay address. */
const answers: { status: number; text: string }[] = []
const checked = <T extends { status: number; body: unknown; headers: Headers }>(response: T): T => {
  const text = `${JSON.stringify(response.body)} ${JSON.stringify([...response.headers.entries()])}`
  answers.push({ status: response.status, text })
  expect(text, `the ${response.status} answer shows the relay address`).not.toContain(TEAM)
  return response
}
const ask = async (id: number, body: unknown, headers: Record<string, string> = from()) =>
  checked(await rest('POST', `/pilots/${id}/contact`, { body, headers }))

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'hub@example.org'
  payload = await testPayload()
  const made = await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published', contactEmail: TEAM }) as never })
  pilot = { id: Number(made.id), slug: String(made.slug), name: String(made.name) }
  silentPilot = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  draftPilot = Number(
    (await payload.create({ collection: 'pilots', data: pilotData({ _status: 'draft', contactEmail: TEAM }) as never, draft: true })).id,
  )
})

beforeEach(() => {
  resetRateLimits()
  smtp.clear()
})

afterAll(async () => {
  await smtp?.stop()
  // The answers checked above cover every outcome, not only the 200.
  expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200, 303, 400, 404, 409, 413, 429, 502]))
})

test('a question reaches the team by e-mail, with the visitor in Reply-To; the answer never shows the address', async () => {
  const response = await ask(pilot.id, question())
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  expect(response.body).toMatchObject({ status: 'sent' })
  expect(JSON.stringify(response.body)).not.toContain(TEAM)

  const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(TEAM))
  expect(mail!.subject).toContain(pilot.name)
  expect(mail!.raw).toMatch(/^Reply-To: .*amira@example\.net/im)
  expect(mail!.text).toContain('How did you reach entrepreneurs who had never borrowed before?')
  expect(mail!.text).toContain(`/en/pilots/${pilot.slug}`)
})

test('the public API never shows the relay address', async () => {
  const one = await rest('GET', `/pilots/${pilot.id}`)
  expect(one.status).toBe(200)
  expect(JSON.stringify(one.body)).not.toContain(TEAM)
  const many = await rest('GET', '/pilots', { query: { limit: '100' } })
  expect(JSON.stringify(many.body)).not.toContain(TEAM)
})

test('the relay address is read by editors and by contributors of that pilot only', async () => {
  const own = await createUser(payload, 'contributor', [pilot.id])
  const other = await createUser(payload, 'contributor', [silentPilot])
  const editor = await createUser(payload, 'editor')
  const read = async (email: string, password: string) => {
    const token = await login(email, password)
    const one = await rest('GET', `/pilots/${pilot.id}`, { token, query: { depth: '0' } })
    const many = await rest('GET', '/pilots', { token, query: { depth: '0', limit: '100' } })
    // Querying by the address would tell it letter by letter: the field is not queryable either.
    const probe = await rest('GET', '/pilots', { token, query: { depth: '0', 'where[contactEmail][like]': 'team-relay' } })
    return { one: one.body.contactEmail, many: JSON.stringify(many.body).includes(TEAM), probe: probe.status }
  }
  // The pilot's contributors read it on their pilot, but do not query by it.
  expect(await read(own.email, own.password)).toEqual({ one: TEAM, many: true, probe: 400 })
  expect(await read(editor.email, editor.password)).toEqual({ one: TEAM, many: true, probe: 200 })
  const stranger = await read(other.email, other.password)
  expect(stranger.one).toBeUndefined()
  expect(stranger.many).toBe(false)
  expect(stranger.probe).toBe(400)
})

test('a plain form post (no JavaScript) is relayed and redirected to the outcome page', async () => {
  const form = new URLSearchParams({ ...question({ locale: 'fr', message: 'Une question envoyée sans JavaScript.' }) } as Record<
    string,
    string
  >)
  const response = checked(
    await rest('POST', `/pilots/${pilot.id}/contact`, {
      rawBody: form.toString(),
      headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
    }),
  )
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(`/fr/pilots/${pilot.slug}/contact?status=sent`)
  const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(TEAM))
  expect(mail!.text).toContain('Une question envoyée sans JavaScript.')
  expect(mail!.text).toContain(`/fr/pilots/${pilot.slug}`)

  const bad = await rest('POST', `/pilots/${pilot.id}/contact`, {
    rawBody: new URLSearchParams({ name: '', email: 'nope', message: 'short', locale: 'en' }).toString(),
    headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
  })
  expect(bad.status).toBe(303)
  expect(bad.headers.get('location')).toBe(`/en/pilots/${pilot.slug}/contact?status=invalid`)
})

test('bad input is refused with a 400 naming each field, and nothing is sent', async () => {
  const response = await ask(pilot.id, { name: ' ', email: 'not-an-address', message: 'Too short', locale: 'en' })
  expect(response.status).toBe(400)
  expect(response.body.errors).toEqual(
    expect.arrayContaining([
      { field: 'name', message: 'name: required' },
      { field: 'email', message: 'email: not a valid e-mail address' },
      { field: 'message', message: 'message: at least 10 characters' },
    ]),
  )
  const tooLong = await ask(pilot.id, question({ message: 'x'.repeat(4001) }))
  expect(tooLong.status).toBe(400)
  expect(tooLong.body.errors).toEqual([{ field: 'message', message: 'message: at most 4000 characters' }])
  const notJson = checked(
    await rest('POST', `/pilots/${pilot.id}/contact`, {
      rawBody: '{"name":',
      headers: { ...from(), 'content-type': 'application/json' },
    }),
  )
  expect(notJson.status).toBe(400)
  const huge = await ask(pilot.id, question({ message: 'y'.repeat(20_000) }))
  expect(huge.status).toBe(413)
  // A line break in the name would be a header line in a careless mail library: refused.
  for (const name of ['Amira\r\nBcc: victim@example.org', 'Amira\nHaddad', 'Amira\rHaddad']) {
    const injected = await ask(pilot.id, question({ name }))
    expect(injected.status, JSON.stringify(name)).toBe(400)
    expect(injected.body.errors).toEqual([{ field: 'name', message: 'name: must be on one line (no line breaks)' }])
  }
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.messages).toHaveLength(0)
})

test('a filled honeypot looks like success to the bot, and sends nothing', async () => {
  const response = await ask(pilot.id, question({ website: 'http://spam.example' }))
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ status: 'sent' })
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.messages).toHaveLength(0)
})

test('unpublished pilots and pilots without a relay address take no messages', async () => {
  const draft = await ask(draftPilot, question())
  expect(draft.status).toBe(404)
  expect((await ask(999_999_999, question())).status).toBe(404)
  expect(checked(await rest('POST', '/pilots/not-an-id/contact', { body: question(), headers: from() })).status).toBe(404)
  const silent = await ask(silentPilot, question())
  expect(silent.status).toBe(409)
  expect(silent.body.message).toMatch(/does not receive messages/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.messages).toHaveLength(0)
})

test('a burst from one address gets 429 with Retry-After after five messages', async () => {
  const address = from()
  const statuses: number[] = []
  let last: Awaited<ReturnType<typeof ask>> | undefined
  for (let i = 0; i < 7; i++) {
    last = await ask(pilot.id, question({ message: `Burst message number ${i} from one address.` }), address)
    statuses.push(last.status)
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
  expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(last!.body).toMatchObject({ status: 'rate-limited' })
  // Another address is not affected.
  expect((await ask(pilot.id, question())).status).toBe(200)
  await waitForMail(smtp.messages, (m) => m.to.includes(TEAM), 6)
})

test('when the mail server is down the visitor is told to try later (502), and nothing is claimed as sent', async () => {
  await smtp.stop()
  const response = await ask(pilot.id, question())
  expect(response.status).toBe(502)
  expect(response.body).toMatchObject({ status: 'failed' })
})
