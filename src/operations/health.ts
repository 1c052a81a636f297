import type { Endpoint, Payload, Where } from 'payload'

import { getSearchIndex } from '../search'
import { SEARCH_QUEUE } from '../search/sync/tasks'

/**
 * GET /api/health: the database, the search engine and the jobs queue. 503, naming the failing
 * parts, when the database or the search engine cannot be reached; the queue is reported (depth
 * and age of the oldest pending job) so that a stuck worker shows.
 */

type Check = { ok: boolean; ms: number; detail?: string }
type Pool = { query: (sql: string) => Promise<unknown> }

const timed = async (probe: () => Promise<string | undefined>, timeoutMs = 3_000): Promise<Check> => {
  const started = performance.now()
  try {
    const detail = await Promise.race([
      probe(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ])
    return { ok: true, ms: Math.round(performance.now() - started), ...(detail ? { detail } : {}) }
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), detail: error instanceof Error ? error.message : String(error) }
  }
}

export async function hubHealth(payload: Payload) {
  const database = await timed(async () => {
    await (payload.db as unknown as { pool: Pool }).pool.query('SELECT 1')
    return undefined
  })
  const search = await timed(async () => {
    const health = await getSearchIndex().health()
    if (!health.ok) throw new Error(`${health.engine}: ${health.detail ?? 'unhealthy'}`)
    return health.engine
  })
  let queue: { pending: number; oldestPendingAgeSeconds: number | null } | { error: string }
  if (database.ok) {
    const pendingWhere: Where = {
      and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { queue: { equals: SEARCH_QUEUE } }],
    }
    const [count, oldest] = await Promise.all([
      payload.count({ collection: 'payload-jobs', where: pendingWhere }),
      payload.find({ collection: 'payload-jobs', where: pendingWhere, sort: 'createdAt', limit: 1, depth: 0, select: { createdAt: true } }),
    ])
    const createdAt = oldest.docs[0]?.createdAt
    queue = {
      pending: count.totalDocs,
      oldestPendingAgeSeconds: createdAt ? Math.round((Date.now() - Date.parse(createdAt)) / 1000) : null,
    }
  } else {
    queue = { error: 'database unreachable' }
  }
  const failing = [...(database.ok ? [] : ['database']), ...(search.ok ? [] : ['search'])]
  return { status: failing.length ? ('down' as const) : ('ok' as const), failing, checks: { database, search, queue } }
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await hubHealth(req.payload)
    return Response.json(health, { status: health.failing.length ? 503 : 200, headers: { 'Cache-Control': 'no-store' } })
  },
}
