/**
 * The portal's HTTP server in production: Next.js's own request handlers, with the public pages
 * sent as plain server-rendered HTML, without the framework's client runtime, under a strict
 * Content-Security-Policy, compressed, and the search pages kept for a short while by URL
 * (src/cli/public-html.ts, src/security/csp.ts); and a server-rendered 404 page.
 *
 * Bundled by `npm run build` to `.next/portal-server.mjs`, which `npm start` (src/cli/serve.ts) runs
 * and the container image copies next to its standalone server.js (`node portal-server.mjs`).
 */
import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'

import { getRequestHandlers } from 'next/dist/server/lib/start-server.js'

import { cliLog } from '../core/log'
import { setPeerAddress, trustPeerAddressHeader } from '../security/client-address'
import { publicContentSecurityPolicy } from '../security/csp'
import { PublicPages, keptHeaders, type PreparedPage } from './public-html'
import { hubEnv } from '../core/env'

const env = hubEnv()
const dir = env.PORTAL_DIR ?? process.cwd()
const port = env.PORT ?? 3000
const hostname = env.HOSTNAME
const keepAliveTimeout = env.KEEP_ALIVE_TIMEOUT

/** Pages of the public site; the admin, the API and static files are served as they are. */
const isPublicPage = (url: string) => !/^\/(?:admin|api|_next)(?:\/|$)/.test(url) && !/\.[a-z0-9]+(?:\?|$)/i.test(url.split('?')[0] ?? '')

const pages = new PublicPages()
const isHttps = (req: IncomingMessage) =>
  (req.socket as { encrypted?: boolean }).encrypted === true ||
  String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]!
    .trim()
    .toLowerCase() === 'https'
/** Kept responses are per URL and per scheme (HSTS is sent over HTTPS only). */
const keyOf = (req: IncomingMessage) => `${isHttps(req) ? 'https' : 'http'} ${req.url ?? '/'}`

/** The locale of a public path: its first segment, or the reader's preferred language for any other path. */
function localeOf(req: IncomingMessage): 'en' | 'fr' {
  const first = /^\/(en|fr)(?:[/?]|$)/.exec(req.url ?? '')?.[1]
  if (first === 'en' || first === 'fr') return first
  return /^\s*fr\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'fr' : 'en'
}

/** The route that renders the 404 page in full (`[locale]/page-not-found`): it always answers 404 here. */
const NOT_FOUND_PAGE = /^\/(en|fr)\/page-not-found(?:\?|$)/

/**
 * Next.js renders the body of a 404 raised by `notFound()` in the browser only (an empty
 * `__next_error__` document plus the flight data): without its runtime that is a blank page. The
 * 404 page is also a route of its own, rendered on the server and cached: its HTML is fetched once
 * per locale from this very server and sent with every 404 of a public page.
 */
const notFoundDocuments = new Map<'en' | 'fr', Promise<Buffer>>()
function notFoundDocument(locale: 'en' | 'fr'): Promise<Buffer> {
  let document = notFoundDocuments.get(locale)
  if (!document) {
    const address = server.address()
    const local = typeof address === 'object' && address ? address : { address: '127.0.0.1', port }
    const host = local.address === '0.0.0.0' || local.address === '::' ? '127.0.0.1' : local.address
    document = new Promise<Buffer>((resolve, reject) => {
      http
        .get({ host, port: local.port, path: `/${locale}/page-not-found`, headers: { 'x-portal-internal': '404' } }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            response.statusCode === 404 ? resolve(Buffer.concat(chunks)) : reject(new Error(`status ${response.statusCode}`)),
          )
          response.on('error', reject)
        })
        .on('error', reject)
    })
    notFoundDocuments.set(locale, document)
    document.catch(() => notFoundDocuments.delete(locale))
    // The layout around it changes with the content only rarely; a minute is fresh enough.
    setTimeout(() => notFoundDocuments.get(locale) === document && notFoundDocuments.delete(locale), 60_000).unref()
  }
  return document
}

/** Sends a prepared page: its policy, compression when the browser takes it, and a 304 when the browser has it. */
function send(req: IncomingMessage, res: ServerResponse, page: PreparedPage, acceptsGzip: boolean, statusMessage?: string) {
  res.setHeader('content-security-policy', publicContentSecurityPolicy({ https: isHttps(req) }))
  res.setHeader('vary', 'Accept-Encoding')
  res.setHeader('etag', page.etag)
  if (res.statusCode === 200 && req.headers['if-none-match'] === page.etag) {
    res.statusCode = 304
    res.removeHeader('content-length')
    return res.end()
  }
  const body = acceptsGzip && page.gzip ? page.gzip : page.body
  if (body === page.gzip) res.setHeader('content-encoding', 'gzip')
  res.setHeader('content-length', body.length)
  if (statusMessage) res.writeHead(res.statusCode, statusMessage)
  return req.method === 'HEAD' ? res.end() : res.end(body)
}

/**
 * Holds the HTML response of a public page until Next has written all of it, then sends the
 * prepared page instead (src/cli/public-html.ts). Next's compression is bypassed for these
 * requests (a compressed body cannot be rewritten); other responses pass straight through.
 */
function holdPublicPage(req: IncomingMessage, res: ServerResponse, acceptsGzip: boolean) {
  const original = {
    write: res.write.bind(res),
    end: res.end.bind(res),
    writeHead: res.writeHead.bind(res),
    flushHeaders: res.flushHeaders.bind(res),
  }
  const chunks: Buffer[] = []
  let held: boolean | undefined
  let statusMessage: string | undefined

  const decide = () => {
    if (held === undefined) {
      const type = String(res.getHeader('content-type') ?? '')
      held = type.startsWith('text/html') && !res.getHeader('content-encoding')
    }
    return held
  }

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((item) => item && typeof item === 'object') as http.OutgoingHttpHeaders | string[] | undefined
    statusMessage = rest.find((item) => typeof item === 'string') as string | undefined
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!)
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    }
    if (decide()) return res
    return statusMessage ? original.writeHead(status, statusMessage) : original.writeHead(status)
  }) as typeof res.writeHead

  res.flushHeaders = () => {
    if (!decide()) original.flushHeaders()
  }

  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk && typeof chunk !== 'function')
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      )
  }

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.write as (...args: unknown[]) => boolean)(chunk, ...rest)
    collect(chunk, rest[0])
    const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as typeof res.write

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
    collect(chunk, rest[0])
    // Node's end() writes the head through res.writeHead: give the originals back first.
    Object.assign(res, original)
    void finish().catch((error: unknown) => {
      cliLog('error', 'A public page could not be sent', { url: req.url, err: error instanceof Error ? error.message : String(error) })
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
    return res
  }) as typeof res.end

  const finish = async () => {
    const internal = req.headers['x-portal-internal'] === '404'
    if (NOT_FOUND_PAGE.test(req.url ?? '')) res.statusCode = 404
    let raw: Buffer = Buffer.concat(chunks)
    if (res.statusCode === 404 && !internal && !NOT_FOUND_PAGE.test(req.url ?? '')) raw = await notFoundDocument(localeOf(req))
    const page = pages.prepare(raw)
    if (page.refused > 0)
      cliLog('warn', 'Inline scripts left in a public page (blocked by the browser)', { url: req.url, count: page.refused })
    // An ETag of the page as Next cached it would name a body that differs from this one.
    res.removeHeader('etag')
    if (!internal && !wantsFreshRender(req))
      pages.keep(keyOf(req), { status: res.statusCode, headers: keptHeaders(res.getHeaders()), page })
    send(req, res, page, acceptsGzip, statusMessage)
  }
}

/**
 * Requests a kept page must not answer: the framework's own data requests (flight data for its
 * client router, which public pages do not load) and a preview.
 */
const wantsFreshRender = (req: IncomingMessage) =>
  req.headers.rsc !== undefined ||
  req.headers['next-router-prefetch'] !== undefined ||
  /[?&]_rsc=/.test(req.url ?? '') ||
  /(?:^|;\s*)__prerender_bypass=/.test(String(req.headers.cookie ?? ''))

/** Answers from the page cache when it holds this URL; false when Next must render it. */
function answerFromCache(req: IncomingMessage, res: ServerResponse, acceptsGzip: boolean): boolean {
  if (wantsFreshRender(req)) return false
  const kept = pages.kept(keyOf(req))
  if (!kept) return false
  res.statusCode = kept.status
  for (const [name, value] of Object.entries(kept.headers)) if (value !== undefined) res.setHeader(name, value)
  res.setHeader('age', Math.floor((Date.now() - (kept.storedAt ?? Date.now())) / 1000))
  send(req, res, kept.page, acceptsGzip)
  return true
}

/** In the standalone folder the configuration is the one `next build` recorded, as in Next's own server.js. */
function applyStandaloneConfig(): void {
  const file = path.join(dir, '.next', 'required-server-files.json')
  if (!fs.existsSync(path.join(dir, 'server.js')) || !fs.existsSync(file)) return
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8')) as { config: object }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
}

applyStandaloneConfig()
process.env.PORT = String(port)
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`

// Next's own request handlers, as `next start` and the standalone server.js set them up (the
// programmatic `next()` API served cached pages at a third of the rate here). This is an internal
// module of Next: `next` is pinned to an exact version in package.json, and the end-to-end tests
// run through this server.
// Every request of this process comes through this server, which tells the app the socket's
// address (the rate limits' client address, src/security/client-address.ts).
trustPeerAddressHeader()
const server = http.createServer((req, res) => {
  setPeerAddress(req.headers, req.socket.remoteAddress)
  if ((req.method === 'GET' || req.method === 'HEAD') && isPublicPage(req.url ?? '/')) {
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    if (answerFromCache(req, res, acceptsGzip)) return
    delete req.headers['accept-encoding']
    holdPublicPage(req, res, acceptsGzip)
  }
  void handlers.requestHandler(req, res)
})
const handlers = await getRequestHandlers({ dir, port, hostname, isDev: false, onDevServerCleanup: undefined, server, keepAliveTimeout })
server.on('upgrade', (req, socket, head) => void handlers.upgradeHandler(req, socket, head))
server.keepAliveTimeout = keepAliveTimeout
server.listen(port, hostname, () => cliLog('info', `Portal listening on http://${hostname}:${port}`))

// Stop taking requests, let those under way finish (at most 10 s), then leave.
const stop = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
