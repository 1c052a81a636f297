import {
  isolateObjectProperty,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { publicRecords } from '../access'
import { dependentsOfPilot } from '../search/sync/source'
import {
  contentTypeOf,
  contentTypes,
  isContentCollection,
  pilotFieldOf,
  type ContentCollection,
  type ContentType,
} from '../model/content-types'

/**
 * The publication log: one row per record that was ever public, saying when it first became
 * public, when its public version last changed (its datestamp, to the second) and whether it is
 * public now. It is the trace that outlives a record: an archived or deleted record keeps its row,
 * marked withdrawn, so harvesters learn of the deletion (OAI-PMH, src/oai), and alerts know which
 * records are new since the last digest (src/alerts).
 *
 * Written by the content collections' hooks with `req`, in the same transaction as the record:
 * a save that rolls back leaves the log as it was. Only published pilots give a record its sets.
 */

export const PUBLICATIONS = 'publications'

/**
 * The set specs of a record (OAI-PMH's hierarchy, `parent:child`): its content type, and each
 * published pilot it belongs to. The parents (`type`, `pilot`) are stored too, so that a harvest
 * of a parent set is one exact match; headers name the leaves.
 */
export const TYPE_SETS = 'type'
export const PILOT_SETS = 'pilot'
export const typeSet = (type: ContentType) => `${TYPE_SETS}:${type}`
export const pilotSet = (slug: string) => `${PILOT_SETS}:${slug}`
export const setsOf = (type: ContentType, pilotSlugs: string[]) => [
  TYPE_SETS,
  typeSet(type),
  ...(pilotSlugs.length ? [PILOT_SETS, ...pilotSlugs.map(pilotSet)] : []),
]

export type PublicationRow = {
  id: number
  recordCollection: ContentCollection
  recordId: number
  slug?: string | null
  title?: string | null
  sets?: string[] | null
  firstPublishedAt: string
  datestamp: string
  withdrawn?: boolean | null
}

/** OAI-PMH datestamps have whole seconds: the log keeps them so, and compares them so. */
export const toSecond = (value: Date | string | number): Date => {
  const time = new Date(value).getTime()
  return new Date(Math.floor(time / 1000) * 1000)
}

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .map(Number)
    .filter((id) => Number.isInteger(id))

async function publicPilotSlugs(req: PayloadRequest, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'pilots',
    where: { id: { in: ids } },
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { slug: true },
    req,
  })
  return docs.flatMap((pilot) => (pilot.slug ? [pilot.slug] : [])).sort()
}

async function rowOf(req: PayloadRequest, collection: ContentCollection, recordId: number): Promise<PublicationRow | null> {
  const { docs } = await req.payload.find({
    collection: PUBLICATIONS as 'publications',
    where: { and: [{ recordCollection: { equals: collection } }, { recordId: { equals: recordId } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  return (docs[0] as unknown as PublicationRow | undefined) ?? null
}

const sameSets = (a: string[] | null | undefined, b: string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort())

/** Brings the log row of one record up to date with its public state (inside `req`'s transaction). */
export async function recordPublicState(req: PayloadRequest, collection: ContentCollection, recordId: number, now = new Date()) {
  const type = contentTypeOf(collection)
  const entry = contentTypes[type]
  const pilotField = pilotFieldOf(collection)
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: recordId } }, publicRecords] },
    overrideAccess: true,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    locale: 'en',
    req,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  const row = await rowOf(req, collection, recordId)
  const logs = PUBLICATIONS as 'publications'

  if (!doc) {
    if (row && !row.withdrawn) {
      await req.payload.update({
        collection: logs,
        id: row.id,
        data: { withdrawn: true, datestamp: toSecond(now).toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    return
  }

  const slug = typeof doc.slug === 'string' ? doc.slug : null
  const title = String(doc[entry.titleField] ?? '')
  const pilots = pilotField === 'id' ? (slug ? [slug] : []) : await publicPilotSlugs(req, idsOf(doc[pilotField]))
  const sets = setsOf(type, pilots)
  const contentStamp = toSecond(String(doc.updatedAt ?? now.toISOString()))

  if (!row) {
    await req.payload.create({
      collection: logs,
      data: {
        recordCollection: collection,
        recordId,
        slug,
        title,
        sets,
        firstPublishedAt: now.toISOString(),
        datestamp: contentStamp.toISOString(),
        withdrawn: false,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return
  }
  // A datestamp never goes back. A change of what the record is part of (public again, another
  // set, another address) is a change of now; a change of its content is that of its last save.
  const previous = toSecond(row.datestamp)
  const membershipChanged = Boolean(row.withdrawn) || !sameSets(row.sets, sets) || row.slug !== slug
  const contentChanged = contentStamp.getTime() > previous.getTime() || row.title !== title
  if (!membershipChanged && !contentChanged) return
  const stamp = membershipChanged || contentStamp.getTime() <= previous.getTime() ? toSecond(now) : contentStamp
  const datestamp = new Date(Math.max(stamp.getTime(), previous.getTime()))
  await req.payload.update({
    collection: logs,
    id: row.id,
    // A record published again after an archive keeps its first publication date.
    data: { slug, title, sets, datestamp: datestamp.toISOString(), withdrawn: false },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * A pilot's practices, lessons and documents are in its set while it is public: when the pilot
 * changes, their rows are brought up to date too (those that name it now, and those that did).
 */
async function refreshDependentsOfPilot(req: PayloadRequest, pilotId: number, now: Date) {
  const named = new Map<string, { collection: ContentCollection; id: number }>()
  for (const dependent of await dependentsOfPilot(req.payload, pilotId)) {
    named.set(`${dependent.collection}-${dependent.id}`, { collection: dependent.collection, id: Number(dependent.id) })
  }
  const pilotRow = await rowOf(req, 'pilots', pilotId)
  if (pilotRow?.slug) {
    const { docs } = await req.payload.find({
      collection: PUBLICATIONS as 'publications',
      where: { and: [{ sets: { equals: pilotSet(pilotRow.slug) } }, { recordCollection: { not_equals: 'pilots' } }] },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { recordCollection: true, recordId: true },
      req,
    })
    for (const row of docs as unknown as Pick<PublicationRow, 'recordCollection' | 'recordId'>[]) {
      named.set(`${row.recordCollection}-${row.recordId}`, { collection: row.recordCollection, id: Number(row.recordId) })
    }
  }
  for (const { collection, id } of named.values()) await recordPublicState(req, collection, id, now)
}

/** afterChange of the content collections: the log follows every save (drafts change nothing public). */
export const logPublicState: CollectionAfterChangeHook = async ({ doc, req: saveReq, collection }) => {
  if (!isContentCollection(collection.slug)) return doc
  // Payload's version restore marks the request's context (isRestoringVersion), which changes how
  // every later save on that request validates: the log's own writes get a context of their own,
  // in the same transaction.
  const req = saveReq.context?.isRestoringVersion ? isolateObjectProperty(saveReq, 'context') : saveReq
  if (req !== saveReq) req.context = { ...saveReq.context, isRestoringVersion: false }
  const now = new Date()
  if (collection.slug === 'pilots') {
    // The pilot's own row first: its dependents' sets are read from what is public after this save.
    await recordPublicState(req, 'pilots', Number(doc.id), now)
    await refreshDependentsOfPilot(req, Number(doc.id), now)
  } else {
    await recordPublicState(req, collection.slug, Number(doc.id), now)
  }
  return doc
}

/** afterDelete: a deleted record that was public stays in the log as withdrawn. */
export const logDeletion: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  if (!isContentCollection(collection.slug)) return
  const now = new Date()
  await recordPublicState(req, collection.slug, Number(id), now)
  if (collection.slug === 'pilots') await refreshDependentsOfPilot(req, Number(id), now)
}

/**
 * Records of `collection`s that first became public in the window (after `since`, up to `until`)
 * and are still public: the keys are `<type>-<recordId>`, as in search documents.
 */
export async function newlyPublished(payload: Payload, since: Date, until: Date, limit = 5000): Promise<Set<string>> {
  const where: Where = {
    and: [
      { withdrawn: { not_equals: true } },
      { firstPublishedAt: { greater_than: since.toISOString() } },
      { firstPublishedAt: { less_than_equal: until.toISOString() } },
    ],
  }
  const { docs } = await payload.find({
    collection: PUBLICATIONS as 'publications',
    where,
    overrideAccess: true,
    depth: 0,
    limit,
    pagination: false,
    select: { recordCollection: true, recordId: true },
  })
  return new Set(
    (docs as unknown as Pick<PublicationRow, 'recordCollection' | 'recordId'>[]).map(
      (row) => `${contentTypeOf(row.recordCollection)}-${row.recordId}`,
    ),
  )
}
