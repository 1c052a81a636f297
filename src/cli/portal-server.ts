/**
 * The portal's HTTP server in production: Next.js's own request handlers, with one addition,
 * the per-response Content-Security-Policy nonce of the public pages (src/security/csp.ts).
 *
 * Bundled by `npm run build` to `.next/portal-server.mjs`, which `npm start` (src/cli/serve.ts) runs
 * and the container image copies next to its standalone server.js (`node portal-server.mjs`).
 */
import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { getRequestHandlers } from 'next/dist/server/lib/start-server.js'

import { cliLog } from '../core/log'
import { addNonceToFrameworkScripts, newNonce, publicContentSecurityPolicy } from '../security/csp'
import { hubEnv } from '../core/env'

const env = hubEnv()
const dir = env.PORTAL_DIR ?? process.cwd()
const port = env.PORT ?? 3000
const hostname = env.HOSTNAME
const production = env.NODE_ENV === 'production'
const keepAliveTimeout = env.KEEP_ALIVE_TIMEOUT

/** Pages of the public site; the admin, the API and static files are served as they are. */
const isPublicPage = (url: string) => !/^\/(?:admin|api|_next)(?:\/|$)/.test(url) && !/\.[a-z0-9]+(?:\?|$)/i.test(url.split('?')[0] ?? '')

/**
 * Holds an HTML response back until it is complete, then sends it with the nonce set and, when
 * the browser accepts it, gzip (Next's compression is bypassed for these requests, because a
 * compressed body cannot be rewritten). Other responses pass straight through.
 */
function withNonce(req: IncomingMessage, res: ServerResponse, acceptsGzip: boolean) {
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

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.write as (...args: unknown[]) => boolean)(chunk, ...rest)
    if (chunk)
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8'),
      )
    const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as typeof res.write

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!decide()) return (original.end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
    if (chunk && typeof chunk !== 'function')
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8'),
      )
    const nonce = newNonce()
    const { html, refused } = addNonceToFrameworkScripts(Buffer.concat(chunks).toString('utf8'), nonce)
    if (refused > 0) cliLog('warn', 'Inline scripts left without a nonce (blocked by the browser)', { url: req.url, count: refused })
    let body = Buffer.from(html, 'utf8')
    if (acceptsGzip && body.length > 1024) {
      // Level 1: each response is compressed anew (its nonce differs); the size gain of higher levels
      // on a page of this size is a few per cent, their cost several times the time.
      body = gzipSync(body, { level: 1 })
      res.setHeader('content-encoding', 'gzip')
    }
    res.setHeader('vary', 'Accept-Encoding')
    res.setHeader('content-security-policy', publicContentSecurityPolicy(nonce, { production }))
    res.setHeader('content-length', body.length)
    // An ETag of the page as cached would now name a body that differs per response.
    res.removeHeader('etag')
    // Node's end() writes the head through res.writeHead: give the originals back first.
    Object.assign(res, original)
    if (statusMessage) res.writeHead(res.statusCode, statusMessage)
    return req.method === 'HEAD' ? res.end() : res.end(body)
  }) as typeof res.end
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
const server = http.createServer((req, res) => {
  if ((req.method === 'GET' || req.method === 'HEAD') && isPublicPage(req.url ?? '/')) {
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    delete req.headers['accept-encoding']
    withNonce(req, res, acceptsGzip)
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
