/**
 * First-load JavaScript of each public route: the scripts a browser that supports modules loads
 * with the page (the `noModule` polyfills are left out), gzip-compressed at level 9 as Next's
 * build report counts them. Against a running production server:
 *
 *   npx tsx bench/first-load-js.ts            # BENCH_URL defaults to http://localhost:3200
 */
import { gzipSync } from 'node:zlib'

const base = process.env.BENCH_URL ?? 'http://localhost:3200'
const routes = [
  ['home', '/en'],
  ['search', '/en/search?q=microcredit'],
  ['pilots list', '/en/pilots'],
  ['pilot', '/en/pilots/microstart-project'],
  ['practice', '/en/practices/access-to-microcredit-for-migrant-entrepreneurs'],
  ['lesson', '/en/lessons/community-organisations-helped-reach-first-time-entrepreneurs'],
  ['documents list', '/en/documents'],
  ['404', '/en/no-such-page'],
] as const

const sizes = new Map<string, number>()
async function gzipped(src: string): Promise<number> {
  if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length)
  return sizes.get(src)!
}

const scriptsOf = new Map<string, string[]>()
for (const [name, path] of routes) {
  const html = await (await fetch(`${base}${path}`)).text()
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnoModule\b/i.test(match[0]))
    .map((match) => match[1]!)
  scriptsOf.set(name, scripts)
}
const everywhere = [...scriptsOf.values()].reduce((common, list) => common.filter((src) => list.includes(src)))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
let shared = 0
for (const src of everywhere) shared += await gzipped(src)
console.log(`shared by every route: ${kb(shared)} in ${everywhere.length} files`)
for (const [name] of routes) {
  let own = 0
  const scripts = scriptsOf.get(name)!
  for (const src of scripts.filter((s) => !everywhere.includes(s))) own += await gzipped(src)
  console.log(`${name.padEnd(16)} first load ${kb(shared + own).padStart(9)}   (route's own ${kb(own)})`)
}
