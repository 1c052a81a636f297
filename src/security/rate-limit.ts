import { APIError, type PayloadRequest } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { hubEnv } from '../core/env'

/**
 * Rate limits on the entry points that attackers hammer: sign-in, password reset, the contact
 * relay and search. In-process by default; shared by every app instance through PostgreSQL with
 * RATE_LIMIT_STORE=postgres (table `rate_limits`, created by a migration).
 */

export const rateLimits = {
  login: { points: 10, duration: 15 * 60 },
  loginPerAddress: { points: 50, duration: 15 * 60 },
  forgotPassword: { points: 5, duration: 60 * 60 },
  forgotPasswordPerAddress: { points: 20, duration: 60 * 60 },
  contact: { points: 5, duration: 60 * 60 },
  contactPerPilot: { points: 50, duration: 24 * 60 * 60 },
  // E-mail alerts (src/alerts): requests per sender address, and confirmation mails per recipient.
  alertSubscribe: { points: 10, duration: 60 * 60 },
  alertSubscribePerEmail: { points: 3, duration: 24 * 60 * 60 },
  // Per address and minute; a benchmark raises it with RATE_LIMIT_SEARCH_PER_MINUTE (read when first used).
  search: {
    get points() {
      return hubEnv().RATE_LIMIT_SEARCH_PER_MINUTE
    },
    duration: 60,
  },
}
export type RateLimitName = keyof typeof rateLimits

const LIMITERS = Symbol.for('inclusion-practice-hub.rateLimiters')
type Store = typeof globalThis & { [LIMITERS]?: Map<string, RateLimiterAbstract> }

function limiter(name: RateLimitName, req: PayloadRequest): RateLimiterAbstract {
  const store = globalThis as Store
  store[LIMITERS] ??= new Map()
  let found = store[LIMITERS].get(name)
  if (!found) {
    const { points, duration } = rateLimits[name]
    found =
      hubEnv().RATE_LIMIT_STORE === 'postgres'
        ? new RateLimiterPostgres({
            storeClient: (req.payload.db as unknown as { pool: unknown }).pool,
            storeType: 'pool',
            tableName: 'rate_limits',
            tableCreated: true,
            keyPrefix: name,
            points,
            duration,
          })
        : new RateLimiterMemory({ keyPrefix: name, points, duration })
    store[LIMITERS].set(name, found)
  }
  return found
}

/** The client's address as the proxy in front reports it (first X-Forwarded-For hop). */
export function clientAddress(req: PayloadRequest): string {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || 'unknown'
}

export class TooManyRequests extends APIError {
  constructor(what: string, retryAfterSeconds: number) {
    super(`Too many ${what}: try again in ${retryAfterSeconds} s`, 429, { retryAfterSeconds }, true)
  }
}

/** Counts one attempt; throws TooManyRequests (429) past the limit. */
export async function consumeRateLimit(name: RateLimitName, key: string, req: PayloadRequest, what: string): Promise<void> {
  try {
    await limiter(name, req).consume(key)
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      // Logged once per window (the first refused attempt), not at every refusal of a flood.
      if (error.consumedPoints === rateLimits[name].points + 1) {
        req.payload.logger.warn({
          msg: `Rate limit reached: ${name}`,
          limit: name,
          address: clientAddress(req),
          retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000),
        })
      }
      throw new TooManyRequests(what, Math.ceil(error.msBeforeNext / 1000))
    }
    throw error
  }
}

/** Forgets the counters of this process (tests). */
export function resetRateLimits(): void {
  ;(globalThis as Store)[LIMITERS]?.clear()
}
