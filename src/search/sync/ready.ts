import type { Payload } from 'payload'

import { getSearchIndex, setSearchIndex } from '../index'
import type { SearchIndex } from '../port'
import { allPublishedSearchDocuments } from './source'

/**
 * The embedded engine lives in this process's memory: it is built from the database the first
 * time this process needs it, then follows the sync jobs. Meilisearch keeps its own state.
 */
const READY = Symbol.for('inclusion-practice-hub.searchReady')
type Store = typeof globalThis & { [READY]?: { index: SearchIndex; ready: Promise<void> } }

export async function readySearchIndex(payload: Payload): Promise<SearchIndex> {
  const index = getSearchIndex()
  if (index.engine !== 'embedded') return index
  const store = globalThis as Store
  if (store[READY]?.index !== index) {
    const ready = rebuildSearchIndex(payload, index).then(() => undefined)
    store[READY] = { index, ready }
    ready.catch(() => {
      if (store[READY]?.ready === ready) delete store[READY] // try again on the next call
    })
  }
  await store[READY]!.ready
  return index
}

/** Builds a new index from every published record and swaps it in. */
export async function rebuildSearchIndex(
  payload: Payload,
  index: SearchIndex,
  onProgress?: (done: number) => void,
): Promise<{ indexed: number }> {
  await index.applySettings()
  return index.rebuild(allPublishedSearchDocuments(payload), onProgress)
}

/**
 * Installs an index filled from elsewhere (synthetic benchmark data) as this process's ready
 * index, so that the first search does not rebuild it from the database.
 */
export function adoptSearchIndex(index: SearchIndex): void {
  setSearchIndex(index)
  ;(globalThis as Store)[READY] = { index, ready: Promise.resolve() }
}
