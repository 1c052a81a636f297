import type { Where } from 'payload'

import type { Locale } from '../../core/locale'
import { slugPattern } from '../../core/slug'
import type { PilotRecordType } from '../../model/content-types'
import type { Pilot } from '../../payload-types'

/**
 * What every public read shares. Each read runs as an anonymous reader (`overrideAccess: false`,
 * no user, `draft: false`), so the collections' access rules decide: only published records come
 * back. Every query sets `depth` and `select`, so a page never reads more than it shows.
 */

/** The anonymous reader: the one set of options every public query shares. */
export const asPublic = (locale: Locale) => ({ locale, fallbackLocale: 'en', overrideAccess: false, user: null, draft: false }) as const

/** A slug from a URL that could name a record (the same rule as the slug field): others are a 404 without a query. */
export const isPlausibleSlug = (slug: string) => slug.length <= 200 && slugPattern.test(slug)

/** A linked pilot as the public may see it: a relation to an unpublished pilot arrives as a bare id and is dropped. */
export type PilotRef = { slug: string; name: string; country: Pilot['country'] }

/** Relations to pilots are read at depth 1 with only what a link needs. */
export const pilotRefPopulate = { pilots: { slug: true, name: true, country: true } } as const

export function pilotRefs(value: number | Pilot | null | undefined | (number | Pilot)[]): PilotRef[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((pilot) =>
    typeof pilot === 'object' && pilot.slug ? [{ slug: pilot.slug, name: pilot.name, country: pilot.country }] : [],
  )
}

/** A practice, lesson or document in a list. */
export type RecordCard = {
  type: PilotRecordType
  id: number
  slug: string
  title: string
  summary: string
  isSample: boolean
  pilots: PilotRef[]
  updatedAt: string | null
  /** Practice: evidence level; lesson: kind; document: kind. */
  tag: string | null
}

/** The fields a card shows, for `select`. */
export const cardSelect = { slug: true, title: true, summary: true, isSample: true, updatedAt: true, createdAt: true } as const

type CardSource = {
  id: number
  slug?: string | null
  title: string
  summary?: string | null
  isSample?: boolean | null
  updatedAt: string
}

export const toCard = (type: PilotRecordType, doc: CardSource, pilots: PilotRef[], tag: string | null | undefined): RecordCard => ({
  type,
  id: doc.id,
  slug: doc.slug ?? '',
  title: doc.title,
  summary: doc.summary ?? '',
  isSample: doc.isSample === true,
  pilots,
  updatedAt: doc.updatedAt ?? null,
  tag: tag ?? null,
})

/** Options of a list query. */
export type ListOptions = { where?: Where; limit?: number; sort?: string }
