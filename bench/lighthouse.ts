/**
 * Lighthouse scores (performance, accessibility) of the home, search and practice pages with
 * Debian's Chromium, median of three runs, against a running production server:
 *
 *   npx tsx bench/lighthouse.ts               # BENCH_URL defaults to http://localhost:3200
 *   BENCH_URL=http://localhost:3363 BENCH_RUNS=5 npx tsx bench/lighthouse.ts
 *
 * The mobile profile, as Lighthouse's default: a phone screen (412 x 823), simulated slow 4G
 * (150 ms round trip, 1.6 Mbit/s) and a 4x slower CPU.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const base = process.env.BENCH_URL ?? 'http://localhost:3200'
const runs = Number(process.env.BENCH_RUNS ?? 3)
const pages = [
  ['home', '/en'],
  ['search', '/en/search?q=microcredit&type=practice'],
  ['practice', '/en/practices/access-to-microcredit-for-migrant-entrepreneurs'],
] as const

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
type Run = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number }
try {
  for (const [name, path] of pages) {
    const results: Run[] = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error', output: 'json' },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'mobile',
            screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
            throttlingMethod: 'simulate',
            throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 },
          },
        },
      )
      const lhr = result!.lhr
      results.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      })
    }
    const m = (key: keyof Run) => median(results.map((r) => r[key]))
    console.log(
      `${name.padEnd(9)} performance ${m('performance')}  accessibility ${m('accessibility')}  ` +
        `FCP ${m('fcp').toFixed(0)} ms  LCP ${m('lcp').toFixed(0)} ms  TBT ${m('tbt').toFixed(0)} ms  CLS ${m('cls').toFixed(3)}  ` +
        `(performance of each run: ${results.map((r) => r.performance).join(', ')})`,
    )
  }
} finally {
  chrome.kill()
}
