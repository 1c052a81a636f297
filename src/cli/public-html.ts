/**
 * What the portal's server (portal-server.ts) does to the HTML of a public page before it goes
 * out, and the two small caches that make it cheap.
 *
 * Public pages are plain HTML. Next.js renders them on the server (and caches the record pages),
 * but the browser gets neither its client runtime nor the flight data that runtime would hydrate
 * from: every public page is server-rendered markup, and what little needs JavaScript (live search,
 * the contact form) is the site's own small script (`/site.js`, src/components/site/browser/).
 * The page's content is then sent once, not twice (HTML and flight payload), a phone has no
 * framework to parse and hydrate, and no inline script is left: the Content-Security-Policy
 * (src/security/csp.ts) allows scripts from the site itself only, with no nonce to draw and no
 * per-response rewriting of a cached page.
 *
 * - `preparePage` removes the framework's scripts, script preloads and flight data, compresses
 *   the result once and names it with an ETag. Prepared pages are kept by the hash of what Next
 *   sent: a cached page (byte for byte the same on every request) is prepared once.
 * - The page cache keeps whole responses by URL, as a shared cache in front of Next would: the
 *   pages Next caches itself (record pages, the home page) for the `s-maxage` Next gives them, and
 *   the search and list pages that ask for it (`<meta name="portal-cache" content="<seconds>">`),
 *   so that identical search URLs are answered without rendering. Everything kept goes as soon as
 *   public content changes (src/core/content-changes.ts).
 */
import { createHash } from 'node:crypto'
import type { OutgoingHttpHeaders } from 'node:http'
import { gzipSync } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { onPublicContentChange } from '../core/content-changes'

/** The framework's inline scripts have fixed shapes: the flight data and its bootstrap, the bundler's chunk list. */
const frameworkInlineScripts = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[\d+,"(?:[^"\\\n]|\\.)*"\]\)$/,
  /^self\.__next_f\.push\(\[\d+(?:,null)?\]\)$/,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.js",?)*\],"runtimeModuleIds":\[[\d,]*\]\}\);$/,
]

export const isFrameworkInlineScript = (body: string): boolean => frameworkInlineScripts.some((shape) => shape.test(body))

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*>/gi
const CACHE_META = /<meta name="portal-cache" content="(\d{1,5})"\/?>/

export type StrippedPage = {
  html: string
  /** Inline scripts that are not the framework's: left in place, where the policy stops them. */
  refused: number
  /** How long the page may be kept by URL, when it asked for it. */
  cacheSeconds: number | null
}

/** The page without the framework's client runtime: its scripts, their preloads and the flight data. */
export function withoutFrameworkRuntime(html: string): StrippedPage {
  let refused = 0
  let cacheSeconds: number | null = null
  const stripped = html
    .replace(SCRIPT, (whole, attributes: string, body: string) => {
      const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]
      if (src !== undefined) return src.startsWith('/_next/') ? '' : whole
      // Data blocks (JSON-LD and the like) do not run.
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
      if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') return whole
      if (isFrameworkInlineScript(body)) return ''
      refused++
      return whole
    })
    .replace(SCRIPT_PRELOAD, (link) => (/\bhref="\/_next\//.test(link) ? '' : link))
    .replace(CACHE_META, (_, seconds: string) => {
      cacheSeconds = Number(seconds)
      return ''
    })
  return { html: stripped, refused, cacheSeconds }
}

export type PreparedPage = StrippedPage & { body: Buffer; gzip: Buffer | null; etag: string }

const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 27)

function prepare(raw: Buffer): PreparedPage {
  const stripped = withoutFrameworkRuntime(raw.toString('utf8'))
  const body = Buffer.from(stripped.html, 'utf8')
  return {
    ...stripped,
    body,
    // Compressed once per distinct page, so at a level that pays.
    gzip: body.length > 1024 ? gzipSync(body, { level: 6 }) : null,
    etag: `"${hashOf(body)}"`,
  }
}

/** A response kept by URL: status, the headers Next set, and the prepared page. */
export type KeptResponse = { status: number; headers: OutgoingHttpHeaders; page: PreparedPage; storedAt?: number }

/** Headers set per response by the portal server, never replayed from a kept response. */
const perResponseHeaders = new Set([
  'content-length',
  'content-encoding',
  'etag',
  'content-security-policy',
  'vary',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
])

export const keptHeaders = (headers: OutgoingHttpHeaders): OutgoingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !perResponseHeaders.has(name.toLowerCase())))

const sizeOf = (page: PreparedPage) => page.body.length + (page.gzip?.length ?? 0) + page.html.length * 2

const header = (headers: OutgoingHttpHeaders, name: string) => {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value)
}

/**
 * How long a shared cache may keep a response, from Next's headers: its `s-maxage`, when the
 * response is a fresh copy (Next marks a stale one it is regenerating `x-nextjs-cache: STALE`:
 * keeping it would add its age to the next one's) and sets no cookie.
 */
export function freshFor(headers: OutgoingHttpHeaders): number {
  if (header(headers, 'set-cookie') || /\bSTALE\b/i.test(header(headers, 'x-nextjs-cache'))) return 0
  const control = header(headers, 'cache-control')
  if (/\b(private|no-store|no-cache)\b/i.test(control)) return 0
  return Number(/\bs-maxage=(\d+)/i.exec(control)?.[1] ?? 0)
}

export class PublicPages {
  private readonly prepared: LRUCache<string, PreparedPage>
  private readonly byUrl: LRUCache<string, KeptResponse>

  constructor(options: { preparedBytes?: number; keptBytes?: number } = {}) {
    this.prepared = new LRUCache({ maxSize: options.preparedBytes ?? 16 * 1024 * 1024, sizeCalculation: sizeOf })
    this.byUrl = new LRUCache({ maxSize: options.keptBytes ?? 32 * 1024 * 1024, sizeCalculation: (kept) => sizeOf(kept.page) })
    onPublicContentChange(() => this.byUrl.clear())
  }

  /** The page as it goes out, prepared once per distinct body that Next sent. */
  prepare(raw: Buffer): PreparedPage {
    const key = hashOf(raw)
    let page = this.prepared.get(key)
    if (!page) {
      page = prepare(raw)
      this.prepared.set(key, page)
    }
    return page
  }

  /** A response kept for this URL and still fresh. */
  kept(key: string): KeptResponse | undefined {
    return this.byUrl.get(key)
  }

  /**
   * Keeps a successful response for `seconds` (the page's own request, or what Next's headers
   * allow a shared cache: `freshFor`).
   */
  keep(key: string, response: KeptResponse): void {
    const seconds = response.page.cacheSeconds ?? freshFor(response.headers)
    if (response.status === 200 && seconds > 0) this.byUrl.set(key, { ...response, storedAt: Date.now() }, { ttl: seconds * 1000 })
  }

  /** Forgets every kept response (public content changed). */
  clear(): void {
    this.byUrl.clear()
  }
}
