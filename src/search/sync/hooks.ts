import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import type { IndexedCollection } from './mapping'
import { dependentsOfPilot } from './source'
import { SEARCH_QUEUE } from './tasks'

/**
 * The hooks only enqueue a job, with `req`, so that the job row is written in the same
 * transaction as the record (an outbox): a save that rolls back leaves no job, and a save that
 * commits always leaves one. The job reads the record after commit.
 */

const queueSync = (req: Parameters<CollectionAfterChangeHook>[0]['req'], input: Record<string, unknown>) =>
  req.payload.jobs.queue({ task: 'searchSync' as never, queue: SEARCH_QUEUE, input: input as never, req })

export const enqueueSearchSync: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  await queueSync(req, { collection: collection.slug as IndexedCollection, id: String(doc.id) })
  return doc
}

/** A deleted pilot's dependents lose it from their relations: remember them before the delete. */
export const rememberSearchDependents: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (collection.slug !== 'pilots') return
  const dependents = await dependentsOfPilot(req.payload, id)
  req.context.searchDependents = dependents.map((dependent) => ({ collection: dependent.collection, id: String(dependent.id) }))
}

export const enqueueSearchRemoval: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  await queueSync(req, {
    collection: collection.slug as IndexedCollection,
    id: String(id),
    dependents: req.context.searchDependents ?? [],
  })
}
