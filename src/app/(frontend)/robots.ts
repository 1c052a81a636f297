import type { MetadataRoute } from 'next'

import { siteOrigin } from '@/lib/site-format'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/en/search/export.csv', '/fr/search/export.csv'] }],
    sitemap: `${origin}/sitemap.xml`,
  }
}
