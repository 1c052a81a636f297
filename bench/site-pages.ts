/**
 * Throughput and latency of public pages under 50 concurrent connections (autocannon), the
 * portal's server against plain `next start` serving the same build and the same database, in
 * one run:
 *
 *   npm run build && npx tsx bench/site-pages.ts          # starts both servers (ports 3363, 3364)
 *   BENCH_SECONDS=30 BENCH_PORT=3363 BENCH_BASELINE_PORT=3364 npx tsx bench/site-pages.ts
 *   BENCH_URL=http://localhost:3200 npx tsx bench/site-pages.ts   # one running server only
 *
 * Each page is measured in BENCH_ROUNDS (3) rounds alternating the two servers. Requests ask for gzip, as browsers do. Home, practice and pilot pages are served from the page
 * cache; the search page renders per request unless the same URL was served shortly before. The
 * last lines compare, in this run, each page with plain `next start` and the search page with a
 * cached practice page. The size of each page's HTML is given too (plain and as sent).
 */
import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { startPageServers } from './lib/page-servers'

const seconds = Number(process.env.BENCH_SECONDS ?? 15)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const pages = [
  ['home', '/en'],
  ['practice', '/en/practices/access-to-microcredit-for-migrant-entrepreneurs'],
  ['pilot', '/en/pilots/microstart-project'],
  ['search', '/en/search?q=microcredit&type=practice'],
] as const

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

type Figures = { rate: number; p50: number; p95: number; p99: number; errors: number; requests: number }

type Sample = { latencies: number[]; requests: number; errors: number; seconds: number }

async function run(url: string, duration: number, into: Sample): Promise<void> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: { 'accept-encoding': 'gzip' } }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => into.latencies.push(responseTime))
  })
  into.requests += result.requests.total
  into.errors += result.errors + result.timeouts + result.non2xx
  into.seconds += result.duration
}

const figures = (sample: Sample): Figures => {
  const sorted = [...sample.latencies].sort((a, b) => a - b)
  return {
    rate: sample.requests / sample.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: sample.errors,
    requests: sample.requests,
  }
}

/**
 * The servers share the machine with whatever else runs on it: each page is measured in rounds
 * that alternate the two servers, so that a change of load between them shows in both.
 */
async function measure(urls: string[]): Promise<Figures[]> {
  // Warm the page caches (and the JIT) first.
  for (const url of urls) for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer()
  const samples = urls.map((): Sample => ({ latencies: [], requests: 0, errors: 0, seconds: 0 }))
  for (let round = 0; round < rounds; round++) {
    for (const [i, url] of urls.entries()) await run(url, Math.max(1, Math.round(seconds / rounds)), samples[i]!)
  }
  return samples.map(figures)
}

/** Bytes of the HTML as sent with gzip, uncompressed, and of it in inline scripts (the flight payload). */
async function weight(url: string): Promise<{ sent: number; html: number; inline: number }> {
  const { body, encoding } = await new Promise<{ body: Buffer; encoding?: string }>((resolve, reject) =>
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ body: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }))
      })
      .on('error', reject),
  )
  const html = encoding === 'gzip' ? gunzipSync(body) : body
  const inline = [...html.toString('utf8').matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  return { sent: body.length, html: html.length, inline: inline.reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0) }
}

const line = (server: string, name: string, f: Figures) =>
  `${server.padEnd(12)} ${name.padEnd(9)} ${String(f.requests).padStart(7)} requests ${f.rate.toFixed(0).padStart(5)} req/s  ` +
  `p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  errors ${f.errors}`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const single = process.env.BENCH_URL
const servers = single
  ? { portal: single, baseline: process.env.BENCH_BASELINE_URL, stop: async () => undefined }
  : await startPageServers({
      portalPort: Number(process.env.BENCH_PORT ?? 3363),
      baselinePort: Number(process.env.BENCH_BASELINE_PORT ?? 3364),
    })
try {
  console.log(
    `${connections} connections, ${seconds} s per page and server in ${rounds} alternating rounds; portal ${servers.portal}, next start ${servers.baseline ?? '(none)'}`,
  )
  const results = new Map<string, { portal: Figures; baseline?: Figures }>()
  for (const [name, path] of pages) {
    const [portal, baseline] = await measure(
      [servers.portal, ...(servers.baseline ? [servers.baseline] : [])].map((base) => `${base}${path}`),
    )
    console.log(line('portal', name, portal!))
    if (baseline) console.log(line('next start', name, baseline))
    results.set(name, { portal: portal!, baseline })
  }
  console.log('\nin this run:')
  for (const [name, { portal, baseline }] of results) {
    if (baseline)
      console.log(`  ${name.padEnd(9)} portal / next start: ${((portal.rate / baseline.rate) * 100).toFixed(0)}% of the throughput`)
  }
  const search = results.get('search')!.portal
  const practice = results.get('practice')!.portal
  console.log(`  search / cached practice page (portal): ${((search.rate / practice.rate) * 100).toFixed(0)}% of the throughput`)
  console.log('\nHTML per page (portal):')
  for (const [name, path] of pages) {
    const { sent, html, inline } = await weight(`${servers.portal}${path}`)
    console.log(`  ${name.padEnd(9)} ${kb(html).padStart(9)} of HTML (${kb(inline)} in inline scripts), ${kb(sent).padStart(8)} sent`)
  }
} finally {
  await servers.stop()
}
