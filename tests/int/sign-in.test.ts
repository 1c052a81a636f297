import type { Payload } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { createUser, rest, testPayload, unique } from '../support/hub'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

test('an account locks after five wrong passwords, even with the right one afterwards', async () => {
  const { email, password } = await createUser(payload, 'editor')
  for (let n = 0; n < 5; n++) {
    expect((await rest('POST', '/users/login', { body: { email, password: 'wrong-password-guess' } })).status).toBe(401)
  }
  const locked = await rest('POST', '/users/login', { body: { email, password } })
  expect(locked.status).toBe(401)
  expect(JSON.stringify(locked.body)).toMatch(/locked/i)
})

test('a burst of sign-ins from one address is answered 429', async () => {
  const headers = { 'x-forwarded-for': '192.0.2.44' }
  const statuses: number[] = []
  for (let n = 0; n < 55; n++) {
    statuses.push(
      (await rest('POST', '/users/login', { body: { email: `${unique('nobody')}@example.org`, password: 'x' }, headers })).status,
    )
  }
  expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true)
  expect(statuses.slice(50).every((status) => status === 429)).toBe(true)
})

test('password reset requests are limited per address and e-mail', async () => {
  const { email } = await createUser(payload, 'contributor')
  const headers = { 'x-forwarded-for': '192.0.2.45' }
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
