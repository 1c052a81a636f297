import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type * as GraphQLNamespace from 'graphql'
import { AuthenticationError, type CollectionBeforeOperationHook, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { PublicError } from './errors'
import { clientAddress, consumeRateLimit, type Limited } from './rate-limit'

/**
 * Sign-in and password reset: rate limits per address and e-mail and per address (on top of the
 * account lockout after repeated failures), and answers that do not tell a known address from an
 * unknown one, neither by their text nor by their time:
 *
 * - A failed sign-in costs one password hash whatever the address: Payload hashes the password of
 *   a known account; for an unknown or locked one the same hash is computed here on a throwaway
 *   salt. A locked account answers like a wrong password (no "this user is locked").
 * - A reset request is answered at once and carried out afterwards (the e-mail and the token
 *   write take time only for a known address), over REST and GraphQL alike.
 *
 * The Local API (server code) is not limited. Figures: bench/sign-in-timing.ts.
 */

const hash = promisify(pbkdf2)
// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const PASSWORD_HASH_ITERATIONS = 600_000
const PASSWORD_HASH_KEY_LENGTH = 32

/** The work Payload does to check a password, on nothing. */
async function hashAnyway(password: unknown): Promise<void> {
  await hash(
    typeof password === 'string' ? password : '',
    randomBytes(32).toString('hex'),
    PASSWORD_HASH_ITERATIONS,
    PASSWORD_HASH_KEY_LENGTH,
    'sha256',
  )
}

const normalisedEmail = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase()

/** Counts one sign-in attempt or reset request against both limits; throws TooManyRequests (429). */
async function countAttempt(kind: 'login' | 'forgotPassword', email: string, req: Limited): Promise<void> {
  const address = clientAddress(req)
  const what = kind === 'login' ? 'sign-in attempts' : 'password reset requests'
  await consumeRateLimit(kind, `${address}|${email}`, req, what)
  // An address that cannot be known ('unknown') is one shared key, limited like any other.
  await consumeRateLimit(kind === 'login' ? 'loginPerAddress' : 'forgotPasswordPerAddress', address, req, what)
}

const isLocked = (lockUntil: unknown) => Boolean(lockUntil) && new Date(String(lockUntil)).getTime() > Date.now()

export const limitSignInAttempts: CollectionBeforeOperationHook = async ({ operation, args, req, collection }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = normalisedEmail(data?.email)
  await countAttempt(operation, email, req)
  if (operation === 'login' && email && typeof data?.password === 'string' && data.password.trim()) {
    const user = (await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })) as {
      lockUntil?: unknown
    } | null
    if (!user || isLocked(user.lockUntil)) {
      await hashAnyway(data.password)
      throw new AuthenticationError(req.t)
    }
  }
  return args
}

/** Starts a password reset for this address in the background: its time and outcome stay with the server. */
function resetLater(payload: Payload, collection: string, email: string): void {
  void payload
    .forgotPassword({ collection: collection as 'users', data: { email } })
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Password reset request failed' }))
}

async function requestPasswordReset(req: PayloadRequest, collection: string, email: unknown): Promise<void> {
  const address = normalisedEmail(email)
  if (!address) throw new PublicError('email: required', 400, undefined, 'ValidationError')
  await countAttempt('forgotPassword', address, req)
  resetLater(req.payload, collection, address)
}

/** `POST /api/users/forgot-password` `{ "email": "..." }`: the same answer as Payload's, whether the address is known or not. */
export const forgotPasswordEndpoint = (collection: string): Endpoint => ({
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = req.json ? await req.json() : undefined
    } catch {
      return Response.json({ errors: [{ message: 'body: not valid JSON' }] }, { status: 400 })
    }
    await requestPasswordReset(req, collection, (body as { email?: unknown } | undefined)?.email)
    return Response.json({ message: req.t('general:success') })
  },
})

type GraphQLModule = typeof GraphQLNamespace

/** GraphQL `forgotPassword<User>(email)`: replaces Payload's mutation of that name with the same answer for every address. */
export const forgotPasswordMutation = (GraphQL: GraphQLModule, collection: string, name: string) => ({
  [name]: {
    type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    args: {
      email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      disableEmail: { type: GraphQL.GraphQLBoolean },
      expiration: { type: GraphQL.GraphQLInt },
    },
    resolve: async (_source: unknown, args: { email: string }, context: { req: PayloadRequest }) => {
      await requestPasswordReset(context.req, collection, args.email)
      return true
    },
  },
})
