import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import { resetRateLimits } from '../../src/security/rate-limit'
import { createUser, fromAddress, graphqlRequest, rest, testPayload, unique } from '../support/hub'
import { startSmtpServer, waitForMail } from '../support/smtp'

/**
 * Sign-in and password reset: lockout, rate limits, sessions, and answers that are the same for
 * known and unknown addresses (their timing is measured by bench/sign-in-timing.ts).
 */

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'hub@example.org'
  payload = await testPayload()
})
afterAll(async () => {
  await smtp?.stop()
})
beforeEach(() => resetRateLimits())

const REFUSED = 'The email or password provided is incorrect.'

test('an account locks after five wrong passwords, even with the right one afterwards, without saying so to the caller', async () => {
  const { email, password, user } = await createUser(payload, 'editor')
  for (let n = 0; n < 5; n++) {
    const wrong = await rest('POST', '/users/login', { body: { email, password: 'wrong-password-guess' } })
    expect(wrong.status).toBe(401)
    // The attempt that locks the account answers like the others.
    expect(wrong.body.errors[0].message).toBe(REFUSED)
  }
  const locked = await rest('POST', '/users/login', { body: { email, password } })
  expect(locked.status).toBe(401)
  expect(locked.body.errors[0].message).toBe(REFUSED)
  expect(JSON.stringify(locked.body)).not.toMatch(/locked/i)
  const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
  expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now())
  // GraphQL says the same.
  const graph = await graphqlRequest(`mutation { loginUser(email: "${email}", password: "${password}") { token } }`)
  expect(graph.body.errors[0].message).toBe(REFUSED)
})

test('a known and an unknown address get the same answer to a sign-in and to a reset request', async () => {
  const { email } = await createUser(payload, 'contributor')
  const unknown = `${unique('nobody')}@example.org`
  const known = await rest('POST', '/users/login', { body: { email, password: 'wrong-password-guess' } })
  const stranger = await rest('POST', '/users/login', { body: { email: unknown, password: 'wrong-password-guess' } })
  expect([stranger.status, stranger.body]).toEqual([known.status, known.body])

  smtp.clear()
  const resetKnown = await rest('POST', '/users/forgot-password', { body: { email } })
  const resetUnknown = await rest('POST', '/users/forgot-password', { body: { email: unknown } })
  expect(resetKnown.status).toBe(200)
  expect([resetUnknown.status, resetUnknown.body]).toEqual([resetKnown.status, resetKnown.body])
  // The reset itself still happens, after the answer.
  const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes(email))
  expect(mail!.text).toMatch(/reset/i)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.messages.filter((m) => m.to.includes(unknown))).toHaveLength(0)

  const graphKnown = await graphqlRequest(`mutation { forgotPasswordUser(email: "${email}") }`)
  const graphUnknown = await graphqlRequest(`mutation { forgotPasswordUser(email: "${unknown}") }`)
  expect(graphKnown.body).toEqual({ data: { forgotPasswordUser: true } })
  expect(graphUnknown.body).toEqual(graphKnown.body)
  expect((await rest('POST', '/users/forgot-password', { body: {} })).status).toBe(400)
})

test('a burst of sign-ins from one address is answered 429', async () => {
  const headers = fromAddress('192.0.2.44')
  const statuses: number[] = []
  for (let n = 0; n < 55; n++) {
    statuses.push(
      (await rest('POST', '/users/login', { body: { email: `${unique('nobody')}@example.org`, password: 'x' }, headers })).status,
    )
  }
  expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true)
  expect(statuses.slice(50)).toEqual([429, 429, 429, 429, 429])
  // Every failed sign-in costs a password hash, known address or not: minutes on a busy machine.
}, 300_000)

test('password reset requests are limited per address and e-mail', async () => {
  const { email } = await createUser(payload, 'contributor')
  const headers = fromAddress('192.0.2.45')
  const statuses: number[] = []
  for (let n = 0; n < 7; n++) statuses.push((await rest('POST', '/users/forgot-password', { body: { email }, headers })).status)
  expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true)
  expect(statuses.slice(5)).toEqual([429, 429])
})

test('signing out ends the session: the token is refused afterwards', async () => {
  const { email, password } = await createUser(payload, 'editor')
  const login = await rest('POST', '/users/login', { body: { email, password } })
  const token = login.body.token as string
  expect((await rest('GET', '/users/me', { token })).body.user?.email).toBe(email)
  expect((await rest('POST', '/users/logout', { token })).status).toBe(200)
  const after = await rest('GET', '/users/me', { token })
  expect(after.body.user).toBeNull()
  // The token itself is still well-formed and unexpired: the server refuses it.
  const drafts = await rest('GET', '/lessons', { token, query: { draft: 'true', where: '{"_status":{"equals":"draft"}}' } })
  expect(drafts.body.docs ?? []).toEqual([])
})
