import type { SearchDocument } from '../document'
import { FACET_NAMES, type FacetName, type SearchRequest, type SearchResult } from '../port'
import { FACET_ATTRIBUTES, SEARCH_SETTINGS } from '../settings'
import { clearBit, countAnd, grown, setBit } from './bits'

/**
 * Facet values of one locale index: each value of each facet has a code and a bitset of the
 * documents (internal ids) that have it. Filters are unions (within a facet) and intersections
 * (across facets) of those bitsets; counts are popcounts of (candidates AND value).
 */
export class FacetIndex {
  private readonly codes: Map<string, number>[] = FACET_NAMES.map(() => new Map())
  private readonly values: string[][] = FACET_NAMES.map(() => [])
  private readonly bits: Uint32Array[][] = FACET_NAMES.map(() => [])
  /** Capacity of every bitset, in 32-bit words. */
  private words = 64

  get capacityWords(): number {
    return this.words
  }

  /** Makes room for internal ids below `ids` (bitsets grow by doubling). */
  ensureCapacity(ids: number): void {
    const needed = (ids + 31) >>> 5
    if (needed <= this.words) return
    let words = this.words
    while (words < needed) words *= 2
    for (const perFacet of this.bits) perFacet.forEach((set, code) => (perFacet[code] = grown(set, words)))
    this.words = words
  }

  /**
   * The facet values of a document as one array of `facet << 24 | code` (new values get new
   * codes): one small typed array a document instead of a dozen lists.
   */
  codesOf(doc: SearchDocument): Int32Array {
    const out: number[] = []
    FACET_NAMES.forEach((facet, f) => {
      for (const value of facetValuesOf(doc, facet)) {
        let code = this.codes[f]!.get(value)
        if (code === undefined) {
          code = this.values[f]!.length
          this.values[f]!.push(value)
          this.bits[f]!.push(new Uint32Array(this.words))
          this.codes[f]!.set(value, code)
        }
        const packed = (f << 24) | code
        if (!out.includes(packed)) out.push(packed)
      }
    })
    return Int32Array.from(out)
  }

  add(internalId: number, codes: Int32Array): void {
    this.ensureCapacity(internalId + 1)
    for (const packed of codes) setBit(this.bits[packed >>> 24]![packed & 0xffffff]!, internalId)
  }

  remove(internalId: number, codes: Int32Array): void {
    for (const packed of codes) clearBit(this.bits[packed >>> 24]![packed & 0xffffff]!, internalId)
  }

  /** Empties every bitset (the values and their codes stay), before re-adding renumbered documents. */
  clear(): void {
    for (const perFacet of this.bits) for (const set of perFacet) set.fill(0)
  }

  /** undefined: no filter; null: nothing can match; otherwise the set of documents allowed (a new bitset). */
  compile(filters: SearchRequest['filters']): Uint32Array | undefined | null {
    let allowed: Uint32Array | undefined
    for (const [name, values] of Object.entries(filters) as [FacetName, string[] | undefined][]) {
      if (!values || values.length === 0) continue
      const f = FACET_NAMES.indexOf(name)
      const union = new Uint32Array(this.words)
      let any = false
      for (const value of values) {
        const code = this.codes[f]!.get(value)
        if (code === undefined) continue
        const set = this.bits[f]![code]!
        for (let w = 0; w < union.length; w++) union[w]! |= set[w]!
        any = true
      }
      if (!any) return null
      if (!allowed) allowed = union
      else for (let w = 0; w < allowed.length; w++) allowed[w]! &= union[w]!
    }
    return allowed
  }

  /** Counts per value of each requested facet over `candidates` (values without documents left out). */
  count(candidates: Uint32Array | null, facets: FacetName[], capacity: number): SearchResult['facetDistribution'] {
    const limit = (capacity + 31) >>> 5
    const out: SearchResult['facetDistribution'] = {}
    for (const name of new Set(facets)) {
      const f = FACET_NAMES.indexOf(name)
      const present: { value: string; count: number }[] = []
      if (candidates) {
        this.values[f]!.forEach((value, code) => {
          const count = countAnd(candidates, this.bits[f]![code]!, limit)
          if (count > 0) present.push({ value, count })
        })
      }
      present.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      const distribution: Record<string, number> = {}
      for (const { value, count } of present.slice(0, SEARCH_SETTINGS.faceting.maxValuesPerFacet)) distribution[value] = count
      out[name] = distribution
    }
    return out
  }
}

function facetValuesOf(doc: SearchDocument, facet: FacetName): string[] {
  const value = doc[FACET_ATTRIBUTES[facet]]
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.map(String)
  return [String(value)]
}
