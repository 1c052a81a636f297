import type { Payload } from 'payload'

import { prepareSearchDocument, SEARCH_LOCALES, searchDocumentId, type SearchDocument, type SearchLocale } from '../document'
import { docTypeOf, indexedCollections, toSearchDocument, type IndexedCollection, type RecordContext } from './mapping'

/**
 * Reads what the public may see, as the public sees it: `overrideAccess: false` with no user,
 * published versions only. Whatever the access rules hide (drafts, archived records) never
 * reaches an index, because it is never read.
 */

const otherLocale = (locale: SearchLocale): SearchLocale => (locale === 'en' ? 'fr' : 'en')

/**
 * A field left empty in one locale falls back to the other language, so that a record written in
 * one language only is found in both indexes (with its original text, labelled by RecordContext).
 */
const publicRead = (locale: SearchLocale) =>
  ({ overrideAccess: false, user: null, draft: false, depth: 1, locale, fallbackLocale: otherLocale(locale) }) as const

/** The localized field that says whether a record is translated in a locale (it is required). */
const TITLE_FIELD: Record<IndexedCollection, string> = { pilots: 'name', practices: 'title', lessons: 'title', documents: 'title' }

/** A document as read for search, with the text of its file (kept in `document-texts`) added. */
type DocumentRecord = { id: number | string; filename?: string | null; fileText?: string }

/**
 * Documents are found by the words inside their file: the text extracted from the file the
 * public can download (the published record's own file) is added to the record before mapping.
 */
async function withFileText<T>(payload: Payload, collection: IndexedCollection, records: T[]): Promise<T[]> {
  if (collection !== 'documents' || records.length === 0) return records
  const docs = records as unknown as DocumentRecord[]
  const { docs: texts } = await payload.find({
    collection: 'document-texts',
    where: { and: [{ document: { in: docs.map((doc) => doc.id) } }, { status: { equals: 'extracted' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { document: true, filename: true, text: true },
  })
  const textOf = new Map(texts.map((text) => [`${text.document}:${text.filename}`, text.text ?? '']))
  return docs.map((doc) => ({ ...doc, fileText: textOf.get(`${doc.id}:${doc.filename}`) ?? '' })) as unknown as T[]
}

/**
 * For each record of a batch, in each locale: the language of its text (the locale, unless its
 * title is empty there and fell back to the other language) and its first publication by an
 * editor. Two small queries for the whole batch, whatever the number of locales.
 */
async function contextsOf(
  payload: Payload,
  collection: IndexedCollection,
  ids: (number | string)[],
): Promise<(locale: SearchLocale, id: number | string) => RecordContext> {
  if (ids.length === 0) return () => ({})
  const titleField = TITLE_FIELD[collection]
  const { docs: titles } = await payload.find({
    collection,
    where: { id: { in: ids } },
    ...publicRead('en'),
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { [titleField]: true },
  })
  const translated = new Map<string, Set<SearchLocale>>()
  for (const doc of titles) {
    const value = (doc as unknown as Record<string, unknown>)[titleField]
    const byLocale = (value && typeof value === 'object' ? value : {}) as Partial<Record<SearchLocale, unknown>>
    translated.set(String(doc.id), new Set(SEARCH_LOCALES.filter((locale) => String(byLocale[locale] ?? '').trim() !== '')))
  }
  const { docs: events } = await payload.find({
    collection: 'review-events',
    where: {
      and: [{ recordCollection: { equals: collection } }, { recordId: { in: ids.map(String) } }, { action: { equals: 'publish' } }],
    },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { recordId: true, createdAt: true },
  })
  const firstPublished = new Map<string, string>()
  for (const event of events) if (!firstPublished.has(event.recordId)) firstPublished.set(event.recordId, event.createdAt)
  return (locale, id) => ({
    contentLanguage: translated.get(String(id))?.has(locale) === false ? otherLocale(locale) : locale,
    firstPublishedAt: firstPublished.get(String(id)) ?? null,
  })
}

/**
 * The search documents of some records of one collection, in every locale, as the public reads
 * them now: the ones to upsert, and the ids to remove (a record the public cannot read).
 * One read per locale and two small context queries, however many records.
 */
export async function publishedSearchDocuments(
  payload: Payload,
  collection: IndexedCollection,
  ids: (number | string)[],
): Promise<{ upsert: SearchDocument[]; remove: string[] }> {
  const upsert: SearchDocument[] = []
  const remove: string[] = []
  let context: ((locale: SearchLocale, id: number | string) => RecordContext) | undefined
  for (const locale of SEARCH_LOCALES) {
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      limit: 0,
      pagination: false,
      ...publicRead(locale),
    })
    const records = await withFileText(payload, collection, docs)
    if (records.length > 0)
      context ??= await contextsOf(
        payload,
        collection,
        records.map((record) => record.id),
      )
    const found = new Set(records.map((record) => String(record.id)))
    for (const record of records) {
      upsert.push(prepareSearchDocument(toSearchDocument[collection](record as never, locale, context!(locale, record.id))))
    }
    for (const id of ids) if (!found.has(String(id))) remove.push(searchDocumentId(docTypeOf(collection), id, locale))
  }
  return { upsert, remove }
}

/** Every published record of every indexed collection, in every locale, in batches. */
export async function* allPublishedSearchDocuments(payload: Payload, batchSize = 200): AsyncGenerator<SearchDocument[]> {
  for (const collection of indexedCollections) {
    for (const locale of SEARCH_LOCALES) {
      for (let page = 1; ; page++) {
        const result = await payload.find({ collection, limit: batchSize, page, sort: 'id', ...publicRead(locale) })
        if (result.docs.length) {
          const context = await contextsOf(
            payload,
            collection,
            result.docs.map((doc) => doc.id),
          )
          yield (await withFileText(payload, collection, result.docs)).map((record) =>
            prepareSearchDocument(toSearchDocument[collection](record as never, locale, context(locale, record.id))),
          )
        }
        if (!result.hasNextPage) break
      }
    }
  }
}

/** Ids of the practices, lessons and documents whose search documents show this pilot. */
export async function dependentsOfPilot(
  payload: Payload,
  pilotId: number | string,
): Promise<{ collection: IndexedCollection; id: number | string }[]> {
  const find = (collection: IndexedCollection, field: string) =>
    payload.find({
      collection,
      where: { [field]: { equals: pilotId } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
    })
  const practices = await find('practices', 'pilots')
  const lessons = await find('lessons', 'pilot')
  const documents = await find('documents', 'pilot')
  return [
    ...practices.docs.map((doc) => ({ collection: 'practices' as const, id: doc.id })),
    ...lessons.docs.map((doc) => ({ collection: 'lessons' as const, id: doc.id })),
    ...documents.docs.map((doc) => ({ collection: 'documents' as const, id: doc.id })),
  ]
}
