import type { CollectionBeforeOperationHook } from 'payload'

/** Largest page and deepest population an anonymous API reader may ask for. */
export const PUBLIC_MAX_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 2

/**
 * Public REST and GraphQL reads are bounded: `limit=0` (everything) or `limit=100000` becomes
 * one page of at most 100, and `depth` is capped, so one request cannot make the server read
 * the whole database. Signed-in users and server code are not capped.
 */
export const capPublicQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || req.user || operation !== 'read') return args
  const query = args as { limit?: number; depth?: number; pagination?: boolean }
  const limit = query.limit === undefined ? undefined : Math.min(query.limit > 0 ? query.limit : PUBLIC_MAX_LIMIT, PUBLIC_MAX_LIMIT)
  const depth = query.depth === undefined ? undefined : Math.min(Math.max(query.depth, 0), PUBLIC_MAX_DEPTH)
  return { ...args, ...(limit !== undefined ? { limit } : {}), ...(depth !== undefined ? { depth } : {}), pagination: true }
}
