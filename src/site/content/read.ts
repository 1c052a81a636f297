import type { Payload, Where } from 'payload'

import { lexicalToPlainText } from '../../core/lexical'

import type { Locale } from '../../core/locale'
import { slugPattern } from '../../core/slug'
import type { PilotRecordType } from '../../model/content-types'
import type { Pilot } from '../../payload-types'

/**
 * What every public read shares. Each read runs as an anonymous reader (`overrideAccess: false`,
 * no user, `draft: false`), so the collections' access rules decide: only published records come
 * back. Every query sets `depth` and `select`, so a page never reads more than it shows.
 */

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'fr' : 'en')

/**
 * The anonymous reader: the one set of options every public query shares. A field left empty in
 * the page's language is read in the other one (a record written in one language only is shown
 * on both sites); `textLanguages` then says which fields those are.
 */
export const asPublic = (locale: Locale) =>
  ({ locale, fallbackLocale: otherLocale(locale), overrideAccess: false, user: null, draft: false }) as const

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

/**
 * Which text of a record the page shows in the other language, because it has not been
 * translated into the page's: the field paths (`summary`, `steps.2.title`) whose value read
 * without fallback is empty while the page shows one. `whole` when the record's name itself is
 * untranslated (the record exists in the other language only).
 */
export type TextLanguages = { language: Locale; paths: string[]; whole: boolean }

const isEmptyText = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && value !== null && 'root' in value && lexicalToPlainText(value).trim() === '')

function fallbackPaths(shown: unknown, own: unknown, path: string, into: string[]): void {
  if (isEmptyText(shown)) return
  if (isEmptyText(own)) {
    into.push(path)
    return
  }
  // A value of its own in this language: the same language as the page (rich text is one value).
  if (typeof shown !== 'object' || shown === null || 'root' in shown) return
  if (Array.isArray(shown)) {
    shown.forEach((item, i) => fallbackPaths(item, Array.isArray(own) ? own[i] : undefined, path ? `${path}.${i}` : String(i), into))
    return
  }
  for (const [key, value] of Object.entries(shown as Record<string, unknown>)) {
    fallbackPaths(value, (own as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key, into)
  }
}

/**
 * Reads the record again in `locale` without fallback (the localized fields in `select` only) and
 * compares it with what the page shows (`shown`, read with fallback).
 */
export async function textLanguages(
  payload: Payload,
  collection: 'pilots' | 'practices' | 'lessons' | 'documents',
  id: number,
  locale: Locale,
  shown: Record<string, unknown>,
  select: Record<string, true | Record<string, true>>,
  nameField: string,
): Promise<TextLanguages> {
  const own = await payload.findByID({
    collection,
    id,
    ...asPublic(locale),
    fallbackLocale: false,
    depth: 0,
    select: select as never,
    disableErrors: true,
  })
  const paths: string[] = []
  for (const key of Object.keys(select)) fallbackPaths(shown[key], (own as Record<string, unknown> | null)?.[key], key, paths)
  return { language: otherLocale(locale), paths, whole: paths.includes(nameField) }
}

/** The `lang` attribute of the text at `path` (and under it), when it is not in the page's language. */
export const langOf = (languages: TextLanguages | undefined, path: string): Locale | undefined =>
  languages?.paths.some((other) => other === path || path.startsWith(`${other}.`)) ? languages.language : undefined
