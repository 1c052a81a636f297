import type { Payload, Where } from 'payload'

import { publicRecords } from '../access'
import { hubEnv } from '../core/env'
import { CONTENT_COLLECTIONS, contentTypeOf, isContentCollection, type ContentCollection } from '../model/content-types'
import { PILOT_SETS, PUBLICATIONS, TYPE_SETS, type PublicationRow } from '../publication/log'
import type { ListPosition, ListQuery } from './protocol'

/**
 * What the OAI-PMH repository reads: the publication log (src/publication/log.ts) lists every record
 * that was ever public, with its datestamp and sets, deleted ones included; the records themselves
 * are read as the public reads them, so a draft or an archived record never gives metadata.
 */

const logs = PUBLICATIONS as 'publications'

export const repositoryHost = () => new URL(hubEnv().SERVER_URL).hostname

/** `oai:<host>:<collection>/<id>`, e.g. oai:hub.example.org:practices/12. */
export const oaiIdentifier = (collection: ContentCollection, id: number) => `oai:${repositoryHost()}:${collection}/${id}`

export function parseOaiIdentifier(identifier: string): { collection: ContentCollection; id: number } | null {
  const prefix = `oai:${repositoryHost()}:`
  if (!identifier.startsWith(prefix)) return null
  const match = /^([a-z-]+)\/([1-9]\d{0,11})$/.exec(identifier.slice(prefix.length))
  if (!match || !isContentCollection(match[1])) return null
  return { collection: match[1], id: Number(match[2]) }
}

/** The where clause of a list (without the position it continues from). */
function listWhere(query: Pick<ListQuery, 'from' | 'until' | 'set'>): Where {
  const and: Where[] = []
  if (query.from) and.push({ datestamp: { greater_than_equal: query.from.toISOString() } })
  if (query.until) and.push({ datestamp: { less_than_equal: query.until.toISOString() } })
  if (query.set) and.push({ sets: { equals: query.set } })
  return and.length ? { and } : {}
}

const afterWhere = (after: ListPosition): Where => {
  const at = new Date(after.datestamp).toISOString()
  return { or: [{ datestamp: { greater_than: at } }, { and: [{ datestamp: { equals: at } }, { id: { greater_than: after.id } }] }] }
}

export async function countRows(payload: Payload, query: ListQuery): Promise<number> {
  const { totalDocs } = await payload.count({ collection: logs, where: listWhere(query), overrideAccess: true })
  return totalDocs
}

/** One page of the list, in (datestamp, row) order, after the position of the token if any. */
export async function listRows(payload: Payload, query: ListQuery, pageSize: number): Promise<{ rows: PublicationRow[]; more: boolean }> {
  const base = listWhere(query)
  const where: Where = query.after ? { and: [base, afterWhere(query.after)] } : base
  const { docs } = await payload.find({
    collection: logs,
    where,
    sort: ['datestamp', 'id'],
    limit: pageSize + 1,
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  const rows = docs as unknown as PublicationRow[]
  return { rows: rows.slice(0, pageSize), more: rows.length > pageSize }
}

export async function rowOfRecord(payload: Payload, collection: ContentCollection, id: number): Promise<PublicationRow | null> {
  const { docs } = await payload.find({
    collection: logs,
    where: { and: [{ recordCollection: { equals: collection } }, { recordId: { equals: id } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return (docs[0] as unknown as PublicationRow | undefined) ?? null
}

/** The earliest datestamp the repository holds (the epoch when it holds nothing yet). */
export async function earliestDatestamp(payload: Payload): Promise<Date> {
  const { docs } = await payload.find({ collection: logs, sort: 'datestamp', limit: 1, pagination: false, overrideAccess: true, depth: 0 })
  const first = docs[0] as unknown as PublicationRow | undefined
  return first ? new Date(first.datestamp) : new Date(0)
}

export type OaiSet = { spec: string; name: string }

/** The sets: the content types and the published pilots, each under its parent. */
export async function listSets(payload: Payload): Promise<OaiSet[]> {
  const { docs } = await payload.find({
    collection: 'pilots',
    locale: 'en',
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 0,
    limit: 500,
    pagination: false,
    sort: 'slug',
    select: { slug: true, name: true },
  })
  const typeNames: Record<string, string> = { pilots: 'Pilots', practices: 'Practices', lessons: 'Lessons', documents: 'Documents' }
  return [
    { spec: TYPE_SETS, name: 'Records by content type' },
    ...CONTENT_COLLECTIONS.map((collection) => ({
      spec: `${TYPE_SETS}:${contentTypeOf(collection)}`,
      name: typeNames[collection] ?? collection,
    })),
    { spec: PILOT_SETS, name: 'Records by pilot project' },
    ...docs.flatMap((pilot) => (pilot.slug ? [{ spec: `${PILOT_SETS}:${pilot.slug}`, name: pilot.name }] : [])),
  ]
}

export type Localized<T = string> = T | Partial<Record<'en' | 'fr', T>> | null | undefined

export type PublicRecord = Record<string, unknown> & { id: number; slug?: string | null; updatedAt: string }

/**
 * The public versions of some records of one collection, in every locale (`locale: 'all'`), read as
 * an anonymous reader: a record that is not public is simply not returned. Related pilots come
 * with their names and countries (those the public may read).
 */
export async function publicRecordsOf(payload: Payload, collection: ContentCollection, ids: number[]): Promise<Map<number, PublicRecord>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { in: ids } }, publicRecords] },
    locale: 'all',
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 1,
    limit: ids.length,
    pagination: false,
    ...(collection === 'pilots' ? {} : { populate: { pilots: { slug: true, name: true, country: true, implementer: true } } }),
  })
  return new Map((docs as unknown as PublicRecord[]).map((doc) => [Number(doc.id), doc]))
}
