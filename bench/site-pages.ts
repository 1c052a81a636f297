/**
 * Latency and throughput of public pages under 50 concurrent connections (autocannon), against
 * a running production server (`npm start`, or the end-to-end server on port 3200):
 *
 *   npx tsx bench/site-pages.ts                      # 15 s per page, 50 connections
 *   BENCH_URL=http://localhost:3000 BENCH_SECONDS=30 npx tsx bench/site-pages.ts
 *
 * Requests ask for gzip, as browsers do. Home, pilot, practice and lesson pages are served from
 * the page cache; the search page renders per request (its URL is its state).
 */
import autocannon from 'autocannon'

const base = process.env.BENCH_URL ?? 'http://localhost:3200'
const seconds = Number(process.env.BENCH_SECONDS ?? 15)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const pages = [
  ['home (cached)', '/en'],
  ['practice (cached)', '/en/practices/access-to-microcredit-for-migrant-entrepreneurs'],
  ['pilot (cached)', '/en/pilots/microstart-project'],
  ['search (per request)', '/en/search?q=microcredit&type=practice'],
] as const

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

console.log(`${connections} connections, ${seconds} s per page, ${base}`)
for (const [name, path] of pages) {
  const url = `${base}${path}`
  // Warm the page cache (and Node's JIT) first.
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer()
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
    run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  const errors = result.errors + result.timeouts + result.non2xx
  console.log(
    `${name.padEnd(22)} ${String(result.requests.total).padStart(7)} requests  ${result.requests.average.toFixed(0).padStart(5)} req/s  ` +
      `p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(latencies, 95).toFixed(1).padStart(6)} ms  ` +
      `p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms  errors ${errors}`,
  )
}
