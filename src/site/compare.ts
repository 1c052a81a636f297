import type { Payload } from 'payload'

import type { Locale } from '../core/locale'
import { slugPattern } from '../core/slug'
import { contentTypes } from '../model/content-types'
import { asPublic, pilotBySlug, type PilotPage } from './content'

/**
 * Pilots side by side: two to four published pilots, each with what the comparison shows, and
 * how many practices and lessons the public can read for it. The URL says which pilots
 * (`?pilot=a&pilot=b`), so a comparison can be shared, and the form is a plain GET.
 */

export const MIN_COMPARED = 2
export const MAX_COMPARED = 4

export type ComparedPilot = PilotPage & { practiceCount: number; lessonCount: number }

export type Comparison =
  | { state: 'empty'; chosen: string[] }
  | { state: 'too-few' | 'too-many'; chosen: string[] }
  | { state: 'unknown'; chosen: string[]; unknown: string[] }
  | { state: 'ready'; chosen: string[]; pilots: ComparedPilot[] }

/** The pilot slugs of the query, once each, in the order given (at most a sane number read). */
export function chosenPilots(value: string | string[] | undefined): string[] {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((slug) => slug.trim()).filter(Boolean)
  return [...new Set(list)].slice(0, 50)
}

async function publicCount(payload: Payload, locale: Locale, type: 'practice' | 'lesson', pilotId: number) {
  const field = contentTypes[type].pilotField
  const { totalDocs } = await payload.count({
    collection: contentTypes[type].collection,
    ...asPublic(locale),
    where: { [field]: field === 'pilots' ? { in: [pilotId] } : { equals: pilotId } },
  })
  return totalDocs
}

/**
 * `submitted`: the reader sent the form (its button is part of the query). A link that opens the
 * page with one pilot ticked (from a pilot's page) is a start, not a mistake.
 */
export async function comparePilots(payload: Payload, locale: Locale, chosen: string[], submitted = true): Promise<Comparison> {
  if (chosen.length === 0 || (!submitted && chosen.length < MIN_COMPARED)) return { state: 'empty', chosen }
  if (chosen.length < MIN_COMPARED) return { state: 'too-few', chosen }
  if (chosen.length > MAX_COMPARED) return { state: 'too-many', chosen }
  const found = await Promise.all(chosen.map((slug) => (slugPattern.test(slug) ? pilotBySlug(payload, locale, slug) : null)))
  const unknown = chosen.filter((_, index) => !found[index])
  if (unknown.length) return { state: 'unknown', chosen, unknown }
  const pilots = await Promise.all(
    (found as PilotPage[]).map(async (pilot) => ({
      ...pilot,
      practiceCount: await publicCount(payload, locale, 'practice', pilot.id),
      lessonCount: await publicCount(payload, locale, 'lesson', pilot.id),
    })),
  )
  return { state: 'ready', chosen, pilots }
}
