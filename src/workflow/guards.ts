import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import { belongsToOwnPilots, pilotIdsIn, userOf } from '../access'
import { isContentCollection, pilotFieldOf } from '../model/content-types'
import { lockRecord } from './lock'
import { isWorkflowCollection, WORKFLOW_CONTEXT, type ReviewState } from './states'
import { authorizeVersionRestore } from './transition'

/**
 * Editorial guards on ordinary saves (REST, GraphQL, the admin, the Local API with
 * `overrideAccess: false`). Publishing, requesting changes and archiving go through the
 * transition function only; an ordinary save can neither publish nor change the review state,
 * and a published record changes only through a draft revision that an editor approves.
 */

const refusedWith = (status: 400 | 403) => (message: string) => {
  const error = new APIError(message, status, undefined, true)
  // Set by hand: the production build's minified classes have no name (src/security/errors.ts).
  error.name = status === 403 ? 'Forbidden' : 'ValidationError'
  return error
}
const forbidden = refusedWith(403)
const badRequest = refusedWith(400)

/** `req.context` key: the version restore under way saves a draft (`?draft=true`), not the main row. */
const RESTORE_AS_DRAFT = 'restoreVersionAsDraft'

const inTransition = (req: PayloadRequest) => Boolean(req.context?.[WORKFLOW_CONTEXT])

type Data = Record<string, unknown>

async function latestVersion(req: PayloadRequest, collection: string, id: number | string): Promise<Data | null> {
  try {
    return (await req.payload.findByID({
      collection: collection as 'lessons',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Data
  } catch {
    return null
  }
}

async function publishedMatches(req: PayloadRequest, collection: string, where: Where): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'lessons',
    where: { and: [where, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** The ids a bulk update (`PATCH /api/<collection>?where=...`) would change, with what the guard compares. */
async function bulkTargets(req: PayloadRequest, collection: string, where: Where): Promise<Data[]> {
  const { docs } = await req.payload.find({
    collection: collection as 'lessons',
    where,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Data[]
}

const STATUSES = ['draft', 'published']

export const guardEditorialWrite: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const slug = collection.slug
  if (operation === 'restoreVersion') {
    req.context[RESTORE_AS_DRAFT] = Boolean((args as { draft?: boolean }).draft)
    if (args.overrideAccess === true || inTransition(req) || !isWorkflowCollection(slug)) return args
    await authorizeVersionRestore(req, slug, (args as { id: number | string }).id, Boolean((args as { draft?: boolean }).draft))
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const id = (args as { id?: number | string }).id
  // Saves of one record run one after the other, and after any transition under way (src/workflow/lock.ts).
  if (operation === 'update' && id !== undefined) await lockRecord(req, slug, id)
  const status = (args.data as Data | undefined)?._status
  if (status !== undefined && status !== null && !(typeof status === 'string' && STATUSES.includes(status))) {
    throw badRequest(`_status: must be "draft" or "published" (got ${JSON.stringify(status)})`)
  }
  // A copy never starts published, whoever makes it.
  if (operation === 'create' && args.duplicateFromID !== undefined && args.duplicateFromID !== null) args.draft = true
  if (args.overrideAccess === true || inTransition(req)) return args
  const user = userOf(req)
  if (!user) return args // access control answers (403) for anonymous writes
  const data = (args.data ?? {}) as Data

  if (data._status === 'published') {
    throw forbidden(
      `_status: a record is published through the review workflow (POST /api/${slug}/:id/workflow/publish by an editor), not by saving it with _status "published"`,
    )
  }
  // A save by id compares with the record; a bulk update with every record its `where` matches.
  const originals: (Data | null)[] =
    operation !== 'update'
      ? [null]
      : id !== undefined
        ? [await latestVersion(req, slug, id)]
        : await bulkTargets(req, slug, (args.where ?? {}) as Where)

  if (data.reviewState !== undefined && originals.some((original) => data.reviewState !== (original?.reviewState ?? 'draft'))) {
    throw forbidden(`reviewState: the review state changes only through the workflow actions (POST /api/${slug}/:id/workflow/<action>)`)
  }
  if (user.role === 'contributor') {
    if (data.isSample !== undefined && originals.some((original) => Boolean(data.isSample) !== Boolean(original?.isSample))) {
      throw forbidden('isSample: only editors mark a record as sample content')
    }
    // "Last reviewed" is an editor's statement about the record: publishing sets it.
    if (data.lastReviewed !== undefined && originals.some((original) => !sameMoment(data.lastReviewed, original?.lastReviewed))) {
      throw forbidden('lastReviewed: only editors set the date of the last review (publishing sets it)')
    }
    const pilotField = isContentCollection(slug) ? pilotFieldOf(slug) : 'pilot'
    if (slug !== 'pilots' && pilotField in data && !belongsToOwnPilots(user, pilotIdsIn(data[pilotField]))) {
      throw pilotRefusal(req, pilotField, pilotIdsIn(data[pilotField]))
    }
  }
  if (operation === 'update' && !args.draft) {
    const live =
      id !== undefined
        ? await publishedMatches(req, slug, { id: { equals: id } })
        : await publishedMatches(req, slug, (args.where ?? {}) as Where)
    if (live > 0) {
      throw forbidden(
        `_status: this record is published; save your changes as a draft (draft=true) and submit them for review, or archive it through the workflow`,
      )
    }
  }
  return args
}

/**
 * A contributor's record belongs to one of their pilots, as saved: the pilot named by the data,
 * or the one it keeps (an update that leaves it out, a duplicate's original). The admin's create
 * view opens without a pilot (src/access), so this is where a record without one is refused.
 */
function requireOwnPilot(req: PayloadRequest, slug: string, data: Data, previous: Data) {
  if (!isContentCollection(slug) || slug === 'pilots') return
  const user = userOf(req)!
  const pilotField = pilotFieldOf(slug)
  const named = pilotIdsIn(data[pilotField] !== undefined ? data[pilotField] : previous[pilotField])
  if (!belongsToOwnPilots(user, named)) throw pilotRefusal(req, pilotField, named)
}

/** Why a contributor's record cannot be saved for these pilots, in the admin's language. */
function pilotRefusal(req: PayloadRequest, pilotField: string, named: unknown[]) {
  const fr = req.i18n?.language === 'fr'
  return forbidden(
    named.length === 0
      ? fr
        ? `${pilotField} : choisissez le pilote de cette fiche parmi les vôtres`
        : `${pilotField}: choose the pilot this record belongs to (one of your own pilots)`
      : fr
        ? `${pilotField} : un contributeur n’écrit que pour les pilotes auxquels il appartient`
        : `${pilotField}: a contributor writes only for the pilots they belong to`,
  )
}

/**
 * Keeps the moderation fields to the workflow on ordinary saves, records who last edited a record
 * (for the four-eyes rule), and turns an edit of a published record into a new draft revision.
 */
export const recordEditorialChange: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  if (inTransition(req)) return data
  const user = userOf(req)
  const previous = (originalDoc ?? {}) as Data
  if (req.context?.isRestoringVersion) {
    // A restored version is public when it was published and not restored as a draft; its review
    // state says the same (the restore's history event is written by authorizeVersionRestore).
    if (user) data.lastEditedBy = user.id
    data.reviewState = !req.context[RESTORE_AS_DRAFT] && data._status === 'published' ? 'published' : 'draft'
    return data
  }
  if (user?.role === 'contributor') requireOwnPilot(req, collection.slug, data, previous)
  if (user) {
    data.lastEditedBy = user.id
    data.submittedBy = operation === 'create' ? null : (previous.submittedBy ?? null)
    data.submittedAt = operation === 'create' ? null : (previous.submittedAt ?? null)
    data.reviewNote = operation === 'create' ? null : (previous.reviewNote ?? null)
    const state = (operation === 'create' ? 'draft' : ((previous.reviewState as ReviewState | undefined) ?? 'draft')) as ReviewState
    // Editing a published record starts a revision: the published version stays public meanwhile.
    data.reviewState = state === 'published' ? 'draft' : state
    return data
  }
  // System writes (seed, import, tests with the default overrideAccess): keep the two states coherent.
  if (data._status === 'published') data.reviewState = 'published'
  else if (data._status === 'draft' && (data.reviewState ?? previous.reviewState) === 'published') data.reviewState = 'draft'
  return data
}

/** Two date values (ISO strings, Dates, or empty) for the same moment. */
function sameMoment(a: unknown, b: unknown): boolean {
  const time = (value: unknown) => (value === null || value === undefined || value === '' ? null : new Date(value as string).getTime())
  return time(a) === time(b)
}
