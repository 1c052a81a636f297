export {}

/**
 * Latency and throughput of public pages under concurrent load, against a running
 * `next start` (default http://localhost:3200, or BENCH_URL). A closed-loop load generator:
 * CONNECTIONS workers (default 50) each request the page again as soon as the last answer came.
 *
 *   npx tsx bench/site-pages.ts            # home, search, a practice page, 10 s each
 *   BENCH_SECONDS=20 npx tsx bench/site-pages.ts
 */
const base = process.env.BENCH_URL ?? 'http://localhost:3200'
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const pages = [
  ['home', '/en'],
  ['search', '/en/search?q=microcredit&type=practice'],
  ['practice', '/en/practices/access-to-microcredit-for-migrant-entrepreneurs'],
] as const

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

for (const [name, path] of pages) {
  const url = `${base}${path}`
  const warm = await fetch(url)
  if (!warm.ok) throw new Error(`${url} answered ${warm.status}`)
  await warm.text()
  const latencies: number[] = []
  let errors = 0
  const end = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now()
        try {
          const response = await fetch(url)
          await response.arrayBuffer()
          if (!response.ok) errors++
        } catch {
          errors++
        }
        latencies.push(performance.now() - start)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  console.log(
    `${name.padEnd(9)} ${String(latencies.length).padStart(6)} requests, ${(latencies.length / seconds).toFixed(0).padStart(5)} req/s, ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, errors ${errors}`,
  )
}
