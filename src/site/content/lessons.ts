import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '../../core/locale'
import type { Document, Lesson } from '../../payload-types'
import {
  asPublic,
  cardSelect,
  isPlausibleSlug,
  pilotRefPopulate,
  pilotRefs,
  toCard,
  type ListOptions,
  type PilotRef,
  type RecordCard,
  textLanguages,
  type TextLanguages,
} from './read'

/** Lessons as the public site shows them: cards and the lesson page with its linked documents. */

export async function lessonCards(payload: Payload, locale: Locale, options: ListOptions = {}): Promise<RecordCard[]> {
  const { docs } = await payload.find({
    collection: 'lessons',
    ...asPublic(locale),
    depth: 1,
    limit: options.limit ?? 100,
    pagination: false,
    sort: options.sort ?? '-updatedAt',
    ...(options.where ? { where: options.where } : {}),
    select: { ...cardSelect, pilot: true, kind: true },
    populate: pilotRefPopulate,
  })
  return docs.map((doc) => toCard('lesson', doc, pilotRefs(doc.pilot), doc.kind))
}

/** A document linked from a lesson, as far as the public may see it. */
export type LinkedDocument = Pick<Document, 'title' | 'kind'> & { slug: string; isSample: boolean }

export type LessonPage = Pick<
  Lesson,
  'id' | 'title' | 'kind' | 'phase' | 'context' | 'expected' | 'whatHappened' | 'why' | 'recommendation' | 'lastReviewed' | 'updatedAt'
> & {
  slug: string
  summary: string
  pilots: PilotRef[]
  audience: NonNullable<Lesson['audience']>
  themes: NonNullable<Lesson['themes']>
  documents: LinkedDocument[]
  isSample: boolean
  /** Text shown in the other language (not translated yet). */
  translation: TextLanguages
}

export const lessonBySlug = cache(async (payload: Payload, locale: Locale, slug: string): Promise<LessonPage | null> => {
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'lessons',
    ...asPublic(locale),
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      slug: true,
      title: true,
      summary: true,
      pilot: true,
      kind: true,
      phase: true,
      context: true,
      expected: true,
      whatHappened: true,
      why: true,
      recommendation: true,
      audience: true,
      themes: true,
      documents: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    },
    populate: { ...pilotRefPopulate, documents: { slug: true, title: true, kind: true, isSample: true } },
  })
  const doc = docs[0]
  if (!doc) return null
  const { pilot, documents, ...fields } = doc
  const translation = await textLanguages(
    payload,
    'lessons',
    doc.id,
    locale,
    doc,
    { title: true, summary: true, context: true, expected: true, whatHappened: true, why: true, recommendation: true },
    'title',
  )
  return {
    ...fields,
    translation,
    slug: doc.slug ?? slug,
    summary: doc.summary ?? '',
    pilots: pilotRefs(pilot),
    context: doc.context ?? null,
    expected: doc.expected ?? null,
    whatHappened: doc.whatHappened ?? null,
    why: doc.why ?? null,
    recommendation: doc.recommendation ?? null,
    audience: doc.audience ?? [],
    themes: doc.themes ?? [],
    // A link to a document the public may not read arrives as a bare id and is dropped.
    documents: (documents ?? []).flatMap((linked) =>
      typeof linked === 'object' && linked.slug
        ? [{ slug: linked.slug, title: linked.title, kind: linked.kind, isSample: linked.isSample === true }]
        : [],
    ),
    isSample: doc.isSample === true,
    lastReviewed: doc.lastReviewed ?? null,
  }
})
