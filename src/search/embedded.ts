import { components, create, insert, remove as oramaRemove } from '@orama/orama'
import type { radix } from '@orama/orama/trees'
import { Analyzer, foldedWords } from './analysis'
import { prepareSearchDocument, type SearchDocument, type SearchLocale, SEARCH_LOCALES } from './document'
import { markMatches, renderHighlight } from './highlight'
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
import { FACET_ATTRIBUTES, SEARCH_SETTINGS, SEARCHABLE_ATTRIBUTES, SYNONYM_GROUPS, titleSortKey } from './settings'

/**
 * The embedded engine: one Orama database per locale, in this process.
 *
 * Orama holds the documents' searchable text in its radix trees (one per searchable
 * attribute), tokenised by our Analyzer (folding accents, stemming EN/FR). Query evaluation
 * is done here, on those trees, so that ranking follows the Meilisearch-like rules the hub
 * needs, in this order:
 *   1. words: number of query terms matched, counted from the first term (Meilisearch's
 *      "last" matching strategy: a document must match at least the first term);
 *   2. match quality, summed over terms: exact (or synonym) 0 < one typo 1 < two typos 2
 *      < prefix-only 3 (prefix applies to the last query term only);
 *   3. attribute: the best attribute a term matched in (title < summary < pilotNames < body);
 *   4. newest first, then id.
 * Filters, facet counts, sorting and pagination use per-document facet codes kept beside
 * Orama, which is much faster than Orama's own facets for this shape of data.
 */

const SCHEMA = { title: 'string', summary: 'string', pilotNames: 'string[]', body: 'string' } as const
type OramaDb = ReturnType<typeof create<typeof SCHEMA>>

interface Entry {
  internalId: number
  doc: SearchDocument
  /** Facet value codes per facet, in FACET_NAMES order. */
  facets: number[][]
  titleSort: string
  /** Position in the (publishedAt desc, id asc) order; valid when the locale index is not dirty. */
  newestRank: number
  /** Position in the (titleSort asc, id asc) order. */
  titleRank: number
}

/** One alternative spelling of a query term: a single word, or a phrase (multi-word synonym). */
interface Alternative {
  stems: string[]
  /** The words as typed (folded), for typo thresholds and prefix matching. */
  words: string[]
  /** The term as typed (not a synonym): typos and prefix allowed. */
  original: boolean
}

interface QueryTerm {
  alternatives: Alternative[]
  /** Last term of the query: prefix matching allowed. */
  last: boolean
}

const NO_MATCH = 255
const PREFIX_COST = 3

// Orama's index component, minus the BM25 bookkeeping we do not use: its per-token
// frequency loop is quadratic in the number of distinct words of a document.
function createLeanOramaIndex() {
  const base = components.index.createIndex()
  return {
    ...base,
    insertDocumentScoreParameters: () => {},
    insertTokenScoreParameters: () => {},
    removeDocumentScoreParameters: () => {},
    removeTokenScoreParameters: () => {},
  }
}

type RadixNode = radix.RadixNode

function radixLookup(root: RadixNode, word: string): RadixNode | undefined {
  let node = root
  let i = 0
  while (i < word.length) {
    const child = node.c.get(word[i]!)
    if (!child || !word.startsWith(child.s, i)) return undefined
    node = child
    i += child.s.length
  }
  return node
}

/** The node whose subtree holds every word starting with `prefix`. */
function radixPrefixNode(root: RadixNode, prefix: string): RadixNode | undefined {
  let node = root
  let i = 0
  while (i < prefix.length) {
    const child = node.c.get(prefix[i]!)
    if (!child) return undefined
    const rest = prefix.length - i
    if (rest <= child.s.length) return child.s.startsWith(prefix.slice(i)) ? child : undefined
    if (!prefix.startsWith(child.s, i)) return undefined
    node = child
    i += child.s.length
  }
  return node
}

function forEachWord(node: RadixNode, visit: (word: string, docs: Set<number>) => void): void {
  const stack: RadixNode[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.e && n.d.size > 0) visit(n.w, n.d)
    for (const child of n.c.values()) stack.push(child)
  }
}

/**
 * Every word of the tree within `maxTypos` edits of `term` (Damerau: a transposition counts
 * as one edit), with the distance. Like Meilisearch, a different first letter costs one more
 * typo. Walks the tree with one dynamic-programming row per character, pruning branches
 * that can no longer come within reach.
 */
function radixTypos(
  root: RadixNode,
  term: string,
  maxTypos: number,
  visit: (word: string, docs: Set<number>, typos: number) => void,
): void {
  const n = term.length
  // rows[d] is the edit-distance row after d characters of the current path.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)]
  const path: number[] = [] // char codes of the current path
  const rowAt = (depth: number) => (rows[depth] ??= new Int32Array(n + 1))

  const walk = (node: RadixNode, depth: number): void => {
    const label = node.s
    let d = depth
    for (let k = 0; k < label.length; k++) {
      const c = label.charCodeAt(k)
      const prev = rows[d]!
      const prevPrev = d > 0 ? rows[d - 1] : undefined
      const prevChar = d > 0 ? path[d - 1]! : -1
      const row = rowAt(d + 1)
      row[0] = prev[0]! + 1
      let min = row[0]!
      for (let j = 1; j <= n; j++) {
        const tj = term.charCodeAt(j - 1)
        let v = prev[j - 1]! + (tj === c ? 0 : 1)
        const del = prev[j]! + 1
        if (del < v) v = del
        const ins = row[j - 1]! + 1
        if (ins < v) v = ins
        if (prevPrev && j > 1 && tj === prevChar && term.charCodeAt(j - 2) === c) {
          const tr = prevPrev[j - 2]! + 1
          if (tr < v) v = tr
        }
        row[j] = v
        if (v < min) min = v
      }
      path[d] = c
      d++
      if (min > maxTypos) return
    }
    if (node.e && node.d.size > 0) {
      let typos = rows[d]![n]!
      if (typos > 0 && node.w.charCodeAt(0) !== term.charCodeAt(0)) typos++
      if (typos > 0 && typos <= maxTypos) visit(node.w, node.d, typos)
    }
    for (const child of node.c.values()) walk(child, d)
  }
  for (const child of root.c.values()) walk(child, 0)
}

class LocaleIndex {
  readonly analyzer: Analyzer
  readonly db: OramaDb
  readonly entries = new Map<string, Entry>()
  private byInternal: (Entry | undefined)[] = []
  private readonly facetCodes: Map<string, number>[] = FACET_NAMES.map(() => new Map())
  private readonly facetValues: string[][] = FACET_NAMES.map(() => [])
  /** Per facet, per value code: the set of documents (internal ids) having that value. */
  private readonly valueBits: Uint32Array[][] = FACET_NAMES.map(() => [])
  /** Capacity of every bitset, in 32-bit words. */
  private words = 64
  /** Every document of this locale. */
  private liveBits = new Uint32Array(64)
  private dirty = true
  private newestOrder: Entry[] = []
  private titleOrder: Entry[] = []
  private readonly synonyms: { stems: string[]; words: string[] }[][]

  constructor(readonly locale: SearchLocale) {
    this.analyzer = new Analyzer(locale)
    this.synonyms = SYNONYM_GROUPS[locale].map((group) =>
      group.map((term) => {
        const words = foldedWords(term)
        return { words, stems: words.map((w) => this.analyzer.stem(w)) }
      }),
    )
    this.analyzer.setPhrases(this.synonyms.flat().map((member) => member.stems))
    this.db = create({
      schema: SCHEMA,
      sort: { enabled: false },
      components: { tokenizer: this.analyzer, index: createLeanOramaIndex() },
    })
  }

  get size(): number {
    return this.entries.size
  }

  /** `doc` must already be prepared (validated, sentinels stripped). */
  put(doc: SearchDocument): void {
    if (this.entries.has(doc.id)) this.delete(doc.id)
    const result = insert(this.db, {
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      pilotNames: doc.pilotNames,
      body: doc.body,
    })
    if (typeof result !== 'string') throw new Error('Orama insert unexpectedly asynchronous')
    const internalId = components.internalDocumentIDStore.getInternalDocumentId(this.db.internalDocumentIDStore, doc.id)
    const entry: Entry = {
      internalId,
      doc,
      facets: FACET_NAMES.map((facet, f) => this.codesOf(f, facetValuesOf(doc, facet))),
      titleSort: titleSortKey(doc.title),
      newestRank: 0,
      titleRank: 0,
    }
    this.entries.set(doc.id, entry)
    this.byInternal[internalId] = entry
    this.ensureCapacity(internalId)
    setBit(this.liveBits, internalId)
    entry.facets.forEach((codes, f) => {
      for (const code of codes) setBit(this.valueBits[f]![code]!, internalId)
    })
    this.dirty = true
  }

  private ensureCapacity(internalId: number): void {
    if (internalId >> 5 < this.words) return
    let words = this.words
    while (internalId >> 5 >= words) words *= 2
    for (const perFacet of this.valueBits) {
      perFacet.forEach((bits, code) => {
        const grown = new Uint32Array(words)
        grown.set(bits)
        perFacet[code] = grown
      })
    }
    const live = new Uint32Array(words)
    live.set(this.liveBits)
    this.liveBits = live
    this.words = words
  }

  delete(id: string): boolean {
    const entry = this.entries.get(id)
    if (!entry) return false
    const removed = oramaRemove(this.db, id)
    if (typeof removed !== 'boolean') throw new Error('Orama remove unexpectedly asynchronous')
    this.entries.delete(id)
    this.byInternal[entry.internalId] = undefined
    clearBit(this.liveBits, entry.internalId)
    entry.facets.forEach((codes, f) => {
      for (const code of codes) clearBit(this.valueBits[f]![code]!, entry.internalId)
    })
    this.dirty = true
    return true
  }

  private codesOf(facetIndex: number, values: string[]): number[] {
    const codes = this.facetCodes[facetIndex]!
    const out: number[] = []
    for (const value of values) {
      let code = codes.get(value)
      if (code === undefined) {
        code = this.facetValues[facetIndex]!.length
        this.facetValues[facetIndex]!.push(value)
        this.valueBits[facetIndex]!.push(new Uint32Array(this.words))
        codes.set(value, code)
      }
      if (!out.includes(code)) out.push(code)
    }
    return out
  }

  private refreshOrders(): void {
    if (!this.dirty) return
    const all = [...this.entries.values()]
    const byId = (a: Entry, b: Entry) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0)
    this.newestOrder = all.slice().sort((a, b) => b.doc.publishedAt - a.doc.publishedAt || byId(a, b))
    this.newestOrder.forEach((e, i) => (e.newestRank = i))
    this.titleOrder = all.slice().sort((a, b) => (a.titleSort < b.titleSort ? -1 : a.titleSort > b.titleSort ? 1 : byId(a, b)))
    this.titleOrder.forEach((e, i) => (e.titleRank = i))
    this.dirty = false
  }

  /** Splits a query into terms; multi-word synonyms in the query become one term. */
  private parseQuery(q: string): QueryTerm[] {
    const words = foldedWords(q).slice(0, SEARCH_SETTINGS.maxQueryWords)
    const stems = words.map((w) => this.analyzer.stem(w))
    const terms: QueryTerm[] = []
    let i = 0
    while (i < words.length) {
      let best: { group: number; length: number } | undefined
      this.synonyms.forEach((group, g) => {
        for (const member of group) {
          const len = member.stems.length
          if (len === 0 || i + len > words.length || (best && best.length >= len)) continue
          let same = true
          for (let k = 0; k < len; k++) if (member.stems[k] !== stems[i + k]) same = false
          if (same) best = { group: g, length: len }
        }
      })
      const length = best?.length ?? 1
      const original: Alternative = { stems: stems.slice(i, i + length), words: words.slice(i, i + length), original: true }
      const alternatives = [original]
      if (best) {
        for (const member of this.synonyms[best.group]!) {
          if (member.stems.join(' ') !== original.stems.join(' ')) {
            alternatives.push({ stems: member.stems, words: member.words, original: false })
          }
        }
      }
      i += length
      terms.push({ alternatives, last: i === words.length })
    }
    return terms
  }

  search(request: SearchRequest): SearchResult {
    const started = performance.now()
    this.refreshOrders()
    const terms = this.parseQuery(request.q ?? '')
    const capacity = this.byInternal.length
    const matchedWords = new Set<string>()
    const propMask = terms.length > 0 ? new Uint8Array(capacity) : undefined

    // 1. Text matching: per term, the best (cost, attribute) of each document.
    const termBest: Uint8Array[] = []
    const firstTermDocs: number[] = []
    terms.forEach((term, t) => {
      const best = new Uint8Array(capacity).fill(NO_MATCH)
      const touched: number[] | undefined = t === 0 ? firstTermDocs : undefined
      const mark = (docs: Iterable<number>, packed: number, prop: number) => {
        for (const id of docs) {
          const current = best[id]!
          if (current === NO_MATCH && touched) touched.push(id)
          if (packed < current) best[id] = packed
          propMask![id] = propMask![id]! | (1 << prop)
        }
      }
      SEARCHABLE_ATTRIBUTES.forEach((attribute, prop) => {
        const tree = this.db.data.index.indexes[attribute]!.node as RadixNode
        for (const alt of term.alternatives) {
          if (alt.stems.length === 1) {
            const stem = alt.stems[0]!
            const exact = radixLookup(tree, stem)
            if (exact?.e && exact.d.size > 0) {
              mark(exact.d, prop, prop)
              matchedWords.add(stem)
            }
            if (!alt.original) continue
            const typed = alt.words[0]!
            // Typos are counted on stems, so the allowance also follows the stem's length: a
            // long word with a short stem ("integration" -> "integr") must not get two typos,
            // which on short stems matches half the vocabulary. One letter of slack keeps the
            // usual case of a stemmer dropping a plural or verb ending.
            const length = Math.min(typed.length, stem.length + 1)
            const maxTypos =
              length >= SEARCH_SETTINGS.typoTolerance.minWordSizeForTwoTypos
                ? 2
                : length >= SEARCH_SETTINGS.typoTolerance.minWordSizeForOneTypo
                  ? 1
                  : 0
            if (maxTypos > 0) {
              radixTypos(tree, stem, maxTypos, (word, docs, typos) => {
                mark(docs, typos * 8 + prop, prop)
                matchedWords.add(word)
              })
            }
            if (term.last) {
              for (const prefix of new Set([stem, typed])) {
                const node = radixPrefixNode(tree, prefix)
                if (!node) continue
                forEachWord(node, (word, docs) => {
                  if (word === stem || word.includes(' ')) return // exact, or a phrase token
                  mark(docs, PREFIX_COST * 8 + prop, prop)
                  matchedWords.add(word)
                })
              }
            }
          }
        }
      })
      // Phrases ("third-country national"): indexed as one token when the words are adjacent.
      for (const alt of term.alternatives) {
        if (alt.stems.length < 2) continue
        const token = Analyzer.phraseToken(alt.stems)
        SEARCHABLE_ATTRIBUTES.forEach((attribute, prop) => {
          const node = radixLookup(this.db.data.index.indexes[attribute]!.node as RadixNode, token)
          if (node?.e && node.d.size > 0) {
            mark(node.d, prop, prop)
            for (const stem of alt.stems) matchedWords.add(stem)
          }
        })
      }
      termBest.push(best)
    })

    // 2. Candidates (matching q and filters) as a bitset, and the page.
    const filter = this.compileFilters(request.filters)
    const sort = request.sort
    const order = sort === 'title' ? this.titleOrder : this.newestOrder
    const { page, hitsPerPage } = request
    const offset = (page - 1) * hitsPerPage
    const maxTotal = SEARCH_SETTINGS.pagination.maxTotalHits
    let candidateBits: Uint32Array | null = null
    let matching = 0
    let pageEntries: Entry[] = []
    if (filter === null) {
      // A filter value no document has: nothing matches.
    } else if (terms.length === 0) {
      // No text: every (filtered) document, in sort order (relevance = newest first).
      candidateBits = filter ?? this.liveBits
      matching = filter ? countBits(filter) : this.entries.size
      const end = Math.min(matching, maxTotal, offset + hitsPerPage)
      if (!filter) {
        pageEntries = order.slice(offset, Math.max(offset, end))
      } else {
        let seen = 0
        for (const entry of order) {
          if (seen >= end) break
          if (!hasBit(filter, entry.internalId)) continue
          if (seen >= offset) pageEntries.push(entry)
          seen++
        }
      }
    } else {
      candidateBits = new Uint32Array(this.words)
      const n = Math.max(1, order.length)
      const keys: number[] = []
      for (const id of firstTermDocs) {
        const entry = this.byInternal[id]
        if (!entry || (filter && !hasBit(filter, id))) continue
        let words = 0
        let cost = 0
        let attr = 0
        for (const best of termBest) {
          const packed = best[id]!
          if (packed === NO_MATCH) break
          words++
          cost += packed >> 3
          attr += packed & 7
        }
        const rank = sort === 'title' ? entry.titleRank : entry.newestRank
        const bucket = sort === 'relevance' ? ((terms.length - words) * 64 + cost) * 64 + attr : 0
        keys.push(bucket * n + rank)
        setBit(candidateBits, id)
      }
      matching = keys.length
      const end = Math.min(matching, maxTotal, offset + hitsPerPage)
      if (offset < end) {
        const sorted = smallestKeys(keys, end)
        for (let i = offset; i < end; i++) pageEntries.push(order[sorted[i]! % n]!)
      }
    }

    // 3. Facet distribution over all candidates (not only the page).
    const facetDistribution = this.countFacets(candidateBits, request.facets)
    const totalHits = Math.min(matching, maxTotal)

    // 5. Hits with safe highlights.
    const memo = new Map<string, boolean>()
    const isMatch = (word: string) => {
      let hit = memo.get(word)
      if (hit === undefined) {
        hit = matchedWords.has(this.analyzer.stemRaw(word))
        memo.set(word, hit)
      }
      return hit
    }
    const hits: SearchHit[] = pageEntries.map((entry) => {
      const doc = entry.doc
      const mask = propMask?.[entry.internalId] ?? 0
      const bodyHasMatch = (mask & (1 << SEARCHABLE_ATTRIBUTES.indexOf('body'))) !== 0
      return {
        ...copyDocument(doc),
        highlight: {
          title: renderHighlight(markMatches(doc.title, isMatch)),
          summary: renderHighlight(markMatches(doc.summary, isMatch)),
          body: renderHighlight(
            markMatches(doc.body, bodyHasMatch ? isMatch : () => false, {
              cropWords: SEARCH_SETTINGS.cropLength,
              cropMarker: SEARCH_SETTINGS.cropMarker,
            }),
          ),
        },
      }
    })

    return {
      hits,
      facetDistribution,
      totalHits,
      page,
      totalPages: Math.ceil(totalHits / hitsPerPage),
      hitsPerPage,
      processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
    }
  }

  /** undefined: no filter; null: nothing can match; otherwise the set of documents allowed. */
  private compileFilters(filters: SearchRequest['filters']): Uint32Array | undefined | null {
    let allowed: Uint32Array | undefined
    for (const [name, values] of Object.entries(filters) as [FacetName, string[] | undefined][]) {
      if (!values || values.length === 0) continue
      const f = FACET_NAMES.indexOf(name)
      const union = new Uint32Array(this.words)
      let any = false
      for (const value of values) {
        const code = this.facetCodes[f]!.get(value)
        if (code === undefined) continue
        const bits = this.valueBits[f]![code]!
        for (let w = 0; w < union.length; w++) union[w]! |= bits[w]!
        any = true
      }
      if (!any) return null
      if (!allowed) allowed = union
      else for (let w = 0; w < allowed.length; w++) allowed[w]! &= union[w]!
    }
    return allowed
  }

  /** Facet counts over the candidates: popcount of (candidates AND documents having the value). */
  private countFacets(set: Uint32Array | null, facets: FacetName[]): SearchResult['facetDistribution'] {
    const out: SearchResult['facetDistribution'] = {}
    const wanted = [...new Set(facets)]
    if (wanted.length === 0) return out
    const words = set ? set.length : 0
    for (const name of wanted) {
      const f = FACET_NAMES.indexOf(name)
      const values = this.facetValues[f]!
      const present: { value: string; count: number }[] = []
      for (let code = 0; code < values.length; code++) {
        const bits = this.valueBits[f]![code]!
        let count = 0
        for (let w = 0; w < words; w++) {
          const x = set![w]! & bits[w]!
          if (x !== 0) count += popcount(x)
        }
        if (count > 0) present.push({ value: values[code]!, count })
      }
      present.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      const distribution: Record<string, number> = {}
      for (const { value, count } of present.slice(0, SEARCH_SETTINGS.faceting.maxValuesPerFacet)) distribution[value] = count
      out[name] = distribution
    }
    return out
  }
}

/** The `k` smallest keys, ascending (keys are distinct integers). */
function smallestKeys(keys: number[], k: number): Float64Array {
  if (k * 8 >= keys.length) return Float64Array.from(keys).sort()
  // Bounded insertion into a sorted buffer: most keys are rejected by one comparison.
  const top = new Float64Array(k)
  let size = 0
  for (const key of keys) {
    if (size === k && key >= top[k - 1]!) continue
    let i = size < k ? size++ : k - 1
    while (i > 0 && top[i - 1]! > key) {
      top[i] = top[i - 1]!
      i--
    }
    top[i] = key
  }
  return top
}

function setBit(bits: Uint32Array, id: number): void {
  bits[id >> 5]! |= 1 << (id & 31)
}

function clearBit(bits: Uint32Array, id: number): void {
  bits[id >> 5]! &= ~(1 << (id & 31))
}

function hasBit(bits: Uint32Array, id: number): boolean {
  return (bits[id >> 5]! & (1 << (id & 31))) !== 0
}

function countBits(bits: Uint32Array): number {
  let count = 0
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) count += popcount(bits[w]!)
  return count
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

function facetValuesOf(doc: SearchDocument, facet: FacetName): string[] {
  const value = doc[FACET_ATTRIBUTES[facet]]
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.map(String)
  return [String(value)]
}

function copyDocument(doc: SearchDocument): SearchDocument {
  return {
    ...doc,
    pilotNames: [...doc.pilotNames],
    pilotSlugs: [...doc.pilotSlugs],
    countries: [...doc.countries],
    themes: [...doc.themes],
    themeGroups: [...doc.themeGroups],
    targetGroups: [...doc.targetGroups],
    interventionTypes: [...doc.interventionTypes],
    languages: [...doc.languages],
    fundingInstruments: [...doc.fundingInstruments],
  }
}

type Indexes = Record<SearchLocale, LocaleIndex>

function emptyIndexes(): Indexes {
  return { en: new LocaleIndex('en'), fr: new LocaleIndex('fr') }
}

type JournalEntry = { kind: 'upsert'; docs: SearchDocument[] } | { kind: 'remove'; ids: string[] }

/** How often a rebuild yields to the event loop (documents), so searches keep being served. */
const REBUILD_YIELD_EVERY = 1000

export class EmbeddedSearchIndex implements SearchIndex {
  readonly engine = 'embedded' as const
  /** Replaced as a whole by a rebuild: a search sees either the old or the new indexes. */
  private indexes: Indexes = emptyIndexes()
  /** Writes made while a rebuild runs, replayed onto the new indexes before the swap. */
  private journal: JournalEntry[] | null = null

  async applySettings(): Promise<void> {
    // The settings are code (settings.ts) and read directly; nothing to push.
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const prepared = docs.map(prepareSearchDocument)
    this.applyUpsert(this.indexes, prepared)
    this.journal?.push({ kind: 'upsert', docs: prepared })
  }

  async remove(ids: string[]): Promise<void> {
    this.applyRemove(this.indexes, ids)
    this.journal?.push({ kind: 'remove', ids: [...ids] })
  }

  private applyUpsert(indexes: Indexes, docs: SearchDocument[]): void {
    for (const doc of docs) {
      // A record's id names its locale, but be safe: one id lives in one locale only.
      for (const locale of SEARCH_LOCALES) if (locale !== doc.locale) indexes[locale].delete(doc.id)
      indexes[doc.locale].put(doc)
    }
  }

  private applyRemove(indexes: Indexes, ids: string[]): void {
    for (const id of ids) for (const locale of SEARCH_LOCALES) indexes[locale].delete(id)
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    assertValidSearchRequest(request)
    return this.indexes[request.locale].search(request)
  }

  async rebuild(source: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }> {
    if (this.journal) throw new Error('A search index rebuild is already running')
    this.journal = []
    try {
      const fresh = emptyIndexes()
      let done = 0
      let sinceYield = 0
      for await (const batch of source as AsyncIterable<SearchDocument[]>) {
        const prepared = batch.map(prepareSearchDocument)
        this.applyUpsert(fresh, prepared)
        done += prepared.length
        sinceYield += prepared.length
        onProgress?.(done)
        if (sinceYield >= REBUILD_YIELD_EVERY) {
          sinceYield = 0
          await new Promise<void>((resolve) => setImmediate(resolve))
        }
      }
      for (const entry of this.journal) {
        if (entry.kind === 'upsert') this.applyUpsert(fresh, entry.docs)
        else this.applyRemove(fresh, entry.ids)
      }
      this.indexes = fresh
      return { indexed: done }
    } finally {
      this.journal = null
    }
  }

  async listIds(locale: SearchLocale): Promise<string[]> {
    return [...this.indexes[locale].entries.keys()].sort()
  }

  async health(): Promise<SearchHealth> {
    return {
      ok: true,
      engine: 'embedded',
      detail: `in-process; documents: en ${this.indexes.en.size}, fr ${this.indexes.fr.size}`,
    }
  }
}

export function createEmbeddedSearchIndex(): EmbeddedSearchIndex {
  return new EmbeddedSearchIndex()
}
