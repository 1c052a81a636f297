/**
 * The dictionary of the words of one locale index, as they were written (folded, not stemmed).
 * Each word knows the stems (term ids) it was indexed under: usually one, two when the same word
 * occurs in texts of both languages. Typos and prefixes are looked up here, on whole words, as
 * Meilisearch does; the postings are kept per stem (postings.ts).
 *
 * The words are kept in one sorted array (merged with the few words added since, on the next
 * lookup). Typo lookup walks that array in order with one edit-distance row per character,
 * reusing the rows of the prefix it shares with the previous word and skipping every word under
 * a prefix that can no longer come within reach: a trie walk without a trie in memory.
 */

const MERGE_AFTER = 256

export class WordDictionary {
  private readonly ids = new Map<string, number>()
  private readonly words: string[] = []
  /** Stems of each word: a term id, or a list when there are several. */
  private readonly stemsOf: (number | number[])[] = []
  private sorted: string[] = []
  private sortedIds = new Int32Array(0)
  private recent: number[] = []
  private rows: Int32Array[] = []

  get size(): number {
    return this.words.length
  }

  word(id: number): string {
    return this.words[id]!
  }

  id(word: string): number | undefined {
    return this.ids.get(word)
  }

  /** Records that `word` was indexed under the stem `termId`; returns the word's id. */
  add(word: string, termId: number): number {
    let id = this.ids.get(word)
    if (id === undefined) {
      id = this.words.length
      this.ids.set(word, id)
      this.words.push(word)
      this.stemsOf.push(termId)
      this.recent.push(id)
      return id
    }
    const stems = this.stemsOf[id]!
    if (typeof stems === 'number') {
      if (stems !== termId) this.stemsOf[id] = [stems, termId]
    } else if (!stems.includes(termId)) {
      stems.push(termId)
    }
    return id
  }

  /** The stems (term ids) a word was indexed under. */
  stems(id: number): readonly number[] {
    const stems = this.stemsOf[id]!
    return typeof stems === 'number' ? [stems] : stems
  }

  private ensureSorted(): void {
    if (this.recent.length <= MERGE_AFTER && this.sorted.length > 0) return
    if (this.recent.length === 0) return
    const added = this.recent.map((id) => this.words[id]!).sort()
    const merged: string[] = new Array(this.sorted.length + added.length)
    const mergedIds = new Int32Array(merged.length)
    let a = 0
    let b = 0
    for (let k = 0; k < merged.length; k++) {
      if (b >= added.length || (a < this.sorted.length && this.sorted[a]! < added[b]!)) {
        merged[k] = this.sorted[a]!
        mergedIds[k] = this.sortedIds[a++]!
      } else {
        merged[k] = added[b]!
        mergedIds[k] = this.ids.get(added[b++]!)!
      }
    }
    this.sorted = merged
    this.sortedIds = mergedIds
    this.recent = []
  }

  /** First position in the sorted words whose word is >= `key`. */
  private lowerBound(key: string): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.sorted[mid]! < key) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The first position after `k` whose word does not start with the first `length` letters of `word` (galloping). */
  private skipPrefix(k: number, word: string, length: number): number {
    const words = this.sorted
    let step = 1
    let lo = k
    let hi = k + 1
    while (hi < words.length && sharesPrefix(words[hi]!, word, length)) {
      lo = hi
      step *= 2
      hi = lo + step
    }
    if (hi > words.length) hi = words.length
    // words[lo] shares the prefix, words[hi] (if any) does not.
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1
      if (sharesPrefix(words[mid]!, word, length)) lo = mid
      else hi = mid
    }
    return hi
  }

  /** Every word that starts with `prefix` (the prefix itself included), at most `limit` of them. */
  forPrefix(prefix: string, limit: number, visit: (id: number) => void): void {
    this.ensureSorted()
    let seen = 0
    const end = this.lowerBound(prefix + '\uffff')
    for (let k = this.lowerBound(prefix); k < end && seen < limit; k++, seen++) visit(this.sortedIds[k]!)
    for (const id of this.recent) {
      if (seen >= limit) break
      if (this.words[id]!.startsWith(prefix)) {
        visit(id)
        seen++
      }
    }
  }

  /**
   * Every word within `maxTypos` edits of `term` (Damerau: swapping two neighbouring letters is
   * one edit), the word itself included with 0. As in Meilisearch, a different first letter
   * costs one typo more: the words that share the first letter are walked with the whole budget,
   * the others (only when two typos are allowed) with one typo less, which prunes them early.
   */
  forTypos(term: string, maxTypos: number, visit: (id: number, typos: number) => void): void {
    this.ensureSorted()
    const n = term.length
    if (n === 0) return
    while (this.rows.length <= n + maxTypos) this.rows.push(new Int32Array(0))
    for (let d = 0; d <= n + maxTypos; d++) if (this.rows[d]!.length < n + 1) this.rows[d] = new Int32Array(n + 1)
    for (let j = 0; j <= n; j++) this.rows[0]![j] = j
    const first = term.charAt(0)
    const from = this.lowerBound(first)
    const to = this.lowerBound(String.fromCharCode(first.charCodeAt(0) + 1))
    this.walk(term, maxTypos, maxTypos, from, to, visit)
    if (maxTypos >= 2) {
      this.walk(term, maxTypos - 1, maxTypos, 0, from, visit)
      this.walk(term, maxTypos - 1, maxTypos, to, this.sorted.length, visit)
    }
    for (const id of this.recent) {
      const word = this.words[id]!
      if (Math.abs(word.length - n) > maxTypos) continue
      this.report(term, word, editDistance(term, word, maxTypos), maxTypos, id, visit)
    }
  }

  /** The sorted words in [from, to) within `budget` edits of `term`, reported against `maxTypos`. */
  private walk(term: string, budget: number, maxTypos: number, from: number, to: number, visit: (id: number, typos: number) => void): void {
    const n = term.length
    const maxLength = n + budget
    const rows = this.rows
    const words = this.sorted
    let path = ''
    let valid = 0
    let k = from
    while (k < to) {
      const word = words[k]!
      let d = 0
      const shared = Math.min(valid, word.length)
      while (d < shared && path.charCodeAt(d) === word.charCodeAt(d)) d++
      const depth = Math.min(word.length, maxLength)
      let pruned = -1
      for (; d < depth; d++) {
        if (this.extend(term, word, d) > budget) {
          pruned = d + 1
          break
        }
      }
      path = word
      if (pruned >= 0) {
        valid = pruned
        k = Math.min(to, this.skipPrefix(k, word, pruned))
        continue
      }
      valid = depth
      if (word.length <= maxLength) this.report(term, word, rows[word.length]![n]!, maxTypos, this.sortedIds[k]!, visit)
      k++
    }
  }

  private report(term: string, word: string, typos: number, max: number, id: number, visit: (id: number, typos: number) => void) {
    if (typos > 0 && word.charCodeAt(0) !== term.charCodeAt(0)) typos++
    if (typos <= max) visit(id, typos)
  }

  /** Computes the row for the first d+1 letters of `word` from the rows before; returns its minimum. */
  private extend(term: string, word: string, d: number): number {
    const rows = this.rows
    const previous = rows[d]!
    const row = rows[d + 1]!
    const before = d > 0 ? rows[d - 1]! : undefined
    const c = word.charCodeAt(d)
    const last = d > 0 ? word.charCodeAt(d - 1) : -1
    row[0] = d + 1
    let min = row[0]!
    for (let j = 1; j <= term.length; j++) {
      const t = term.charCodeAt(j - 1)
      let v = previous[j - 1]! + (t === c ? 0 : 1)
      if (previous[j]! + 1 < v) v = previous[j]! + 1
      if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1
      if (before && j > 1 && t === last && term.charCodeAt(j - 2) === c && before[j - 2]! + 1 < v) v = before[j - 2]! + 1
      row[j] = v
      if (v < min) min = v
    }
    return min
  }
}

function sharesPrefix(other: string, word: string, length: number): boolean {
  if (other.length < length) return false
  for (let c = 0; c < length; c++) if (other.charCodeAt(c) !== word.charCodeAt(c)) return false
  return true
}

/** Damerau-Levenshtein distance (optimal string alignment), or max + 1 when it is larger than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const n = b.length
  let before = new Int32Array(n + 1)
  let previous = Int32Array.from({ length: n + 1 }, (_, j) => j)
  let row = new Int32Array(n + 1)
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let min = i
    for (let j = 1; j <= n; j++) {
      let v = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      if (previous[j]! + 1 < v) v = previous[j]! + 1
      if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && before[j - 2]! + 1 < v) v = before[j - 2]! + 1
      row[j] = v
      if (v < min) min = v
    }
    if (min > max) return max + 1
    ;[before, previous, row] = [previous, row, before]
  }
  return previous[n]!
}
