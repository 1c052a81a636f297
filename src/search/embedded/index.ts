import { prepareSearchDocument, SEARCH_LOCALES, type SearchDocument, type SearchLocale } from '../document'
import {
  assertValidSearchRequest,
  type SearchDocumentSource,
  type SearchHealth,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from '../port'
import { NO_TRANSLATION, QueryTranslator, type GlossaryTerms } from '../translation'
import { LocaleIndex } from './locale-index'
import { LocaleSearch } from './search'

/**
 * The embedded engine: one index per locale, in this process's memory, built on compact
 * structures of its own (docs/search.md, "The embedded engine"):
 *   locale-index.ts  documents, word dictionary, postings, facet bitsets, stored orders;
 *   dictionary.ts    the words as written, with typo and prefix lookup;
 *   postings.ts      the documents of each stem, as typed arrays;
 *   facets.ts        filters and counts on bitsets;
 *   orders.ts        the newest and title orders, kept sorted;
 *   query.ts         query words -> terms with alternatives (typos, prefixes, compounds, synonyms,
 *                    translations through the glossary);
 *   match.ts, rank.ts, search.ts   matching, ranking, the search method; suggest.ts "did you mean".
 * This file is the SearchIndex port: writes, the rebuild into new indexes with its journal of
 * the writes made meanwhile, and the swap.
 */

export interface EmbeddedSearchOptions {
  /** The bilingual glossary used to translate queries (none: no translation). */
  glossary?: readonly GlossaryTerms[]
}

interface Engines {
  indexes: Record<SearchLocale, LocaleIndex>
  searches: Record<SearchLocale, LocaleSearch>
}

type JournalEntry = { kind: 'upsert'; docs: SearchDocument[] } | { kind: 'remove'; ids: string[] }

/** How often a rebuild yields to the event loop (documents), so searches keep being served. */
const REBUILD_YIELD_EVERY = 1000

export class EmbeddedSearchIndex implements SearchIndex {
  readonly engine = 'embedded' as const
  private readonly translator: QueryTranslator
  /** Replaced as a whole by a rebuild: a search sees either the old or the new indexes. */
  private live: Engines
  /** Writes made while a rebuild runs, replayed onto the new indexes before the swap. */
  private journal: JournalEntry[] | null = null

  constructor(options: EmbeddedSearchOptions = {}) {
    this.translator = options.glossary ? new QueryTranslator(options.glossary) : NO_TRANSLATION
    this.live = this.emptyEngines()
  }

  private emptyEngines(): Engines {
    const indexes = { en: new LocaleIndex('en'), fr: new LocaleIndex('fr') }
    return {
      indexes,
      searches: { en: new LocaleSearch(indexes.en, this.translator), fr: new LocaleSearch(indexes.fr, this.translator) },
    }
  }

  async applySettings(): Promise<void> {
    // The settings are code (settings.ts) and read directly; nothing to push.
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const prepared = docs.map(prepareSearchDocument)
    applyUpsert(this.live, prepared)
    this.journal?.push({ kind: 'upsert', docs: prepared })
  }

  async remove(ids: string[]): Promise<void> {
    applyRemove(this.live, ids)
    this.journal?.push({ kind: 'remove', ids: [...ids] })
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    assertValidSearchRequest(request)
    return this.live.searches[request.locale].search(request, request.suggest !== false)
  }

  async rebuild(source: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }> {
    if (this.journal) throw new Error('A search index rebuild is already running')
    this.journal = []
    try {
      const fresh = this.emptyEngines()
      let done = 0
      let sinceYield = 0
      for await (const batch of source as AsyncIterable<SearchDocument[]>) {
        const prepared = batch.map(prepareSearchDocument)
        applyUpsert(fresh, prepared)
        done += prepared.length
        sinceYield += prepared.length
        onProgress?.(done)
        if (sinceYield >= REBUILD_YIELD_EVERY) {
          sinceYield = 0
          await new Promise<void>((resolve) => setImmediate(resolve))
        }
      }
      for (const entry of this.journal) {
        if (entry.kind === 'upsert') applyUpsert(fresh, entry.docs)
        else applyRemove(fresh, entry.ids)
      }
      for (const locale of SEARCH_LOCALES) fresh.indexes[locale].prepare()
      this.live = fresh
      return { indexed: done }
    } finally {
      this.journal = null
    }
  }

  async listIds(locale: SearchLocale): Promise<string[]> {
    return [...this.live.indexes[locale].entries.keys()].sort()
  }

  async health(): Promise<SearchHealth> {
    const { en, fr } = this.live.indexes
    return { ok: true, engine: 'embedded', detail: `in-process; documents: en ${en.size}, fr ${fr.size}` }
  }
}

function applyUpsert(engines: Engines, docs: SearchDocument[]): void {
  for (const doc of docs) {
    // A record's id names its locale, but be safe: one id lives in one locale only.
    for (const locale of SEARCH_LOCALES) if (locale !== doc.locale) engines.indexes[locale].delete(doc.id)
    engines.indexes[doc.locale].put(doc)
  }
}

function applyRemove(engines: Engines, ids: string[]): void {
  for (const id of ids) for (const locale of SEARCH_LOCALES) engines.indexes[locale].delete(id)
}

export function createEmbeddedSearchIndex(options: EmbeddedSearchOptions = {}): EmbeddedSearchIndex {
  return new EmbeddedSearchIndex(options)
}
