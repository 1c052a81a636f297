import type { Payload } from 'payload'

import { prepareSearchDocument, SEARCH_LOCALES, searchDocumentId, type SearchDocument, type SearchLocale } from '../document'
import { docTypeOf, indexedCollections, toSearchDocument, type IndexedCollection } from './mapping'

/**
 * Reads what the public may see, as the public sees it: `overrideAccess: false` with no user,
 * published versions only. Whatever the access rules hide (drafts, archived records) never
 * reaches an index, because it is never read.
 */

const publicRead = { overrideAccess: false, user: null, draft: false, depth: 1, fallbackLocale: 'en' } as const

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
      locale,
      limit: 1,
      pagination: false,
      ...publicRead,
    })
    const [record] = await withFileText(payload, collection, docs)
    if (record) upsert.push(prepareSearchDocument(toSearchDocument[collection](record as never, locale)))
    else remove.push(searchDocumentId(docTypeOf(collection), id, locale))
  }
  return { upsert, remove }
}

/** Every published record of every indexed collection, in every locale, in batches. */
export async function* allPublishedSearchDocuments(payload: Payload, batchSize = 200): AsyncGenerator<SearchDocument[]> {
  for (const collection of indexedCollections) {
    for (const locale of SEARCH_LOCALES) {
      for (let page = 1; ; page++) {
        const result = await payload.find({ collection, locale, limit: batchSize, page, sort: 'id', ...publicRead })
        if (result.docs.length) {
          yield (await withFileText(payload, collection, result.docs)).map((record) =>
            prepareSearchDocument(toSearchDocument[collection](record as never, locale as SearchLocale)),
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
