import type { Payload } from 'payload'

import type { Locale } from '../../core/locale'
import { CONTENT_TYPES, contentTypes, type ContentType, type PilotRecordType } from '../../model/content-types'
import { documentCards } from './documents'
import { lessonCards } from './lessons'
import { practiceCards } from './practices'
import { asPublic, type ListOptions, type RecordCard } from './read'

/** Reads that span content types: newest lists, a pilot's records and the sitemap. */

const cardsOf: Record<PilotRecordType, (payload: Payload, locale: Locale, options?: ListOptions) => Promise<RecordCard[]>> = {
  practice: practiceCards,
  lesson: lessonCards,
  document: documentCards,
}

export const listNewest = (payload: Payload, type: PilotRecordType, locale: Locale, limit: number) =>
  cardsOf[type](payload, locale, { limit })

/** The published practices, lessons and documents of one pilot. */
export async function recordsOfPilot(payload: Payload, locale: Locale, pilotId: number) {
  const ofPilot = (type: PilotRecordType) => (contentTypes[type].pilotField === 'pilots' ? { in: [pilotId] } : { equals: pilotId })
  const [practices, lessons, documents] = await Promise.all([
    practiceCards(payload, locale, { where: { [contentTypes.practice.pilotField]: ofPilot('practice') }, sort: 'title' }),
    lessonCards(payload, locale, { where: { [contentTypes.lesson.pilotField]: ofPilot('lesson') }, sort: 'title' }),
    documentCards(payload, locale, { where: { [contentTypes.document.pilotField]: ofPilot('document') }, sort: '-date' }),
  ])
  return { practices, lessons, documents }
}

export type SitemapRecord = { type: ContentType; slug: string; updatedAt: string | null }

/** Every published record (slug and date): the sitemap. Slugs are shared by the locales. */
export async function allPublishedRecords(payload: Payload): Promise<SitemapRecord[]> {
  const lists = await Promise.all(
    CONTENT_TYPES.map(async (type) => {
      const { docs } = await payload.find({
        collection: contentTypes[type].collection,
        ...asPublic('en'),
        depth: 0,
        limit: 10_000,
        pagination: false,
        select: { slug: true, updatedAt: true },
      })
      return docs.flatMap((doc) => (doc.slug ? [{ type, slug: doc.slug, updatedAt: doc.updatedAt ?? null }] : []))
    }),
  )
  return lists.flat()
}
