import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { hubEnv } from '../core/env'
import { clientAddressOf } from './client-address'
import { PublicError } from './errors'

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
  // The search page and the CSV export (up to ten engine queries each) count against the same
  // budget as GET /api/search: one point per engine query.
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

/** What a rate limit needs of a request: the Payload instance (store, logger) and the headers (address). */
export type Limited = { payload: Payload; headers: Headers }

function limiter(name: RateLimitName, req: Limited): RateLimiterAbstract {
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

/** The client's address: the socket's, or the nearest hop before the trusted proxies (src/security/client-address.ts). */
export function clientAddress(req: Pick<Limited, 'headers'>): string {
  return clientAddressOf(req.headers, hubEnv().TRUSTED_PROXIES)
}

export class TooManyRequests extends PublicError {
  constructor(what: string, retryAfterSeconds: number) {
    super(`Too many ${what}: try again in ${retryAfterSeconds} s`, 429, { retryAfterSeconds }, 'TooManyRequests')
  }
}

/**
 * The limiter rejects with a RateLimiterRes, which is not an Error. Recognised by its shape: in the
 * production build the class may exist twice, and an unrecognised one reached GraphQL as a
 * non-error ("Something went wrong.").
 */
const isRateLimiterRes = (value: unknown): value is RateLimiterRes =>
  value instanceof RateLimiterRes ||
  (typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as RateLimiterRes).msBeforeNext === 'number' &&
    typeof (value as RateLimiterRes).consumedPoints === 'number')

/** Counts `points` attempts (one by default); throws TooManyRequests (429) past the limit. */
export async function consumeRateLimit(name: RateLimitName, key: string, req: Limited, what: string, points = 1): Promise<void> {
  try {
    await limiter(name, req).consume(key, points)
  } catch (error) {
    if (isRateLimiterRes(error)) {
      // Logged once per window (the first refused attempt), not at every refusal of a flood.
      if (error.consumedPoints > rateLimits[name].points && error.consumedPoints - points <= rateLimits[name].points) {
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
