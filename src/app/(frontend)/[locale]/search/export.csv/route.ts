import { hubPayload } from '@/boot/payload'
import { isLocale } from '@/core/locale'
import { searchExportResponse } from '@/site/search-export'

/** GET /{locale}/search/export.csv: the search page's results as CSV (src/site/search-export.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return searchExportResponse(await hubPayload(), locale, request)
}
