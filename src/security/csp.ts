import { randomBytes } from 'node:crypto'

/**
 * Content-Security-Policy with a fresh nonce on every public page, cached pages included.
 *
 * Next.js puts a nonce on its scripts only when it renders a page per request, which would end
 * the caching of the public pages. So the portal's server (src/cli/portal-server.ts) rewrites each
 * HTML response as it goes out: a new nonce for this response, set on the framework's own inline
 * scripts only. Those have fixed shapes (the flight data bootstrap and its chunks, one JSON string
 * each, and the bundler's list of chunk files to load). Any other inline script gets no nonce, so the browser refuses to run it: markup
 * that slipped into a page (the XSS case) stays inert even on a cached page. Scripts with a `src`
 * load from the portal's own origin ('self').
 */

export const newNonce = (): string => randomBytes(16).toString('base64')

const frameworkInlineScripts = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[\d+,"(?:[^"\\\n]|\\.)*"\]\)$/,
  /^self\.__next_f\.push\(\[\d+(?:,null)?\]\)$/,
  // The bundler's bootstrap: which chunk files to load (names only) and which module starts.
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.js",?)*\],"runtimeModuleIds":\[[\d,]*\]\}\);$/,
]

export const isFrameworkInlineScript = (body: string): boolean => frameworkInlineScripts.some((shape) => shape.test(body))

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/** Adds the nonce to the framework's inline scripts; counts the inline scripts left without one. */
export function addNonceToFrameworkScripts(html: string, nonce: string): { html: string; refused: number } {
  let refused = 0
  const rewritten = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    if (/\bsrc\s*=/i.test(attributes) || /\bnonce\s*=/i.test(attributes)) return whole
    // Data blocks (JSON-LD and the like) do not run and need no nonce.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') return whole
    if (!isFrameworkInlineScript(body)) {
      refused++
      return whole
    }
    return `<script nonce="${nonce}"${attributes}>${body}</script>`
  })
  return { html: rewritten, refused }
}

/** The policy of the public pages. Styles may be inline (React's style attributes); scripts may not. */
export function publicContentSecurityPolicy(nonce: string, options: { production: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.production ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}
