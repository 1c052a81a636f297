import type { Payload, TaskConfig } from 'payload'

import { SEARCH_LOCALES } from '../document'
import { indexedCollections, type IndexedCollection } from './mapping'
import { readySearchIndex } from './ready'
import { allPublishedSearchDocuments, dependentsOfPilot, publishedSearchDocuments } from './source'
import { announcePublicContentChange } from '../../core/content-changes'
import { hubEnv } from '../../core/env'

/**
 * Jobs that keep the search index equal to what the public may read.
 * `searchSync` re-reads one record after its transaction committed and upserts or removes it in
 * every locale; `searchReconcile` compares the database and the index and repairs both ways.
 */

export const SEARCH_QUEUE = 'search'

const backoffMs = () => hubEnv().SEARCH_SYNC_BACKOFF_MS

export type SearchSyncInput = { collection: IndexedCollection; id: string; dependents?: { collection: IndexedCollection; id: string }[] }

export async function syncRecord(payload: Payload, input: SearchSyncInput): Promise<{ upserted: number; removed: number }> {
  const index = await readySearchIndex(payload)
  const targets = [{ collection: input.collection, id: input.id }, ...(input.dependents ?? [])]
  // A pilot's name and country are copied into its practices, lessons and documents.
  if (input.collection === 'pilots') {
    for (const dependent of await dependentsOfPilot(payload, input.id)) {
      if (!targets.some((target) => target.collection === dependent.collection && target.id === String(dependent.id))) {
        targets.push({ collection: dependent.collection, id: String(dependent.id) })
      }
    }
  }
  let upserted = 0
  let removed = 0
  for (const collection of indexedCollections) {
    const ids = targets.filter((target) => target.collection === collection).map((target) => target.id)
    if (ids.length === 0) continue
    const { upsert, remove } = await publishedSearchDocuments(payload, collection, ids)
    // A pilot's job writes up to two batches per content type: a transient failure of one is
    // tried again here, so the job's own retries are not spent on a single flaky call.
    if (upsert.length) await retried(() => index.upsert(upsert), 3)
    if (remove.length) await retried(() => index.remove(remove), 3)
    upserted += upsert.length
    removed += remove.length
  }
  // Search pages kept by URL show the index as it was: they go (src/core/content-changes.ts).
  if (upserted + removed > 0) announcePublicContentChange()
  return { upserted, removed }
}

/** A transient engine failure should not abort a whole reconcile: each call is tried a few times. */
async function retried<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.min(backoffMs() * 2 ** attempt, 30_000)))
    }
  }
}

export async function reconcileSearchIndex(payload: Payload): Promise<{ upserted: number; removed: number; missing: number }> {
  const index = await readySearchIndex(payload)
  const indexed = new Map<string, Set<string>>()
  for (const locale of SEARCH_LOCALES) indexed.set(locale, new Set(await retried(() => index.listIds(locale))))
  let upserted = 0
  let missing = 0
  const published = new Set<string>()
  for await (const batch of allPublishedSearchDocuments(payload)) {
    for (const doc of batch) {
      published.add(doc.id)
      if (!indexed.get(doc.locale)!.has(doc.id)) missing++
    }
    // Upsert every published document: also repairs stale copies, not only missing ones.
    await retried(() => index.upsert(batch))
    upserted += batch.length
  }
  const orphans = [...indexed.values()].flatMap((ids) => [...ids]).filter((id) => !published.has(id))
  if (orphans.length) await retried(() => index.remove(orphans))
  return { upserted, removed: orphans.length, missing }
}

const collectionNames = indexedCollections.map((value) => ({ label: value, value }))

/** The search jobs, for the Payload config (a function: the retry delay is read from the environment when the config is built). */
export const searchTasks = (): TaskConfig[] => [
  {
    slug: 'searchSync',
    label: 'Search: sync a record',
    inputSchema: [
      { name: 'collection', type: 'select', options: collectionNames, required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'dependents', type: 'json' },
    ],
    outputSchema: [
      { name: 'upserted', type: 'number' },
      { name: 'removed', type: 'number' },
    ],
    retries: { attempts: 8, backoff: { type: 'exponential', delay: backoffMs() } },
    handler: async ({ input, job, req }) => {
      const { collection, id } = input as unknown as SearchSyncInput
      const output = await syncRecord(req.payload, input as unknown as SearchSyncInput)
      req.payload.logger.info({ msg: `Search: synced ${collection} ${id}`, job: 'searchSync', jobId: job.id, collection, id, ...output })
      return { output }
    },
  } as TaskConfig,
  {
    slug: 'searchReconcile',
    label: 'Search: reconcile the index with the database',
    outputSchema: [
      { name: 'upserted', type: 'number' },
      { name: 'removed', type: 'number' },
      { name: 'missing', type: 'number' },
    ],
    retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
    // Every night, whatever happened to the sync jobs in between.
    schedule: [{ cron: '0 3 * * *', queue: SEARCH_QUEUE }],
    handler: async ({ job, req }) => {
      const started = Date.now()
      const output = await reconcileSearchIndex(req.payload)
      const drift = output.missing > 0 || output.removed > 0
      req.payload.logger[drift ? 'warn' : 'info']({
        msg: drift
          ? `Search reconcile repaired drift: ${output.missing} missing document(s) added, ${output.removed} stray one(s) removed`
          : `Search reconcile: the index matches the database (${output.upserted} documents)`,
        job: 'searchReconcile',
        jobId: job.id,
        ms: Date.now() - started,
        ...output,
      })
      return { output }
    },
  } as TaskConfig,
]
