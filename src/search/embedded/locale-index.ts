import { analyzerFor, BROKEN, JOINED, scanWords } from '../analysis'
import type { SearchDocument, SearchLocale } from '../document'
import { titleSortKey } from '../settings'
import { clearBit, grown, IntList, setBit } from './bits'
import { WordDictionary } from './dictionary'
import { FacetIndex } from './facets'
import { SortOrders } from './orders'
import { Postings } from './postings'

/**
 * The data of one locale's index: the documents, the dictionary of their words, the postings
 * of their stems, the facet bitsets and the stored orders. Documents get an internal id that
 * only grows; a removed or replaced document leaves a hole, and once there are more holes than
 * documents everything is renumbered in one pass (compaction). Searching is in search.ts.
 */

/** Sequence markers: the start of searchable attribute k is -(k + 1); a hard separator is BREAK. */
export const BREAK = -9
export const attributeStart = (k: number) => -(k + 1)

export interface Entry {
  internalId: number
  doc: SearchDocument
  /** Facet values, see FacetIndex.codesOf. */
  codes: Int32Array
  titleKey: string
  /**
   * The term ids of the document's words in order, attribute by attribute (each introduced by
   * its marker), with BREAK at hard separators: what phrases and split compounds are checked on.
   */
  sequence: Int32Array
}

export class LocaleIndex {
  readonly entries = new Map<string, Entry>()
  readonly dictionary = new WordDictionary()
  readonly postings = new Postings()
  readonly facets = new FacetIndex()
  readonly orders = new SortOrders()
  /** Entry by internal id; undefined for holes. */
  byInternal: (Entry | undefined)[] = []
  /** Every live document. */
  live: Uint32Array = new Uint32Array(64)
  private holes = 0
  private touched: Uint8Array = new Uint8Array(1024)
  /** Per text language: folded word -> term id of its stem (saves stemming and two lookups a word). */
  private readonly termOfWord: Record<SearchLocale, Map<string, number>> = { en: new Map(), fr: new Map() }

  constructor(readonly locale: SearchLocale) {}

  get size(): number {
    return this.entries.size
  }

  /** One more than the largest internal id: the length of every per-document array. */
  get capacity(): number {
    return this.byInternal.length
  }

  /** `doc` must already be prepared (validated, sentinels stripped). */
  put(doc: SearchDocument): void {
    if (this.entries.has(doc.id)) this.delete(doc.id)
    const internalId = this.byInternal.length
    const language = doc.contentLanguage
    const known = this.termOfWord[language]
    const termOf = (word: string) => {
      let termId = known.get(word)
      if (termId === undefined) {
        termId = this.postings.intern(analyzerFor(language).stem(word))
        this.dictionary.add(word, termId)
        known.set(word, termId)
      }
      return termId
    }
    const terms: number[] = []
    const sequence = new IntList(64)
    const touch = (termId: number, attribute: number) => {
      if (termId >= this.touched.length) this.touched = grownBytes(this.touched, termId + 1)
      if (this.touched[termId] === 0) terms.push(termId)
      this.touched[termId]! |= 1 << attribute
    }
    const texts = [doc.title, doc.summary, doc.pilotNames.join('\n'), doc.body]
    texts.forEach((text, attribute) => {
      sequence.push(attributeStart(attribute))
      if (!text) return
      // "micro-credit" is also found as "microcredit": a chain of hyphenated words is one more word.
      let compound = ''
      let parts = 0
      const endCompound = () => {
        if (parts > 1) touch(termOf(compound), attribute)
        compound = ''
        parts = 0
      }
      scanWords(text, (word, before) => {
        if (before !== JOINED) endCompound()
        if (before === BROKEN) sequence.push(BREAK)
        compound += word
        parts++
        const termId = termOf(word)
        touch(termId, attribute)
        sequence.push(termId)
      })
      endCompound()
    })
    for (const termId of terms) {
      this.postings.add(termId, internalId, this.touched[termId]!)
      this.touched[termId] = 0
    }
    const entry: Entry = {
      internalId,
      doc,
      codes: this.facets.codesOf(doc),
      titleKey: titleSortKey(doc.title),
      sequence: sequence.view().slice(),
    }
    this.entries.set(doc.id, entry)
    this.byInternal.push(entry)
    this.facets.add(internalId, entry.codes)
    this.live = grown(this.live, this.facets.capacityWords)
    setBit(this.live, internalId)
    this.orders.added(internalId, orderKeys(entry))
  }

  delete(id: string): boolean {
    const entry = this.entries.get(id)
    if (!entry) return false
    this.entries.delete(id)
    this.byInternal[entry.internalId] = undefined
    clearBit(this.live, entry.internalId)
    this.facets.remove(entry.internalId, entry.codes)
    this.holes++
    if (this.holes > 1024 && this.holes > this.entries.size) this.compact()
    return true
  }

  /** Brings the stored orders up to date (before a search). */
  prepare(): void {
    this.orders.ensure(() => this.liveIds(), this.capacity, this.size)
  }

  liveIds(): Int32Array {
    const ids = new Int32Array(this.entries.size)
    let k = 0
    for (const entry of this.byInternal) if (entry) ids[k++] = entry.internalId
    return ids
  }

  /** Renumbers the live documents 0..n-1 and rewrites postings, facets and orders to match. */
  private compact(): void {
    const remap = new Int32Array(this.byInternal.length).fill(-1)
    const kept: Entry[] = []
    for (const entry of this.byInternal) {
      if (!entry) continue
      remap[entry.internalId] = kept.length
      entry.internalId = kept.length
      kept.push(entry)
    }
    this.postings.compact(remap)
    this.byInternal = kept
    this.live = new Uint32Array(this.live.length)
    this.facets.clear()
    for (const entry of kept) {
      setBit(this.live, entry.internalId)
      this.facets.add(entry.internalId, entry.codes)
    }
    this.orders.renumbered(kept.map(orderKeys))
    this.holes = 0
  }

  /** Postings length of the stems of a dictionary word: how many documents use it (holes included). */
  wordFrequency(wordId: number): number {
    let total = 0
    for (const termId of this.dictionary.stems(wordId)) total += this.postings.frequency(termId)
    return total
  }
}

const orderKeys = (entry: Entry) => ({ publishedAt: entry.doc.publishedAt, titleKey: entry.titleKey, docId: entry.doc.id })

function grownBytes(bytes: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(Math.max(size, bytes.length * 2))
  next.set(bytes)
  return next
}
