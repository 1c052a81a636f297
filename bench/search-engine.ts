/**
 * Benchmark of the embedded search engine (not a test).
 *   npx tsx bench/search-engine.ts [--docs 50000] [--sizes 1000,10000,50000] [--queries 2000]
 * For each size (one fresh process each, so that heap figures do not mix), on synthetic English
 * records generated from a fixed seed (bench/lib/synthetic.ts):
 *   - rebuild throughput (best of two rebuilds from documents generated beforehand);
 *   - heap used by the process after the rebuild, once the source documents are dropped and a
 *     full GC ran: the engine (with its own copy of every document) plus Node's own few MB;
 *   - p50/p95 of the bare `search` call over a query mix (bench/lib/search-queries.ts) with all
 *     twelve facets requested, 20 hits a page, separately for text queries and filter-only ones;
 *   - typo tolerance: how many of the 100 typo'd queries find something;
 *   - noise on exact one-word queries: the share of hits (all hits, and the first page of 20) that
 *     contain neither the word nor a word of the same stem.
 * Prints one table. `--sizes` defaults to 1,000 / 5,000 / 10,000 / 25,000 / 50,000, cut at --docs.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

import { stemmer as englishStemmer } from '@orama/stemmers/english'

import { createEmbeddedSearchIndex } from '../src/search/embedded'
import type { SearchDocument } from '../src/search/document'
import { exactQueries, percentile, queryMix, typoQueries } from './lib/search-queries'
import { argument, positive } from './lib/arguments'
import { syntheticBatches, syntheticDocuments } from './lib/synthetic'

type Row = {
  docs: number
  heapMb: number
  rebuildPerSecond: number
  text: { p50: number; p95: number }
  filterOnly: { p50: number; p95: number }
  all: { p50: number; p95: number }
  typoFound: number
  typoTotal: number
  noiseAll: number
  noiseFirstPage: number
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

const stem = (word: string) => (word.length <= 2 ? word : englishStemmer(word))

/** The words of a document's searchable text and their stems (the oracle of the noise measure). */
function vocabularyOf(doc: SearchDocument): { words: Set<string>; stems: Set<string> } {
  const words = new Set(fold([doc.title, doc.summary, doc.pilotNames.join(' '), doc.body].join(' ')))
  return { words, stems: new Set([...words].map(stem)) }
}

/** Whether a document contains every word of `query`, or a word of the same stem. */
function contains(vocabulary: { words: Set<string>; stems: Set<string> }, query: string[]): boolean {
  return query.every((word) => vocabulary.words.has(word) || vocabulary.stems.has(stem(word)))
}

async function measure(docs: number, queryCount: number): Promise<Row> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  const source = { count: docs, seed: 42 }
  const index = createEmbeddedSearchIndex()
  await index.applySettings()
  const rebuildTimes: number[] = []
  let batches: SearchDocument[][] | null = [...syntheticBatches(source, 500)]
  for (let run = 0; run < 2; run++) {
    const start = performance.now()
    await index.rebuild(batches)
    rebuildTimes.push(performance.now() - start)
  }
  batches = null
  gc()
  gc()
  const heapMb = process.memoryUsage().heapUsed / 1e6

  const requests = queryMix(queryCount)
  for (const request of requests.slice(0, 200)) await index.search(request) // warm-up
  const text: number[] = []
  const filterOnly: number[] = []
  for (const request of requests) {
    const start = performance.now()
    await index.search(request)
    ;(request.q ? text : filterOnly).push(performance.now() - start)
  }
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b)
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
  }

  const base = { locale: 'en' as const, filters: {}, facets: [], sort: 'relevance' as const, page: 1 }
  let typoFound = 0
  const typos = typoQueries(100)
  for (const { typed } of typos) {
    if ((await index.search({ ...base, q: typed, hitsPerPage: 1 })).totalHits > 0) typoFound++
  }

  // Noise: hits of an exact query that contain neither the word nor its stem.
  const queries = exactQueries().map((q) => ({ q, words: fold(q) }))
  const containing = new Map(queries.map(({ q }) => [q, 0]))
  for (const doc of syntheticDocuments(source)) {
    const vocabulary = vocabularyOf(doc)
    for (const { q, words } of queries) if (contains(vocabulary, words)) containing.set(q, containing.get(q)! + 1)
  }
  let noiseAll = 0
  let noiseFirstPage = 0
  let counted = 0
  for (const { q, words } of queries) {
    const result = await index.search({ ...base, q, hitsPerPage: 20 })
    if (result.totalHits === 0) continue
    counted++
    noiseAll += Math.max(0, result.totalHits - containing.get(q)!) / result.totalHits
    noiseFirstPage += result.hits.filter((hit) => !contains(vocabularyOf(hit), words)).length / result.hits.length
  }

  return {
    docs,
    heapMb,
    rebuildPerSecond: docs / (Math.min(...rebuildTimes) / 1000),
    text: stats(text),
    filterOnly: stats(filterOnly),
    all: stats([...text, ...filterOnly]),
    typoFound,
    typoTotal: typos.length,
    noiseAll: counted ? noiseAll / counted : 0,
    noiseFirstPage: counted ? noiseFirstPage / counted : 0,
  }
}

function runChild(docs: number, queryCount: number): Promise<Row> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(docs), '--queries', String(queryCount)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (code !== 0 || !line) reject(new Error(`size ${docs}: exit ${code}\n${out}`))
      else resolve(JSON.parse(line) as Row)
    })
  })
}

const pad = (value: string, width: number) => value.padStart(width)
const ms = (value: number) => value.toFixed(2)

async function main(): Promise<void> {
  const queryCount = positive('queries', 2_000)
  const child = argument('child')
  if (child !== undefined) {
    console.log(JSON.stringify(await measure(Number(child), queryCount)))
    return
  }
  const maxDocs = positive('docs', 50_000)
  const sizes = (argument('sizes') ?? '1000,5000,10000,25000,50000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0 && n <= maxDocs)
  if (!sizes.includes(maxDocs) && argument('sizes') === undefined) sizes.push(maxDocs)
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(2)}`)
  console.log(`${queryCount} queries per size (all 12 facets requested, 20 hits a page); synthetic English records`)
  const rows: Row[] = []
  for (const size of sizes) {
    process.stderr.write(`measuring ${size} records…\n`)
    rows.push(await runChild(size, queryCount))
  }
  const header = [
    pad('records', 8),
    pad('heap MB', 8),
    pad('rebuild/s', 10),
    pad('text p50', 9),
    pad('text p95', 9),
    pad('filter p50', 11),
    pad('filter p95', 11),
    pad('all p95', 8),
    pad('typos found', 12),
    pad('noise all', 10),
    pad('noise top20', 12),
  ]
  console.log(header.join(' '))
  for (const r of rows) {
    console.log(
      [
        pad(r.docs.toLocaleString('en'), 8),
        pad(Math.round(r.heapMb).toLocaleString('en'), 8),
        pad(Math.round(r.rebuildPerSecond).toLocaleString('en'), 10),
        pad(ms(r.text.p50), 9),
        pad(ms(r.text.p95), 9),
        pad(ms(r.filterOnly.p50), 11),
        pad(ms(r.filterOnly.p95), 11),
        pad(ms(r.all.p95), 8),
        pad(`${r.typoFound}/${r.typoTotal}`, 12),
        pad(`${(r.noiseAll * 100).toFixed(1)}%`, 10),
        pad(`${(r.noiseFirstPage * 100).toFixed(1)}%`, 12),
      ].join(' '),
    )
  }
  console.log('latencies in ms; heap: the whole process after a full GC')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
