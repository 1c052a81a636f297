import type { MetadataRoute } from 'next'

import { locales } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { allPublishedRecords } from '@/site/content'
import { recordPath, siteOrigin } from '@/site/format'

// Read at request time (the build has no database); published records only.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const alternates = (path: (locale: (typeof locales)[number]) => string) => ({
    languages: Object.fromEntries(locales.map((locale) => [locale, `${origin}${path(locale)}`])),
  })
  const sections = ['', '/search', '/pilots', '/practices', '/lessons', '/documents', '/figures', '/compare']
  const pages: MetadataRoute.Sitemap = sections.flatMap((section) =>
    locales.map((locale) => ({ url: `${origin}/${locale}${section}`, alternates: alternates((code) => `/${code}${section}`) })),
  )
  const records = await allPublishedRecords(await hubPayload())
  for (const record of records) {
    for (const locale of locales) {
      pages.push({
        url: `${origin}${recordPath(locale, record.type, record.slug)}`,
        ...(record.updatedAt ? { lastModified: record.updatedAt } : {}),
        alternates: alternates((code) => recordPath(code, record.type, record.slug)),
      })
    }
  }
  return pages
}
