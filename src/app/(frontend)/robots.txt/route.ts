import { siteOrigin } from '@/site/format'

export const dynamic = 'force-dynamic'

/**
 * GET /robots.txt. A route handler rather than `app/robots.ts`: the metadata file is only
 * honoured at the top of `app/`, and here `[locale]` would otherwise take the path.
 */
export function GET() {
  const body = [
    'User-agent: *',
    'Allow: /',
    // The published files (reports, toolkits…) are content worth finding; the rest of the API is not.
    // Drafts' files are refused to anonymous readers anyway (src/documents/download.ts).
    'Allow: /api/documents/file/',
    'Allow: /api/media/file/',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /en/search/export.csv',
    'Disallow: /fr/search/export.csv',
    // The pages behind the alert mails' links (they carry a personal token).
    'Disallow: /en/alerts',
    'Disallow: /fr/alerts',
    '',
    `Sitemap: ${siteOrigin()}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
