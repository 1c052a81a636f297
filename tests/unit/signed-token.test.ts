import { expect, test } from 'vitest'

import { signToken, verifyToken } from '../../src/core/signed-token'

const SECRET = 'a-secret-of-at-least-thirty-two-characters'

test('a token is read back by its own purpose only, and not with another secret', () => {
  const token = signToken(SECRET, 'alert-confirm', { s: 12, l: 'fr' })
  expect(verifyToken(SECRET, 'alert-confirm', token)).toEqual({ ok: true, value: { s: 12, l: 'fr' }, expiresAt: null })
  expect(verifyToken(SECRET, 'alert-unsubscribe', token)).toEqual({ ok: false, reason: 'forged' })
  expect(verifyToken(`${SECRET}-other`, 'alert-confirm', token)).toEqual({ ok: false, reason: 'forged' })
})

test('any change to the body or the signature is refused; junk is malformed', () => {
  const token = signToken(SECRET, 'oai-resumption', { c: 50 })
  const [body, signature] = token.split('.') as [string, string]
  const changed = Buffer.from(JSON.stringify({ v: { c: 0 } })).toString('base64url')
  expect(verifyToken(SECRET, 'oai-resumption', `${changed}.${signature}`).ok).toBe(false)
  const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
  expect(verifyToken(SECRET, 'oai-resumption', `${body}.${flipped}`)).toEqual({ ok: false, reason: 'forged' })
  for (const junk of ['', 'abc', `${body}.`, `${body}.${signature}.x`, 42, null, 'x'.repeat(5000)]) {
    expect(verifyToken(SECRET, 'oai-resumption', junk)).toEqual({ ok: false, reason: 'malformed' })
  }
})

test('a token with a time to live expires, to the second', () => {
  const now = new Date('2026-01-01T00:00:00Z')
  const token = signToken(SECRET, 'alert-confirm', { s: 1 }, { ttlSeconds: 48 * 3600, now })
  const at = (hours: number) => new Date(now.getTime() + hours * 3600_000)
  expect(verifyToken(SECRET, 'alert-confirm', token, at(47.9))).toMatchObject({ ok: true, expiresAt: at(48) })
  expect(verifyToken(SECRET, 'alert-confirm', token, at(48.01))).toEqual({ ok: false, reason: 'expired' })
})
