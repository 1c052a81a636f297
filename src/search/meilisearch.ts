import {
  Meilisearch,
  MeilisearchApiError,
  type Config,
  type EnqueuedTaskPromise,
  type Filter,
  type Index,
  type SearchParams,
  type Settings,
  type Task,
} from 'meilisearch'
import { prepareSearchDocument, SEARCH_LOCALES, type SearchDocument, type SearchLocale } from './document'
import { HIGHLIGHT_END, HIGHLIGHT_START, renderHighlight } from './highlight'
import {
  assertValidSearchRequest,
  FACET_NAMES,
  type FacetName,
  type SearchDocumentSource,
  type SearchHealth,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from './port'
import { FACET_ATTRIBUTES, SEARCH_SETTINGS, SORT_RULES, synonymMap, TITLE_SORT_ATTRIBUTE, titleSortKey } from './settings'

/**
 * The Meilisearch adapter (production engine). One index per locale, `${prefix}_${locale}`.
 * Writes use the admin key, searches and the health check the search-only key. A process given
 * only the search key (the portal, when the worker indexes) is read-only: a write throws an error
 * naming MEILI_ADMIN_KEY before any request. Every task is awaited and a task that did not
 * succeed is an error (Meilisearch resolves the wait for failed tasks too).
 */

export interface MeilisearchSearchIndexOptions {
  host: string
  /** A key allowed to search only: used by `search`. */
  searchKey?: string
  /** A key allowed to manage indexes, settings and documents: used for every write. Without it, read-only. */
  adminKey?: string
  /** Index uid prefix (letters, digits, '-' and '_'); default 'hub'. */
  indexPrefix?: string
  /** Documents per addDocuments call during upsert and rebuild (default 1000). */
  batchSize?: number
  /** Milliseconds to wait for one task (default 120 s). */
  taskTimeoutMs?: number
  /** Replaces `fetch` (returns the parsed response body); for tests without a server. */
  httpClient?: Config['httpClient']
  /** Task polling interval in ms (default 50). */
  pollIntervalMs?: number
}

type StoredDocument = SearchDocument & { [TITLE_SORT_ATTRIBUTE]: string }
type FormattedFields = { title?: unknown; summary?: unknown; body?: unknown }

const LOCALE_CODES: Record<SearchLocale, string> = { en: 'eng', fr: 'fra' }

export class MeilisearchTaskError extends Error {
  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(
      `Meilisearch task ${task.uid} (${what}, ${task.type} on ${task.indexUid ?? 'no index'}) ended ${task.status}` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
    )
    this.name = 'MeilisearchTaskError'
  }
}

/** Quotes a value for a Meilisearch filter expression: the value can never become syntax. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * The structured filters as a Meilisearch array filter: the outer array is AND-ed, each
 * inner array OR-ed. Attribute names come from settings (never from the request); every
 * value is quoted and escaped.
 */
export function toMeilisearchFilter(filters: SearchRequest['filters']): Filter | undefined {
  const clauses: string[][] = []
  for (const facet of FACET_NAMES) {
    const values = filters[facet]
    if (!values || values.length === 0) continue
    const attribute = FACET_ATTRIBUTES[facet]
    clauses.push([...new Set(values)].map((value) => `${attribute} = ${quoteFilterValue(value)}`))
  }
  return clauses.length > 0 ? clauses : undefined
}

export function meilisearchSettings(locale: SearchLocale): Settings {
  return {
    searchableAttributes: [...SEARCH_SETTINGS.searchableAttributes],
    filterableAttributes: [...SEARCH_SETTINGS.filterableAttributes],
    sortableAttributes: [...SEARCH_SETTINGS.sortableAttributes],
    displayedAttributes: ['*'],
    rankingRules: [...SEARCH_SETTINGS.rankingRules],
    synonyms: synonymMap(locale),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: {
        oneTypo: SEARCH_SETTINGS.typoTolerance.minWordSizeForOneTypo,
        twoTypos: SEARCH_SETTINGS.typoTolerance.minWordSizeForTwoTypos,
      },
    },
    faceting: { maxValuesPerFacet: SEARCH_SETTINGS.faceting.maxValuesPerFacet },
    pagination: { maxTotalHits: SEARCH_SETTINGS.pagination.maxTotalHits },
    searchCutoffMs: SEARCH_SETTINGS.searchCutoffMs,
    localizedAttributes: [{ attributePatterns: ['*'], locales: [LOCALE_CODES[locale]] }],
  }
}

const ATTRIBUTE_TO_FACET = new Map<string, FacetName>(FACET_NAMES.map((facet) => [FACET_ATTRIBUTES[facet], facet]))

export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const
  private readonly adminClient: Meilisearch | null
  private readonly searcher: Meilisearch
  private readonly prefix: string
  private readonly batchSize: number
  private readonly timeout: number
  private readonly interval: number
  /** Settings are applied once per process before the first write (settings first, documents after). */
  private ready: Promise<void> | undefined
  /** Writes made while a rebuild runs in this process, replayed onto the new index after the swap. */
  private journal: ({ kind: 'upsert'; docs: SearchDocument[] } | { kind: 'remove'; ids: string[] })[] | null = null

  constructor(options: MeilisearchSearchIndexOptions) {
    this.prefix = options.indexPrefix ?? 'hub'
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(this.prefix)) {
      throw new Error(`Invalid Meilisearch index prefix "${this.prefix}": letters, digits, - and _ only`)
    }
    this.batchSize = options.batchSize ?? 1000
    this.timeout = options.taskTimeoutMs ?? 120_000
    this.interval = options.pollIntervalMs ?? 50
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

  private nextUid(locale: SearchLocale): string {
    return `${this.indexUid(locale)}_next`
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

  private async applySettingsTo(uid: string, locale: SearchLocale): Promise<void> {
    await this.ensureIndex(uid)
    await this.done(this.admin.index(uid).updateSettings(meilisearchSettings(locale)), `settings of ${uid}`)
  }

  async applySettings(): Promise<void> {
    const run = (async () => {
      for (const locale of SEARCH_LOCALES) await this.applySettingsTo(this.indexUid(locale), locale)
    })()
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

  private toStored(doc: SearchDocument): StoredDocument {
    return { ...doc, [TITLE_SORT_ATTRIBUTE]: titleSortKey(doc.title) }
  }

  private async addInBatches(index: Index<StoredDocument>, docs: StoredDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += this.batchSize) {
      const batch = docs.slice(i, i + this.batchSize)
      await this.done(index.addDocuments(batch, { primaryKey: 'id' }), `add ${batch.length} documents to ${index.uid}`)
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const prepared = docs.map(prepareSearchDocument)
    await this.ensureReady()
    this.journal?.push({ kind: 'upsert', docs: prepared })
    await this.write(prepared)
  }

  private async write(prepared: SearchDocument[]): Promise<void> {
    for (const locale of SEARCH_LOCALES) {
      const mine = prepared.filter((doc) => doc.locale === locale)
      if (mine.length === 0) continue
      // Ids end with their locale (validated), so a document can only ever live in this index.
      await this.addInBatches(
        this.admin.index<StoredDocument>(this.indexUid(locale)),
        mine.map((d) => this.toStored(d)),
      )
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
    const sortRule = SORT_RULES[request.sort]
    const facets = [...new Set(request.facets)]
    const params = {
      filter: toMeilisearchFilter(request.filters),
      facets: facets.map((facet) => FACET_ATTRIBUTES[facet]),
      sort: sortRule ? [sortRule] : undefined,
      page: request.page,
      hitsPerPage: request.hitsPerPage,
      attributesToHighlight: ['title', 'summary', 'body'],
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      attributesToCrop: ['body'],
      cropLength: SEARCH_SETTINGS.cropLength,
      cropMarker: SEARCH_SETTINGS.cropMarker,
      locales: [LOCALE_CODES[request.locale]],
    } satisfies SearchParams
    const response = await this.searcher
      .index<StoredDocument>(this.indexUid(request.locale))
      .search<StoredDocument, typeof params>(request.q ?? '', params)

    const facetDistribution: SearchResult['facetDistribution'] = {}
    for (const facet of facets) facetDistribution[facet] = {}
    for (const [attribute, distribution] of Object.entries(response.facetDistribution ?? {})) {
      const facet = ATTRIBUTE_TO_FACET.get(attribute)
      if (facet) facetDistribution[facet] = { ...distribution }
    }

    const hits: SearchHit[] = response.hits.map((hit) => {
      const { _formatted, _matchesPosition, _rankingScore, _rankingScoreDetails, _federation, titleSort, ...doc } = hit
      void _matchesPosition
      void _rankingScore
      void _rankingScoreDetails
      void _federation
      void titleSort
      const formatted = (_formatted ?? {}) as FormattedFields
      const text = (value: unknown, fallback: string) => renderHighlight(typeof value === 'string' ? value : fallback)
      return {
        ...(doc as SearchDocument),
        highlight: {
          title: text(formatted.title, doc.title),
          summary: text(formatted.summary, doc.summary),
          body: text(formatted.body, ''),
        },
      }
    })

    return {
      hits,
      facetDistribution,
      totalHits: response.totalHits,
      page: response.page,
      totalPages: response.totalPages,
      hitsPerPage: response.hitsPerPage,
      processingTimeMs: response.processingTimeMs,
    }
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

  private async rebuildAndSwap(source: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }> {
    const next = { en: this.nextUid('en'), fr: this.nextUid('fr') }
    const dropNext = async () => {
      for (const locale of SEARCH_LOCALES) await this.deleteIndex(next[locale])
    }
    await dropNext() // leftovers of an interrupted rebuild
    let indexed = 0
    try {
      for (const locale of SEARCH_LOCALES) await this.applySettingsTo(next[locale], locale)
      const pending: Record<SearchLocale, StoredDocument[]> = { en: [], fr: [] }
      const flush = async (locale: SearchLocale, all = false) => {
        while (pending[locale].length >= this.batchSize || (all && pending[locale].length > 0)) {
          const batch = pending[locale].splice(0, this.batchSize)
          await this.addInBatches(this.admin.index<StoredDocument>(next[locale]), batch)
        }
      }
      for await (const batch of source as AsyncIterable<SearchDocument[]>) {
        for (const doc of batch.map(prepareSearchDocument)) pending[doc.locale].push(this.toStored(doc))
        indexed += batch.length
        for (const locale of SEARCH_LOCALES) await flush(locale)
        onProgress?.(indexed)
      }
      for (const locale of SEARCH_LOCALES) await flush(locale, true)
      // The live indexes must exist to be swapped; both locales swap in one task (atomic).
      for (const locale of SEARCH_LOCALES) await this.ensureIndex(this.indexUid(locale))
      await this.done(
        this.admin.swapIndexes(
          SEARCH_LOCALES.map((locale) => ({ indexes: [this.indexUid(locale), next[locale]] as [string, string], rename: false })),
        ),
        'swap indexes',
      )
    } catch (error) {
      await dropNext().catch(() => {})
      throw error
    }
    this.ready = Promise.resolve() // the live indexes now have the settings
    // Writes that arrived during the rebuild went to the old index: apply them to the new one.
    const journal = this.journal ?? []
    this.journal = null
    for (const entry of journal) {
      if (entry.kind === 'upsert') await this.write(entry.docs)
      else for (const locale of SEARCH_LOCALES) await this.deleteFrom(locale, entry.ids)
    }
    await dropNext() // now holds the old documents
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
    for (const locale of SEARCH_LOCALES) {
      await this.deleteIndex(this.indexUid(locale))
      await this.deleteIndex(this.nextUid(locale))
    }
  }
}

function isNotFound(error: unknown): boolean {
  // A custom httpClient's errors arrive wrapped in a MeilisearchRequestError: look one level down.
  const candidates = [error, (error as { cause?: unknown } | undefined)?.cause]
  return candidates.some((e) => e instanceof MeilisearchApiError && (e.cause?.code === 'index_not_found' || e.response.status === 404))
}

export function createMeilisearchSearchIndex(options: MeilisearchSearchIndexOptions): MeilisearchSearchIndex {
  return new MeilisearchSearchIndex(options)
}
