import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '../../core/locale'
import type { Document } from '../../payload-types'
import { lessonCards } from './lessons'
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

/** Documents as the public site shows them: cards and the document page with the lessons linking it. */

export async function documentCards(payload: Payload, locale: Locale, options: ListOptions = {}): Promise<RecordCard[]> {
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic(locale),
    depth: 1,
    limit: options.limit ?? 100,
    pagination: false,
    sort: options.sort ?? '-updatedAt',
    ...(options.where ? { where: options.where } : {}),
    select: { ...cardSelect, pilot: true, kind: true },
    populate: pilotRefPopulate,
  })
  return docs.map((doc) => toCard('document', doc, pilotRefs(doc.pilot), doc.kind))
}

export type DocumentPage = Pick<
  Document,
  | 'id'
  | 'title'
  | 'kind'
  | 'licence'
  | 'date'
  | 'organisation'
  | 'url'
  | 'filename'
  | 'mimeType'
  | 'filesize'
  | 'lastReviewed'
  | 'updatedAt'
> & {
  slug: string
  summary: string
  languages: NonNullable<Document['languages']>
  themes: NonNullable<Document['themes']>
  pilots: PilotRef[]
  isSample: boolean
  /** Text shown in the other language (not translated yet). */
  translation: TextLanguages
}

export const documentBySlug = cache(async (payload: Payload, locale: Locale, slug: string): Promise<DocumentPage | null> => {
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic(locale),
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      slug: true,
      title: true,
      summary: true,
      kind: true,
      date: true,
      languages: true,
      organisation: true,
      licence: true,
      pilot: true,
      themes: true,
      url: true,
      filename: true,
      mimeType: true,
      filesize: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    },
    populate: pilotRefPopulate,
  })
  const doc = docs[0]
  if (!doc) return null
  const { pilot, ...fields } = doc
  const translation = await textLanguages(payload, 'documents', doc.id, locale, doc, { title: true, summary: true }, 'title')
  return {
    ...fields,
    translation,
    slug: doc.slug ?? slug,
    summary: doc.summary ?? '',
    date: doc.date ?? null,
    organisation: doc.organisation?.trim() ? doc.organisation : null,
    url: doc.url ?? null,
    filename: doc.filename ?? null,
    mimeType: doc.mimeType ?? null,
    filesize: doc.filesize ?? null,
    languages: doc.languages ?? [],
    themes: doc.themes ?? [],
    pilots: pilotRefs(pilot),
    isSample: doc.isSample === true,
    lastReviewed: doc.lastReviewed ?? null,
  }
})

/** Lessons that link a document (for the document page). */
export const lessonsLinkingDocument = (payload: Payload, locale: Locale, documentId: number) =>
  lessonCards(payload, locale, { where: { documents: { in: [documentId] } }, sort: 'title' })
