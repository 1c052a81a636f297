import { Feed } from 'feed'

import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { newestForFeed } from '@/site/content'
import { recordPath, siteOrigin } from '@/site/format'
import { escapeHtml } from '@/search/highlight'

export const dynamic = 'force-dynamic'

/** GET /{locale}/feed.xml: Atom feed of the newest published practices and lessons, in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = messagesFor(locale)
  const origin = siteOrigin()
  const items = await newestForFeed(await hubPayload(), locale, 30)
  const updated = items.reduce((latest, item) => Math.max(latest, Date.parse(item.updatedAt ?? '') || 0), 0)
  const feed = new Feed({
    id: `${origin}/${locale}/feed.xml`,
    title: `${t.siteName} – ${t.feedTitle}`,
    description: t.tagline,
    link: `${origin}/${locale}`,
    language: locale,
    copyright: '',
    updated: new Date(updated || Date.now()),
    feedLinks: { atom: `${origin}/${locale}/feed.xml` },
    generator: t.siteName,
  })
  // The feed library marks titles and summaries `type="html"`: our fields are plain text, so they
  // are escaped, and a feed reader shows "<img …>" in a title as text instead of rendering it.
  for (const item of items) {
    const url = `${origin}${recordPath(locale, item.type, item.slug)}`
    const label = `${t.types[item.type]}${item.isSample ? ` (${t.sample})` : ''}`
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(item.isSample ? `${item.title} [${t.sample}]` : item.title),
      description: escapeHtml(item.summary),
      date: new Date(item.updatedAt ?? Date.now()),
      category: [{ name: escapeHtml(label) }],
      author: item.pilots.map((pilot) => ({ name: escapeHtml(pilot.name) })),
    })
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=300' },
  })
}
