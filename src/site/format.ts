import type { Metadata } from 'next'

import { messagesFor } from '../i18n/messages'
import { contentTypes, type ContentType } from '../model/content-types'
import { labelOf, type Vocabulary } from '../vocab'
import { hubEnv } from '../core/env'
import { locales, type Locale } from '../core/locale'

/** Formatting, paths and labels shared by the public pages. */

export const formatDate = (locale: Locale, value: string | null | undefined, style: 'long' | 'month' = 'long'): string | null => {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    ...(style === 'long' ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date)
}

export const formatNumber = (locale: Locale, value: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value)

export const formatEuros = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value)

export type RecordType = ContentType

/** Path of a record page, e.g. /fr/practices/some-slug. */
export const recordPath = (locale: Locale, type: RecordType, slug: string) => `/${locale}/${contentTypes[type].path}/${slug}`

/** The public origin of the site (SERVER_URL), without a trailing slash. */
export const siteOrigin = () => hubEnv().SERVER_URL.replace(/\/+$/, '')

/** Labels of the codes of each facet (shared with the alert mails, src/i18n/facets.ts). */
export { facetValueLabel } from '../i18n/facets'

export const labels = (vocabulary: Vocabulary, codes: string[], locale: Locale) => codes.map((code) => labelOf(vocabulary, code, locale))

/**
 * Metadata shared by every page: title, description, canonical and hreflang alternates for the
 * same path in every locale, Open Graph and Twitter card.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  title: string,
  description: string,
  type: 'website' | 'article' = 'website',
): Metadata {
  const t = messagesFor(locale)
  const origin = siteOrigin()
  const suffix = path ? `/${path.replace(/^\/+/, '')}` : ''
  const url = `${origin}/${locale}${suffix}`
  return {
    metadataBase: new URL(origin),
    title,
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(locales.map((code) => [code, `${origin}/${code}${suffix}`])),
        'x-default': `${origin}/en${suffix}`,
      },
      types: { 'application/atom+xml': [{ url: `${origin}/${locale}/feed.xml`, title: t.feed }] },
    },
    openGraph: {
      type,
      url,
      title,
      description,
      siteName: t.siteName,
      locale: locale === 'fr' ? 'fr_FR' : 'en_GB',
      alternateLocale: locale === 'fr' ? ['en_GB'] : ['fr_FR'],
      images: [{ url: `${origin}/og-image.png`, width: 1200, height: 630, alt: t.siteName }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [`${origin}/og-image.png`] },
  }
}

/** A short description for metadata, cut at a word boundary. */
export function shorten(value: string, max = 200): string {
  const clean = value.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : max)}…`
}
