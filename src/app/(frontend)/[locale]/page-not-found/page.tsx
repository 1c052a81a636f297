import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NotFoundContent } from '@/components/site/NotFoundContent'
import { isLocale } from '@/core/locale'
import { messagesFor, notFoundStrings } from '@/i18n/messages'

/**
 * The 404 page rendered on the server, in the path's language. Next.js renders the body of a 404
 * raised by `notFound()` in the browser only; the portal's server sends this page's HTML, with the
 * status 404, for every 404 of a public page (src/cli/portal-server.ts), and answers 404 for this
 * address too.
 */
export const revalidate = 3600

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: messagesFor(locale).notFoundTitle, robots: { index: false, follow: true }, alternates: null, openGraph: null }
}

export default async function PageNotFound({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <NotFoundContent locale={locale} t={notFoundStrings(locale)} />
}
