/**
 * The two stored orders of a locale index, as sorted arrays of internal ids with each
 * document's position (rank): newest first (publishedAt desc, id asc) and by title (folded
 * title asc, id asc). Ranks break relevance ties and carry the explicit sorts. A few new
 * documents are inserted in place; many (a rebuild) trigger one full sort. Removed documents
 * are skipped by the readers until the next full sort.
 */

export type StoredOrder = 'newest' | 'title'

/** What the orders compare, kept here per internal id (a removed document keeps its keys until renumbered). */
export interface OrderKeys {
  publishedAt: number
  titleKey: string
  docId: string
}

class Order {
  ids = new Int32Array(64)
  length = 0
  rank = new Int32Array(64)

  constructor(private readonly compare: (a: number, b: number) => number) {}

  view(): Int32Array {
    return this.ids.subarray(0, this.length)
  }

  rebuild(live: Int32Array): void {
    const sorted = Array.from(live).sort(this.compare)
    this.ids = Int32Array.from(sorted)
    this.length = sorted.length
  }

  insert(id: number): void {
    if (this.length === this.ids.length) {
      const next = new Int32Array(this.ids.length * 2)
      next.set(this.ids)
      this.ids = next
    }
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.compare(this.ids[mid]!, id) < 0) lo = mid + 1
      else hi = mid
    }
    this.ids.copyWithin(lo + 1, lo, this.length)
    this.ids[lo] = id
    this.length++
  }

  refreshRanks(capacity: number): void {
    if (this.rank.length < capacity) this.rank = new Int32Array(Math.max(capacity, this.rank.length * 2))
    for (let k = 0; k < this.length; k++) this.rank[this.ids[k]!] = k
  }
}

export class SortOrders {
  private readonly newest: Order
  private readonly title: Order
  private pending: number[] = []
  private stale = false
  private keys: OrderKeys[] = []

  constructor() {
    const byId = (a: number, b: number) => {
      const x = this.keys[a]!.docId
      const y = this.keys[b]!.docId
      return x < y ? -1 : x > y ? 1 : 0
    }
    this.newest = new Order((a, b) => this.keys[b]!.publishedAt - this.keys[a]!.publishedAt || byId(a, b))
    this.title = new Order((a, b) => {
      const x = this.keys[a]!.titleKey
      const y = this.keys[b]!.titleKey
      return x < y ? -1 : x > y ? 1 : byId(a, b)
    })
  }

  added(internalId: number, keys: OrderKeys): void {
    this.keys[internalId] = keys
    this.pending.push(internalId)
  }

  /** After a compaction renumbered the documents: their keys by new id; the next `ensure` sorts everything. */
  renumbered(keys: OrderKeys[]): void {
    this.keys = keys
    this.stale = true
    this.pending = []
  }

  /** Brings both orders and their ranks up to date. `live` lists every live internal id. */
  ensure(live: () => Int32Array, capacity: number, size: number): void {
    if (!this.stale && this.pending.length === 0) return
    if (this.stale || this.pending.length > 64 + (size >>> 5)) {
      const ids = live()
      this.newest.rebuild(ids)
      this.title.rebuild(ids)
    } else {
      for (const id of this.pending) {
        this.newest.insert(id)
        this.title.insert(id)
      }
    }
    this.pending = []
    this.stale = false
    this.newest.refreshRanks(capacity)
    this.title.refreshRanks(capacity)
  }

  /** Internal ids in this order (removed documents may still appear: check them). */
  ids(order: StoredOrder): Int32Array {
    return (order === 'title' ? this.title : this.newest).view()
  }

  /** Position of each internal id in this order. */
  ranks(order: StoredOrder): Int32Array {
    return (order === 'title' ? this.title : this.newest).rank
  }

  /** Number of entries in the order arrays (live or not). */
  get length(): number {
    return this.newest.length
  }
}
