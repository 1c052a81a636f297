/**
 * Benchmark of the embedded search engine (not a test).
 *   npx tsx bench/search-engine.ts [--docs 10000] [--queries 2000]
 * Prints p50/p95/p99 of the bare `search` call for a mix of queries (with and without
 * filters, typos, prefixes, phrases, sorts, all facets requested), and rebuild throughput.
 * Documents are synthetic (src/search/synthetic.ts), generated from a fixed seed.
 */
import os from 'node:os'
import { createEmbeddedSearchIndex } from '../src/search/embedded'
import { generateSyntheticDocuments } from '../src/search/synthetic'
import { percentile, queryMix } from './lib/search-queries'

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`)
  return value
}

const docsCount = argument('docs', 10_000)
const queryCount = argument('queries', 2_000)

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`)
  console.log(`generating ${docsCount} synthetic documents (en)…`)
  const docs = generateSyntheticDocuments({ count: docsCount, seed: 42 })
  const batches: (typeof docs)[] = []
  for (let i = 0; i < docs.length; i += 500) batches.push(docs.slice(i, i + 500))

  const index = createEmbeddedSearchIndex()
  const rebuildTimes: number[] = []
  for (let run = 0; run < 2; run++) {
    const start = performance.now()
    await index.rebuild(batches)
    rebuildTimes.push(performance.now() - start)
  }
  const bestRebuild = Math.min(...rebuildTimes)
  console.log(
    `rebuild: ${docsCount} docs in ${(bestRebuild / 1000).toFixed(2)} s (best of ${rebuildTimes.length}) = ` +
      `${Math.round(docsCount / (bestRebuild / 1000))} docs/s; heap used ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
  )

  const requests = queryMix(queryCount)
  for (const request of requests.slice(0, 200)) await index.search(request) // warm-up
  const all: number[] = []
  const byKind = new Map<string, number[]>()
  let totalHits = 0
  for (const request of requests) {
    const start = performance.now()
    const result = await index.search(request)
    const elapsed = performance.now() - start
    totalHits += result.totalHits
    all.push(elapsed)
    const kind = `${request.q ? 'text' : 'no text'}${Object.keys(request.filters).length ? ' + filters' : ''}`
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed])
  }
  const report = (label: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b)
    console.log(
      `${label.padEnd(22)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(2)} ms  ` +
        `p95 ${percentile(sorted, 95).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms  max ${sorted.at(-1)!.toFixed(2)} ms`,
    )
  }
  console.log(`search (all 12 facets requested, 20 hits/page, avg ${Math.round(totalHits / requests.length)} total hits):`)
  report('all queries', all)
  for (const [kind, times] of [...byKind.entries()].sort()) report(kind, times)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
