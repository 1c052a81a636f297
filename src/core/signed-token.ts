import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Stateless signed tokens for links and resumption tokens: a JSON payload and an HMAC-SHA256 of
 * it, both base64url, joined by a dot. Each use has its own `purpose`, mixed into the key, so a
 * token made for one use (an OAI-PMH resumption token) is refused by another (an alert link).
 * A token may carry an expiry (`exp`, seconds since the epoch).
 */

export type TokenCheck<T> = { ok: true; value: T; expiresAt: Date | null } | { ok: false; reason: 'malformed' | 'forged' | 'expired' }

const keyFor = (secret: string, purpose: string) => createHmac('sha256', secret).update(`signed-token:${purpose}`).digest()

const mac = (secret: string, purpose: string, body: string) => createHmac('sha256', keyFor(secret, purpose)).update(body).digest()

/** Signs `value` for `purpose`; with `ttlSeconds` the token stops being valid after that long. */
export function signToken(secret: string, purpose: string, value: unknown, options: { ttlSeconds?: number; now?: Date } = {}): string {
  const now = options.now ?? new Date()
  const envelope = {
    v: value,
    ...(options.ttlSeconds ? { exp: Math.floor(now.getTime() / 1000) + Math.floor(options.ttlSeconds) } : {}),
  }
  const body = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url')
  return `${body}.${mac(secret, purpose, body).toString('base64url')}`
}

/** Checks a token made by `signToken` for the same purpose: its signature first, then its expiry. */
export function verifyToken<T = unknown>(secret: string, purpose: string, token: unknown, now: Date = new Date()): TokenCheck<T> {
  if (typeof token !== 'string' || token.length > 4096) return { ok: false, reason: 'malformed' }
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token.trim())
  if (!match) return { ok: false, reason: 'malformed' }
  const [, body, signature] = match as unknown as [string, string, string]
  const expected = mac(secret, purpose, body)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' }
  let envelope: { v?: unknown; exp?: unknown }
  try {
    envelope = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { v?: unknown; exp?: unknown }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!envelope || typeof envelope !== 'object' || !('v' in envelope)) return { ok: false, reason: 'malformed' }
  const exp = typeof envelope.exp === 'number' ? envelope.exp : null
  if (exp !== null && now.getTime() / 1000 > exp) return { ok: false, reason: 'expired' }
  return { ok: true, value: envelope.v as T, expiresAt: exp === null ? null : new Date(exp * 1000) }
}
