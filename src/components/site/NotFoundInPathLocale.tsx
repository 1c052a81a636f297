'use client'

import { useParams } from 'next/navigation'

import { NotFoundContent, type NotFoundStrings } from './NotFoundContent'

/**
 * The 404 body where Next.js renders it in the browser (`not-found.tsx` gets no params): the
 * language is read from the path. The portal's server sends the server-rendered 404 page instead
 * (`[locale]/page-not-found`), so this is what `next dev` shows.
 */
export function NotFoundInPathLocale({ messages }: { messages: { en: NotFoundStrings; fr: NotFoundStrings } }) {
  const params = useParams<{ locale?: string }>()
  const locale = params?.locale === 'fr' ? 'fr' : 'en'
  return <NotFoundContent locale={locale} t={messages[locale]} />
}
