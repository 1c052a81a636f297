/** Bitsets over internal document ids (32 ids a word), and small growable typed arrays. */

export function setBit(bits: Uint32Array, id: number): void {
  bits[id >>> 5]! |= 1 << (id & 31)
}

export function clearBit(bits: Uint32Array, id: number): void {
  bits[id >>> 5]! &= ~(1 << (id & 31))
}

export function hasBit(bits: Uint32Array, id: number): boolean {
  return (bits[id >>> 5]! & (1 << (id & 31))) !== 0
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

export function countBits(bits: Uint32Array): number {
  let count = 0
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) count += popcount(bits[w]!)
  return count
}

/** Number of ids in both sets, looking at the first `limit` words at most. */
export function countAnd(a: Uint32Array, b: Uint32Array, limit = Infinity): number {
  const n = Math.min(a.length, b.length, limit)
  let count = 0
  for (let w = 0; w < n; w++) {
    const x = a[w]! & b[w]!
    if (x !== 0) count += popcount(x)
  }
  return count
}

/** A copy of `bits` with room for `words` 32-bit words. */
export function grown(bits: Uint32Array, words: number): Uint32Array {
  if (bits.length >= words) return bits
  const next = new Uint32Array(words)
  next.set(bits)
  return next
}

/** Calls `visit` with every id of the set, ascending. */
export function forEachBit(bits: Uint32Array, visit: (id: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!
    while (x !== 0) {
      const low = x & -x
      visit((w << 5) + 31 - Math.clz32(low))
      x ^= low
    }
  }
}

/** An append-only list of 32-bit integers in one typed array that doubles when full. */
export class IntList {
  data: Int32Array
  length = 0

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity)
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }

  /** The values, trimmed to their length (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length)
  }
}
