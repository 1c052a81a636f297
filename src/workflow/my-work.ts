import type { Payload } from 'payload'

import { isContributor, pilotIdsOf, type HubUser } from '../access'
import { adminLanguageOf } from '../i18n/admin'
import { entryOf, pilotFieldOf, type ContentCollection } from '../model/content-types'
import { reviewStates, type ReviewState } from './states'

/**
 * A contributor's work: the records of their pilots, as they may read them (their own access,
 * drafts included), grouped by review state, with the editor's note where changes are
 * requested and whether a published version is online meanwhile.
 */

export const CONTRIBUTOR_COLLECTIONS = ['lessons', 'practices', 'documents'] as const satisfies readonly ContentCollection[]

export type WorkItem = {
  collection: (typeof CONTRIBUTOR_COLLECTIONS)[number]
  id: number | string
  title: string
  state: ReviewState
  note: string | null
  pilots: string[]
  updatedAt: string
  /** A published version is on the site (the item is a revision of it, or it is the published record). */
  live: boolean
}

type Row = Record<string, unknown> & { id: number | string; updatedAt: string }

export async function myWork(
  payload: Payload,
  user: HubUser,
  languageArg: unknown,
): Promise<{ pilots: { id: number | string; name: string }[]; items: Record<ReviewState, WorkItem[]> }> {
  const language = adminLanguageOf(languageArg)
  const items = Object.fromEntries(reviewStates.map((state) => [state, [] as WorkItem[]])) as Record<ReviewState, WorkItem[]>
  const own = isContributor(user) ? pilotIdsOf(user) : []
  if (!own.length) return { pilots: [], items }
  const { docs: pilotDocs } = await payload.find({
    collection: 'pilots',
    where: { id: { in: own } },
    draft: true,
    locale: language,
    depth: 0,
    limit: own.length,
    overrideAccess: false,
    user,
    select: { name: true },
  })
  const pilots = pilotDocs.map((pilot) => ({ id: pilot.id, name: String(pilot.name ?? pilot.id) }))
  const pilotName = new Map(pilots.map((pilot) => [String(pilot.id), pilot.name]))
  const rows: { collection: WorkItem['collection']; doc: Row; related: unknown[]; live: boolean }[] = []
  for (const collection of CONTRIBUTOR_COLLECTIONS) {
    const field = pilotFieldOf(collection)
    const titleField = entryOf(collection).titleField
    const where = { [field]: { in: own } }
    const [{ docs }, { docs: live }] = await Promise.all([
      payload.find({
        collection,
        where,
        draft: true,
        locale: language,
        depth: 0,
        limit: 200,
        sort: '-updatedAt',
        overrideAccess: false,
        user,
      }),
      payload.find({
        collection,
        where: { and: [where, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: false,
        user,
        select: {},
      }),
    ])
    const liveIds = new Set(live.map((doc) => String(doc.id)))
    for (const doc of docs as unknown as Row[]) {
      const related = (Array.isArray(doc[field]) ? (doc[field] as unknown[]) : [doc[field]]).filter((id) => id !== null && id !== undefined)
      rows.push({ collection, doc: { ...doc, title: String(doc[titleField] ?? doc.id) }, related, live: liveIds.has(String(doc.id)) })
    }
  }
  // The other pilots a shared practice names, as far as the contributor may read them.
  const others = [...new Set(rows.flatMap((row) => row.related.map(String)))].filter((id) => !pilotName.has(id))
  if (others.length) {
    const { docs } = await payload.find({
      collection: 'pilots',
      where: { id: { in: others } },
      locale: language,
      depth: 0,
      limit: others.length,
      overrideAccess: false,
      user,
      select: { name: true },
    })
    for (const pilot of docs) pilotName.set(String(pilot.id), String(pilot.name ?? pilot.id))
  }
  for (const { collection, doc, related, live } of rows) {
    const state = (reviewStates as readonly string[]).includes(String(doc.reviewState)) ? (doc.reviewState as ReviewState) : 'draft'
    items[state].push({
      collection,
      id: doc.id,
      title: String(doc.title),
      state,
      note: state === 'changes_requested' && typeof doc.reviewNote === 'string' ? doc.reviewNote : null,
      pilots: related.map((id) => pilotName.get(String(id))).filter((name): name is string => Boolean(name)),
      updatedAt: doc.updatedAt,
      live,
    })
  }
  return { pilots, items }
}
