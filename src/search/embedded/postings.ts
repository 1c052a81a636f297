import { IntList } from './bits'

/**
 * The inverted index of one locale index: for each term (a stem, or a hyphen compound joined
 * into one word), the documents that contain it, as one growable Int32Array of
 * `internalId << 4 | attributes`, where `attributes` has bit k set when the term occurs in the
 * k-th searchable attribute (title, summary, pilotNames, body). Internal ids only grow, so every
 * list is sorted; removed documents stay in the lists until the next compaction and are skipped.
 */

export const ATTRIBUTE_BITS = 4
const ATTRIBUTE_MASK = (1 << ATTRIBUTE_BITS) - 1
/** Index of the lowest attribute bit set, for each 4-bit mask (0 for the empty mask). */
export const BEST_ATTRIBUTE = Uint8Array.from({ length: 16 }, (_, mask) => (mask === 0 ? 0 : 31 - Math.clz32(mask & -mask)))

export class Postings {
  private readonly ids = new Map<string, number>()
  private readonly terms: string[] = []
  private lists: IntList[] = []

  get termCount(): number {
    return this.terms.length
  }

  /** The id of a term, created when new. */
  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
      this.lists.push(new IntList(2))
    }
    return id
  }

  id(term: string): number | undefined {
    return this.ids.get(term)
  }

  term(id: number): string {
    return this.terms[id]!
  }

  /** Appends a document (with a larger internal id than any before) to a term's list. */
  add(termId: number, internalId: number, attributes: number): void {
    this.lists[termId]!.push((internalId << ATTRIBUTE_BITS) | attributes)
  }

  /** The packed entries of a term (a view: do not keep it across writes). */
  list(termId: number): Int32Array {
    return this.lists[termId]!.view()
  }

  /** Number of entries of a term (removed documents included until the next compaction). */
  frequency(termId: number): number {
    return this.lists[termId]!.length
  }

  /** Rewrites every list through `remap` (old internal id -> new one, or -1 for a removed document). */
  compact(remap: Int32Array): void {
    for (const list of this.lists) {
      const data = list.data
      let out = 0
      for (let k = 0; k < list.length; k++) {
        const packed = data[k]!
        const next = remap[packed >>> ATTRIBUTE_BITS]!
        if (next >= 0) data[out++] = (next << ATTRIBUTE_BITS) | (packed & ATTRIBUTE_MASK)
      }
      list.length = out
    }
  }
}

export function documentOf(packed: number): number {
  return packed >>> ATTRIBUTE_BITS
}

export function attributesOf(packed: number): number {
  return packed & ATTRIBUTE_MASK
}
