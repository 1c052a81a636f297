import { Meilisearch, type Config, type EnqueuedTaskPromise, type Index, type RecordAny, type Settings, type Task } from 'meilisearch'
import { prepareSearchDocument, SEARCH_LOCALES, type SearchDocument, type SearchLocale } from '../document'
import {
  assertValidSearchRequest,
  type SearchDocumentSource,
  type SearchHealth,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from '../port'
import { OTHER_LANGUAGE_ATTRIBUTE, otherLanguageRank, TITLE_SORT_ATTRIBUTE, titleSortKey } from '../settings'
import { NO_TRANSLATION, QueryTranslator, type GlossaryTerms } from '../translation'
import { searchMeilisearch, type StoredDocument } from './search'
import { isNotFound, meilisearchSettings, MeilisearchTaskError, termsIndexSettings } from './settings'
import { termDocuments, type TermDocument } from './terms'

export {
  meilisearchSettings,
  MeilisearchTaskError,
  quoteFilterValue,
  termsIndexSettings,
  toMeilisearchFilter,
  SEPARATOR_TOKENS,
} from './settings'
export { TRANSLATION_WEIGHT } from './search'
export { termId } from './terms'

/**
 * The Meilisearch adapter (production engine). Per locale, the index `${prefix}_${locale}` and
 * its terms index `${prefix}_${locale}_terms` (the indexed words, for "did you mean"). Writes use
 * the admin key, searches and the health check the search-only key. A process given only the
 * search key (the portal, when the worker indexes) is read-only: a write throws an error naming
 * MEILI_ADMIN_KEY before any request. Every task is awaited and a task that did not succeed is
 * an error (Meilisearch resolves the wait for failed tasks too). Searching is in search.ts.
 */

export interface MeilisearchSearchIndexOptions {
  host: string
  /** A key allowed to search only: used by `search`. */
  searchKey?: string
  /** A key allowed to manage indexes, settings and documents: used for every write. Without it, read-only. */
  adminKey?: string
  /** Index uid prefix (letters, digits, '-' and '_'); default 'hub'. */
  indexPrefix?: string
  /** The bilingual glossary used to translate queries (none: no translation). */
  glossary?: readonly GlossaryTerms[]
  /** Documents per addDocuments call during upsert and rebuild (default 1000). */
  batchSize?: number
  /** Milliseconds to wait for one task (default 120 s). */
  taskTimeoutMs?: number
  /** Replaces `fetch` (returns the parsed response body); for tests without a server. */
  httpClient?: Config['httpClient']
  /** Task polling interval in ms (default 50). */
  pollIntervalMs?: number
}

type Journal = ({ kind: 'upsert'; docs: SearchDocument[] } | { kind: 'remove'; ids: string[] })[]

export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const
  private readonly adminClient: Meilisearch | null
  private readonly searcher: Meilisearch
  private readonly prefix: string
  private readonly batchSize: number
  private readonly timeout: number
  private readonly interval: number
  private readonly translator: QueryTranslator
  /** Settings are applied once per process before the first write (settings first, documents after). */
  private ready: Promise<void> | undefined
  /** Writes made while a rebuild runs in this process, replayed onto the new index after the swap. */
  private journal: Journal | null = null

  constructor(options: MeilisearchSearchIndexOptions) {
    this.prefix = options.indexPrefix ?? 'hub'
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(this.prefix)) {
      throw new Error(`Invalid Meilisearch index prefix "${this.prefix}": letters, digits, - and _ only`)
    }
    this.batchSize = options.batchSize ?? 1000
    this.timeout = options.taskTimeoutMs ?? 120_000
    this.interval = options.pollIntervalMs ?? 50
    this.translator = options.glossary ? new QueryTranslator(options.glossary) : NO_TRANSLATION
    const waitOptions = { timeout: this.timeout, interval: this.interval }
    const { httpClient } = options
    this.adminClient = options.adminKey
      ? new Meilisearch({ host: options.host, apiKey: options.adminKey, defaultWaitOptions: waitOptions, httpClient })
      : null
    this.searcher = new Meilisearch({ host: options.host, apiKey: options.searchKey ?? options.adminKey, httpClient })
  }

  /** False in a process that has only the search key. */
  get canWrite(): boolean {
    return this.adminClient !== null
  }

  /** The client for writes; throws, naming the missing key, in a read-only process. */
  private get admin(): Meilisearch {
    if (!this.adminClient) {
      throw new Error(
        'Meilisearch: this process has no MEILI_ADMIN_KEY, so it cannot write to the search indexes (the worker, which has that key, keeps them up to date)',
      )
    }
    return this.adminClient
  }

  indexUid(locale: SearchLocale): string {
    return `${this.prefix}_${locale}`
  }

  termsUid(locale: SearchLocale): string {
    return `${this.indexUid(locale)}_terms`
  }

  /** The four indexes of a generation: the live ones, or the `_next` ones a rebuild fills. */
  private uids(next: boolean): Record<SearchLocale, { main: string; terms: string }> {
    const suffix = next ? '_next' : ''
    const of = (locale: SearchLocale) => ({ main: this.indexUid(locale) + suffix, terms: this.termsUid(locale) + suffix })
    return { en: of('en'), fr: of('fr') }
  }

  /** Waits for a task and throws unless it succeeded. */
  private async done(task: EnqueuedTaskPromise, what: string): Promise<Task> {
    const finished = await task.waitTask({ timeout: this.timeout, interval: this.interval })
    if (finished.status !== 'succeeded') throw new MeilisearchTaskError(finished, what)
    return finished
  }

  private async ensureIndex(uid: string): Promise<void> {
    try {
      await this.admin.getRawIndex(uid)
    } catch (error) {
      if (!isNotFound(error)) throw error
      try {
        await this.done(this.admin.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`)
      } catch (createError) {
        // Created concurrently by another process: fine.
        if (!(createError instanceof MeilisearchTaskError && createError.task.error?.code === 'index_already_exists')) {
          throw createError
        }
      }
    }
  }

  private async applySettingsTo(uid: string, settings: Settings): Promise<void> {
    await this.ensureIndex(uid)
    await this.done(this.admin.index(uid).updateSettings(settings), `settings of ${uid}`)
  }

  private async applyAllSettings(next: boolean): Promise<void> {
    const uids = this.uids(next)
    for (const locale of SEARCH_LOCALES) {
      await this.applySettingsTo(uids[locale].main, meilisearchSettings(locale))
      await this.applySettingsTo(uids[locale].terms, termsIndexSettings(locale))
    }
  }

  async applySettings(): Promise<void> {
    const run = this.applyAllSettings(false)
    this.ready = run
    // A failed attempt is retried by the next write (the caller of this one gets the error).
    run.catch(() => {
      if (this.ready === run) this.ready = undefined
    })
    await run
  }

  private async ensureReady(): Promise<void> {
    await (this.ready ?? this.applySettings())
  }

  private async addInBatches<T extends object>(index: Index<T & RecordAny>, docs: T[]): Promise<void> {
    for (let i = 0; i < docs.length; i += this.batchSize) {
      const batch = docs.slice(i, i + this.batchSize)
      await this.done(index.addDocuments(batch, { primaryKey: 'id' }), `add ${batch.length} documents to ${index.uid}`)
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const prepared = docs.map(prepareSearchDocument)
    await this.ensureReady()
    this.journal?.push({ kind: 'upsert', docs: prepared })
    await this.write(prepared, this.uids(false))
  }

  private async write(prepared: SearchDocument[], uids: Record<SearchLocale, { main: string; terms: string }>): Promise<void> {
    for (const locale of SEARCH_LOCALES) {
      const mine = prepared.filter((doc) => doc.locale === locale)
      if (mine.length === 0) continue
      // Ids end with their locale (validated), so a document can only ever live in this index.
      await this.addInBatches(this.admin.index<StoredDocument>(uids[locale].main), mine.map(toStored))
      await this.addInBatches(this.admin.index<TermDocument>(uids[locale].terms), termDocuments(mine))
    }
  }

  private async deleteFrom(locale: SearchLocale, ids: string[]): Promise<void> {
    if (ids.length === 0) return
    const uid = this.indexUid(locale)
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const batch = ids.slice(i, i + this.batchSize)
      try {
        await this.done(this.admin.index(uid).deleteDocuments(batch), `delete ${batch.length} documents from ${uid}`)
      } catch (error) {
        if (error instanceof MeilisearchTaskError && error.task.error?.code === 'index_not_found') return
        throw error
      }
    }
  }

  async remove(ids: string[]): Promise<void> {
    this.journal?.push({ kind: 'remove', ids: [...ids] })
    for (const locale of SEARCH_LOCALES) await this.deleteFrom(locale, ids)
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    assertValidSearchRequest(request)
    return searchMeilisearch(
      { searcher: this.searcher, indexUid: (l) => this.indexUid(l), termsUid: (l) => this.termsUid(l), translator: this.translator },
      request,
    )
  }

  async rebuild(source: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }> {
    if (this.journal) throw new Error('A search index rebuild is already running')
    this.journal = []
    try {
      return await this.rebuildAndSwap(source, onProgress)
    } finally {
      this.journal = null
    }
  }

  private async dropGeneration(next: boolean): Promise<void> {
    const uids = this.uids(next)
    for (const locale of SEARCH_LOCALES) {
      await this.deleteIndex(uids[locale].main)
      await this.deleteIndex(uids[locale].terms)
    }
  }

  private async rebuildAndSwap(source: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }> {
    const live = this.uids(false)
    const next = this.uids(true)
    await this.dropGeneration(true) // leftovers of an interrupted rebuild
    let indexed = 0
    try {
      await this.applyAllSettings(true)
      const pending: Record<SearchLocale, SearchDocument[]> = { en: [], fr: [] }
      const flush = async (locale: SearchLocale, all = false) => {
        while (pending[locale].length >= this.batchSize || (all && pending[locale].length > 0)) {
          await this.write(pending[locale].splice(0, this.batchSize), next)
        }
      }
      for await (const batch of source as AsyncIterable<SearchDocument[]>) {
        for (const doc of batch.map(prepareSearchDocument)) pending[doc.locale].push(doc)
        indexed += batch.length
        for (const locale of SEARCH_LOCALES) await flush(locale)
        onProgress?.(indexed)
      }
      for (const locale of SEARCH_LOCALES) await flush(locale, true)
      // The live indexes must exist to be swapped; every index of both locales swaps in one task (atomic).
      for (const locale of SEARCH_LOCALES) {
        await this.ensureIndex(live[locale].main)
        await this.ensureIndex(live[locale].terms)
      }
      const pairs = SEARCH_LOCALES.flatMap((locale) => [
        { indexes: [live[locale].main, next[locale].main] as [string, string], rename: false },
        { indexes: [live[locale].terms, next[locale].terms] as [string, string], rename: false },
      ])
      await this.done(this.admin.swapIndexes(pairs), 'swap indexes')
    } catch (error) {
      await this.dropGeneration(true).catch(() => {})
      throw error
    }
    this.ready = Promise.resolve() // the live indexes now have the settings
    // Writes that arrived during the rebuild went to the old index: apply them to the new one.
    const journal = this.journal ?? []
    this.journal = null
    for (const entry of journal) {
      if (entry.kind === 'upsert') await this.write(entry.docs, live)
      else for (const locale of SEARCH_LOCALES) await this.deleteFrom(locale, entry.ids)
    }
    await this.dropGeneration(true) // now holds the old documents
    return { indexed }
  }

  async listIds(locale: SearchLocale): Promise<string[]> {
    const index = this.admin.index<StoredDocument>(this.indexUid(locale))
    const ids: string[] = []
    const limit = 1000
    for (let offset = 0; ; offset += limit) {
      let page
      try {
        page = await index.getDocuments({ fields: ['id'], limit, offset })
      } catch (error) {
        if (isNotFound(error)) return []
        throw error
      }
      for (const doc of page.results) ids.push(String(doc.id))
      if (page.results.length < limit) break
    }
    return ids.sort()
  }

  async health(): Promise<SearchHealth> {
    try {
      const health = await this.searcher.health()
      if (health.status !== 'available') return { ok: false, engine: 'meilisearch', detail: `status ${health.status}` }
      // With the search key: an empty search proves each index exists and that the key may search it.
      for (const locale of SEARCH_LOCALES) await this.searcher.index(this.indexUid(locale)).search('', { limit: 0 })
      return { ok: true, engine: 'meilisearch', detail: `indexes ${SEARCH_LOCALES.map((l) => this.indexUid(l)).join(', ')}` }
    } catch (error) {
      return { ok: false, engine: 'meilisearch', detail: error instanceof Error ? error.message : String(error) }
    }
  }

  /** Deletes an index and waits; an index that does not exist is fine. */
  private async deleteIndex(uid: string): Promise<void> {
    try {
      await this.done(this.admin.deleteIndex(uid), `delete index ${uid}`)
    } catch (error) {
      if (error instanceof MeilisearchTaskError && error.task.error?.code === 'index_not_found') return
      if (isNotFound(error)) return
      throw error
    }
  }

  /** Deletes this adapter's indexes (tests and teardown only). */
  async dropIndexes(): Promise<void> {
    await this.dropGeneration(false)
    await this.dropGeneration(true)
  }
}

function toStored(doc: SearchDocument): StoredDocument {
  return { ...doc, [TITLE_SORT_ATTRIBUTE]: titleSortKey(doc.title), [OTHER_LANGUAGE_ATTRIBUTE]: otherLanguageRank(doc) }
}

export function createMeilisearchSearchIndex(options: MeilisearchSearchIndexOptions): MeilisearchSearchIndex {
  return new MeilisearchSearchIndex(options)
}
