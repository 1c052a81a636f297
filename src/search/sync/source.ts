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
 * For each record of a batch read in `locale`: the language of its text (the locale, unless its
 * title is empty there and fell back to the other language) and its first publication by an editor.
 */
async function contextsOf(
  payload: Payload,
  collection: IndexedCollection,
  locale: SearchLocale,
  ids: (number | string)[],
): Promise<Map<string, RecordContext>> {
  const contexts = new Map<string, RecordContext>()
  if (ids.length === 0) return contexts
  const titleField = TITLE_FIELD[collection]
  const { docs: own } = await payload.find({
    collection,
    where: { id: { in: ids } },
    ...publicRead(locale),
    fallbackLocale: false,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { [titleField]: true },
  })
  const translated = new Set(
    own.filter((doc) => String((doc as unknown as Record<string, unknown>)[titleField] ?? '').trim() !== '').map((doc) => String(doc.id)),
  )
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
  for (const id of ids.map(String)) {
    contexts.set(id, {
      contentLanguage: translated.has(id) ? locale : otherLocale(locale),
      firstPublishedAt: firstPublished.get(id) ?? null,
    })
  }
  return contexts
}

export async function publishedSearchDocuments(
  payload: Payload,
  collection: IndexedCollection,
  id: number | string,
): Promise<{ upsert: SearchDocument[]; remove: string[] }> {
  const upsert: SearchDocument[] = []
  const remove: string[] = []
  for (const locale of SEARCH_LOCALES) {
    const { docs } = await payload.find({
      collection,
      where: { id: { equals: id } },
      limit: 1,
      pagination: false,
      ...publicRead(locale),
    })
    const [record] = await withFileText(payload, collection, docs)
    const contexts = await contextsOf(payload, collection, locale, record ? [record.id] : [])
    if (record) upsert.push(prepareSearchDocument(toSearchDocument[collection](record as never, locale, contexts.get(String(record.id)))))
    else remove.push(searchDocumentId(docTypeOf(collection), id, locale))
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
          const contexts = await contextsOf(
            payload,
            collection,
            locale,
            result.docs.map((doc) => doc.id),
          )
          yield (await withFileText(payload, collection, result.docs)).map((record) =>
            prepareSearchDocument(toSearchDocument[collection](record as never, locale, contexts.get(String(record.id)))),
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
