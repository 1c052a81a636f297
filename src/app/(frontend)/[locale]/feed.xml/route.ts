import { hubPayload } from '@/boot/payload'
import { isLocale } from '@/core/locale'
import { notModified, searchFeed } from '@/site/feed'

export const dynamic = 'force-dynamic'

/**
 * GET /{locale}/feed.xml[?<search parameters>]: the Atom feed of a search (src/site/feed.ts), with
 * conditional GET (ETag, Last-Modified: 304 when the reader has it). Bad parameters: 400 naming them.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const feed = await searchFeed(await hubPayload(), locale, new URL(request.url).searchParams)
  if (!feed.ok) {
    const lines = feed.errors.map((error) => `${error.parameter}: ${error.message}`)
    return new Response(`The search parameters are not valid:\n${lines.join('\n')}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const headers = {
    ETag: feed.etag,
    'Last-Modified': feed.lastModified.toUTCString(),
    'Cache-Control': 'public, max-age=0, s-maxage=300',
    Vary: 'Accept-Encoding',
  }
  if (notModified(request, feed.etag, feed.lastModified)) return new Response(null, { status: 304, headers })
  return new Response(feed.xml, { headers: { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
