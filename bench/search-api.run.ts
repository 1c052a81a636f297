import os from 'node:os'

import config from '@payload-config'
import type { Pool } from 'pg'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { closePayload } from '../src/db/close'
import { applyMigrations } from '../src/db/migrate'
import { createEmbeddedSearchIndex } from '../src/search/embedded'
import type { SearchRequest } from '../src/search/port'
import { adoptSearchIndex } from '../src/search/sync/ready'
import { generateSyntheticDocuments } from './lib/synthetic'
import { percentile, queryMix } from './lib/search-queries'

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const docsCount = argument('docs', 10_000)
const queryCount = argument('queries', 1_000)

const payload = await getPayload({ config })
await applyMigrations(payload)
const pool = (payload.db as unknown as { pool: Pool }).pool
console.log(`node ${process.version}, ${os.cpus().length} CPUs; ${docsCount} synthetic records (en), ${queryCount} queries`)

// The same records, twice: in the engine and in a plain table for ILIKE.
const docs = generateSyntheticDocuments({ count: docsCount, seed: 42 })
const batches: (typeof docs)[] = []
for (let i = 0; i < docs.length; i += 500) batches.push(docs.slice(i, i + 500))
const index = createEmbeddedSearchIndex()
await index.applySettings()
const rebuildStarted = performance.now()
await index.rebuild(batches)
const rebuildSeconds = (performance.now() - rebuildStarted) / 1000
adoptSearchIndex(index)

await pool.query('CREATE TABLE bench_search (id text PRIMARY KEY, title text, summary text, body text, published_at bigint)')
for (const batch of batches) {
  await pool.query('INSERT INTO bench_search SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])', [
    batch.map((d) => d.id),
    batch.map((d) => d.title),
    batch.map((d) => d.summary),
    batch.map((d) => d.body),
    batch.map((d) => d.publishedAt),
  ])
}

const handler = REST_GET(config)
function apiUrl(request: SearchRequest): URL {
  const url = new URL('http://localhost/api/search')
  url.searchParams.set('locale', request.locale)
  if (request.q) url.searchParams.set('q', request.q)
  for (const [facet, values] of Object.entries(request.filters)) for (const value of values ?? []) url.searchParams.append(facet, value)
  url.searchParams.set('sort', request.sort)
  url.searchParams.set('page', String(request.page))
  url.searchParams.set('hitsPerPage', String(request.hitsPerPage))
  return url
}

const requests = queryMix(queryCount)
const engineTimes: number[] = []
const apiTimes: number[] = []
const ilikeTimes: number[] = []
const textEngineTimes: number[] = []
let typoQueries = 0
let typoFoundByEngine = 0
let typoFoundByIlike = 0
for (const request of requests.slice(0, 100)) await index.search(request) // warm-up
for (const [i, request] of requests.entries()) {
  let started = performance.now()
  const result = await index.search(request)
  const engineMs = performance.now() - started
  engineTimes.push(engineMs)

  started = performance.now()
  const response = await handler(new Request(apiUrl(request)), { params: Promise.resolve({ slug: ['search'] }) })
  await response.json()
  apiTimes.push(performance.now() - started)
  if (response.status !== 200) throw new Error(`API answered ${response.status}`)

  if (request.q) {
    textEngineTimes.push(engineMs)
    const pattern = `%${request.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    started = performance.now()
    const [rows, count] = await Promise.all([
      pool.query(
        'SELECT id, title FROM bench_search WHERE title ILIKE $1 OR summary ILIKE $1 OR body ILIKE $1 ORDER BY published_at DESC LIMIT 20',
        [pattern],
      ),
      pool.query('SELECT count(*)::int AS n FROM bench_search WHERE title ILIKE $1 OR summary ILIKE $1 OR body ILIKE $1', [pattern]),
    ])
    ilikeTimes.push(performance.now() - started)
    if (i % 8 === 2) {
      typoQueries++
      if (result.totalHits > 0) typoFoundByEngine++
      if (count.rows[0].n > 0) typoFoundByIlike++
    }
    void rows
  }
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
}
const line = (label: string, times: number[]) => {
  const { p50, p95 } = stats(times)
  console.log(`${label.padEnd(40)} n=${String(times.length).padStart(5)}  p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms`)
}
console.log(`rebuild: ${docsCount} documents in ${rebuildSeconds.toFixed(2)} s = ${Math.round(docsCount / rebuildSeconds)} documents/s`)
line('engine call (all queries)', engineTimes)
line('GET /api/search (all queries)', apiTimes)
line('engine call (text queries)', textEngineTimes)
line('PostgreSQL ILIKE (text queries)', ilikeTimes)
const overhead = stats(apiTimes).p95 / stats(engineTimes).p95
const speedup = stats(ilikeTimes).p50 / stats(textEngineTimes).p50
console.log(`API overhead (p95 API / p95 engine): ${overhead.toFixed(2)}x`)
console.log(
  `engine vs ILIKE (p50, text queries): ${speedup.toFixed(1)}x faster; p95: ${(stats(ilikeTimes).p95 / stats(textEngineTimes).p95).toFixed(1)}x`,
)
console.log(`typo'd queries: ${typoQueries}; found by the engine: ${typoFoundByEngine}; found by ILIKE: ${typoFoundByIlike}`)
await closePayload(payload)
process.exit(0)
