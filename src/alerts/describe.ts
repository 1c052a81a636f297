import type { Payload } from 'payload'

import type { Locale } from '../core/locale'
import { describeSearch } from '../i18n/facets'

/** The published pilots' names by slug, in one language (a pilot facet shows names, not slugs). */
export async function publicPilotNames(payload: Payload, locale: Locale): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'pilots',
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 0,
    limit: 200,
    pagination: false,
    select: { slug: true, name: true },
  })
  return new Map(docs.flatMap((pilot) => (pilot.slug ? [[pilot.slug, pilot.name] as [string, string]] : [])))
}

/** A saved search in words, with the pilots' names as the public sees them. */
export async function describeSavedSearch(payload: Payload, locale: Locale, search: string | null | undefined): Promise<string> {
  return describeSearch(locale, search ?? '', await publicPilotNames(payload, locale))
}
