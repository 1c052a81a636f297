import type { CollectionBeforeOperationHook } from 'payload'

import { clientAddress, consumeRateLimit } from './rate-limit'

/**
 * Rate limits on sign-in and password reset, per address and e-mail (and per address alone once
 * the address is known), on top of the account lockout after repeated failures. The Local API
 * (server code) is not limited.
 */
export const limitSignInAttempts: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()
  const address = clientAddress(req)
  const limit = operation === 'login' ? 'login' : 'forgotPassword'
  const what = operation === 'login' ? 'sign-in attempts' : 'password reset requests'
  await consumeRateLimit(limit, `${address}|${email}`, req, what)
  // An address that cannot be known ('unknown') is one shared key, limited like any other.
  await consumeRateLimit(limit === 'login' ? 'loginPerAddress' : 'forgotPasswordPerAddress', address, req, what)
  return args
}
