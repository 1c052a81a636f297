import { MeilisearchApiError } from 'meilisearch'
import { MeilisearchSearchIndex } from '../../../src/search/meilisearch'

/**
 * A scripted stand-in for the Meilisearch HTTP API, for the adapter's unit tests
 * (meilisearch.unit.test.ts): it records every call, keeps the set of indexes, and answers tasks,
 * searches and multi-searches as the options script them.
 */

export type Call = { method: string; path: string; body: unknown; key?: string | null }

export function fakeMeilisearch(
  options: {
    failTask?: (call: Call) => string | undefined
    searchResponse?: unknown
    keys?: { adminKey?: string; searchKey?: string }
    /** Searching an index that does not exist answers 404, as Meilisearch does. */
    searchNeedsIndex?: boolean
    /** Answers POST /multi-search (default: nothing found). */
    multiSearch?: (body: { federation?: Record<string, unknown>; queries: Record<string, unknown>[] }) => unknown
    glossary?: { en: string[]; fr: string[] }[]
  } = {},
) {
  const calls: Call[] = []
  const indexes = new Set<string>()
  const tasks = new Map<number, { call: Call; error?: string }>()
  let nextTask = 1
  const enqueue = (call: Call, indexUid: string | null, type: string) => {
    const uid = nextTask++
    tasks.set(uid, { call, error: options.failTask?.(call) })
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }
  }
  const httpClient = async (input: RequestInfo | URL, init?: RequestInit): Promise<unknown> => {
    const url = new URL(String(input))
    const method = init?.method ?? 'GET'
    const body = typeof init?.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined
    const call = { method, path: url.pathname, body, key: new Headers(init?.headers).get('authorization') }
    calls.push(call)
    const path = url.pathname
    let m: RegExpMatchArray | null
    if (method === 'GET' && (m = path.match(/^\/tasks\/(\d+)$/))) {
      const task = tasks.get(Number(m[1]))!
      const uid = Number(m[1])
      return {
        uid,
        batchUid: uid,
        indexUid: null,
        status: task.error ? 'failed' : 'succeeded',
        type: 'documentAdditionOrUpdate',
        canceledBy: null,
        error: task.error ? { code: task.error, message: `${task.error} happened`, type: 'invalid_request', link: '' } : null,
        duration: 'PT0S',
        enqueuedAt: '',
        startedAt: '',
        finishedAt: '',
      }
    }
    if (method === 'GET' && (m = path.match(/^\/indexes\/([^/]+)$/))) {
      if (!indexes.has(m[1]!)) {
        throw new MeilisearchApiError(new Response('', { status: 404 }), {
          code: 'index_not_found',
          message: 'not found',
          type: 'invalid_request',
          link: '',
        })
      }
      return { uid: m[1], primaryKey: 'id', createdAt: '', updatedAt: '' }
    }
    if (method === 'POST' && path === '/indexes') {
      indexes.add((body as { uid: string }).uid)
      return enqueue(call, (body as { uid: string }).uid, 'indexCreation')
    }
    if (method === 'DELETE' && (m = path.match(/^\/indexes\/([^/]+)$/))) {
      indexes.delete(m[1]!)
      return enqueue(call, m[1]!, 'indexDeletion')
    }
    if (method === 'PATCH' && (m = path.match(/^\/indexes\/([^/]+)\/settings$/))) return enqueue(call, m[1]!, 'settingsUpdate')
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/documents$/))) return enqueue(call, m[1]!, 'documentAdditionOrUpdate')
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/)))
      return enqueue(call, m[1]!, 'documentDeletion')
    if (method === 'POST' && path === '/swap-indexes') return enqueue(call, null, 'indexSwap')
    if (method === 'GET' && path === '/health') return { status: 'available' }
    if (method === 'POST' && path === '/multi-search') {
      const request = body as { federation?: Record<string, unknown>; queries: Record<string, unknown>[] }
      if (options.multiSearch) return options.multiSearch(request)
      if (request.federation) return { hits: [], estimatedTotalHits: 0, offset: 0, limit: 20, processingTimeMs: 0 }
      return {
        results: request.queries.map((q) => ({
          indexUid: q.indexUid,
          hits: [],
          totalHits: 0,
          page: 1,
          totalPages: 0,
          hitsPerPage: 1,
          processingTimeMs: 0,
          query: q.q,
        })),
      }
    }
    if (method === 'POST' && (m = path.match(/^\/indexes\/([^/]+)\/search$/))) {
      if (options.searchNeedsIndex && !indexes.has(m[1]!)) {
        throw new MeilisearchApiError(new Response('', { status: 404 }), {
          code: 'index_not_found',
          message: `Index \`${m[1]}\` not found.`,
          type: 'invalid_request',
          link: '',
        })
      }
      return options.searchResponse ?? { hits: [], totalHits: 0, page: 1, totalPages: 0, hitsPerPage: 0, processingTimeMs: 0, query: '' }
    }
    throw new Error(`unexpected call ${method} ${path}`)
  }
  const index = new MeilisearchSearchIndex({
    host: 'http://meili.invalid:7700',
    ...(options.keys ?? { adminKey: 'admin', searchKey: 'search' }),
    indexPrefix: 'unit',
    glossary: options.glossary,
    httpClient,
    pollIntervalMs: 1,
    batchSize: 10,
  })
  return { index, calls, indexes }
}

/** The calls in order as "METHOD /path", without the task polling. */
export const summary = (calls: Call[]) => calls.filter((c) => !c.path.startsWith('/tasks/')).map((c) => `${c.method} ${c.path}`)
