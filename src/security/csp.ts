/**
 * Content-Security-Policy of the public pages.
 *
 * Public pages carry no inline script at all: the portal's server sends them without the
 * framework's client runtime and its flight data (src/cli/public-html.ts), and the site's own
 * script is a file (`/site.js`). So the policy allows scripts from the portal's origin only, with
 * no nonce and no 'unsafe-inline': any inline script or event handler that slipped into a page
 * (the XSS case) stays inert, cached pages included, and a cached page goes out as it was stored.
 */

/** The policy of the public pages. Styles may be inline (React's style attributes); scripts may not. */
export function publicContentSecurityPolicy(options: { https: boolean }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only where the page itself came over HTTPS: over plain HTTP it would send the page's
    // requests to an https:// address that may not exist.
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}
