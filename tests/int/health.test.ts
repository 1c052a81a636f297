import pg from 'pg'
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, test } from 'vitest'

import { setSearchIndex, type SearchIndex } from '../../src/search'
import { rest, testPayload } from '../support/hub'
import { freshSearchIndex } from '../support/search'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterEach(() => {
  freshSearchIndex()
})

test('healthy: 200 with the database, the search engine and the queue', async () => {
  freshSearchIndex()
  const response = await rest('GET', '/health')
  expect(response.status).toBe(200)
  expect(response.body.status).toBe('ok')
  expect(response.body.checks.database.ok).toBe(true)
  expect(response.body.checks.search).toMatchObject({ ok: true, detail: 'embedded' })
  expect(response.body.checks.queue.pending).toBeGreaterThanOrEqual(0)
  expect(response.headers.get('cache-control')).toBe('no-store')
})

test('the search engine unreachable: 503 naming it', async () => {
  const unreachable = {
    engine: 'meilisearch',
    health: async () => ({ ok: false, engine: 'meilisearch', detail: 'connect ECONNREFUSED 127.0.0.1:7700' }),
  }
  setSearchIndex(unreachable as unknown as SearchIndex)
  const response = await rest('GET', '/health')
  expect(response.status).toBe(503)
  expect(response.body.failing).toEqual(['search'])
  expect(response.body.checks.search.detail).toContain('ECONNREFUSED')
})

test('the database unreachable: 503 naming it', async () => {
  const adapter = payload.db as unknown as { pool: pg.Pool }
  const live = adapter.pool
  // A real pool to a port where nothing listens.
  const dead = new pg.Pool({ connectionString: 'postgres://nobody:nothing@127.0.0.1:1/none', connectionTimeoutMillis: 1_000 })
  adapter.pool = dead
  try {
    const { hubHealth } = await import('../../src/operations/health')
    const health = await hubHealth(payload)
    expect(health.failing).toEqual(['database'])
    expect(health.checks.database.detail).toMatch(/ECONNREFUSED/)
    expect(health.checks.queue).toEqual({ error: 'database unreachable' })
  } finally {
    adapter.pool = live
    await dead.end()
  }
})
