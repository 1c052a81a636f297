import {
  docAccessOperation,
  type Access,
  type CollectionBeforeChangeHook,
  type Endpoint,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { PublicError } from '../security/errors'
import { isEditor, roleOf, userOf } from './roles'

/**
 * Access to Payload's own collections and endpoints, set deliberately rather than left to
 * Payload's default ("any signed-in user"):
 *
 * - `payload-locked-documents` (the admin's "someone is editing this" locks): anyone signed in
 *   reads them (the admin shows who edits what); a lock is taken, or taken over, only in one's own
 *   name and only on a record one may update; editors and admins remove any lock, others their own.
 * - the jobs endpoints (`/api/payload-jobs/run`, `/handle-schedules`): administrators only. Jobs
 *   run inside the portal or in the worker; nobody else needs to start them over HTTP.
 */

const LOCKS = 'payload-locked-documents'
const JOBS = 'payload-jobs'

type Relation = { relationTo?: unknown; value?: unknown } | null | undefined

const refuse = (message: string, status = 403) =>
  new PublicError(message, status, undefined, status === 403 ? 'Forbidden' : 'ValidationError')

/** Whether this user may update this record, by the collection's own rule as Payload evaluates it. */
async function mayUpdate(req: PayloadRequest, collection: string, id: unknown): Promise<boolean> {
  const config = req.payload.collections[collection as 'users']
  if (!config || (typeof id !== 'number' && typeof id !== 'string')) return false
  const { update } = await docAccessOperation({ collection: config, id, req })
  return update === true || (typeof update === 'object' && (update as { permission?: boolean }).permission === true)
}

const signedIn: Access = ({ req }) => Boolean(userOf(req))
const ownLocksOrEditor: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isEditor(user)) return true
  const own: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: 'users' } }] }
  return own
}

/** A lock names its taker and a record the taker may update (create and take-over alike). */
const checkLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // Payload's own lock bookkeeping (the admin's form state) writes through the database directly;
  // the Local API without a user is server code.
  if (req.payloadAPI === 'local' && !req.user) return data
  const user = userOf(req)
  if (!user) throw refuse('You must be signed in to lock a record')
  const previous = (originalDoc ?? {}) as { user?: Relation; document?: Relation; globalSlug?: unknown }
  const owner = (data.user ?? previous.user) as Relation
  if (!owner || owner.relationTo !== 'users' || String(owner.value) !== String(user.id)) {
    throw refuse('user: a record is locked in your own name only')
  }
  if (data.globalSlug ?? previous.globalSlug) throw refuse('globalSlug: this hub has no globals to lock')
  const document = (data.document ?? previous.document) as Relation
  if (!document || typeof document.relationTo !== 'string') throw refuse('document: name the record to lock', 400)
  if (!(await mayUpdate(req, document.relationTo, document.value))) {
    throw refuse(`document: you may lock only a record you may change (not ${document.relationTo} ${String(document.value)})`)
  }
  return data
}

const adminsOnly = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (roleOf(req) !== 'admin') {
      return Response.json(
        { errors: [{ message: `${JOBS}${endpoint.path}: only administrators run the jobs queue over HTTP` }] },
        { status: 403 },
      )
    }
    return endpoint.handler(req)
  },
})

/** Jobs access for `jobs.access` in the configuration: administrators only. */
export const jobsAccess = {
  run: ({ req }: { req: PayloadRequest }) => roleOf(req) === 'admin',
  queue: ({ req }: { req: PayloadRequest }) => roleOf(req) === 'admin',
  cancel: ({ req }: { req: PayloadRequest }) => roleOf(req) === 'admin',
}

/** The jobs collection's endpoints, for administrators only (`jobsCollectionOverrides`). */
export const adminsOnlyJobsEndpoints = (endpoints: Endpoint[] | false | undefined): Endpoint[] | false =>
  Array.isArray(endpoints) ? endpoints.map(adminsOnly) : (endpoints ?? false)

/**
 * Applied to the built configuration: Payload adds `payload-locked-documents` itself while it
 * builds, so its access can only be set afterwards. `beforeOperation` is added to every
 * collection, Payload's own included (bad input answers 400 everywhere).
 */
export function secureBuiltInCollections(
  config: SanitizedConfig,
  everyCollection: NonNullable<SanitizedConfig['collections'][number]['hooks']['beforeOperation']>[number],
): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [everyCollection, ...(collection.hooks.beforeOperation ?? [])]
    if (collection.slug === LOCKS) {
      collection.access = { ...collection.access, read: signedIn, create: signedIn, update: signedIn, delete: ownLocksOrEditor }
      collection.hooks.beforeChange = [checkLock, ...(collection.hooks.beforeChange ?? [])]
    }
  }
  return config
}
