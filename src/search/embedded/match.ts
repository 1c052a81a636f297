import { hasBit, setBit } from './bits'
import { BREAK, type LocaleIndex } from './locale-index'
import { BEST_ATTRIBUTE, documentOf } from './postings'
import type { PhraseAlternative, QueryTerm } from './query'

/**
 * Matching the terms of a parsed query against a locale index. For each term, one byte per
 * document: `cost << 3 | attribute` of its best match (the lowest cost, then the most important
 * attribute), or NO_MATCH.
 */

export const NO_MATCH = 255

export function matchTerms(index: LocaleIndex, terms: QueryTerm[]): Uint8Array[] {
  const phrases = new Map<PhraseAlternative, Int32Array>()
  return terms.map((term) => {
    const best = new Uint8Array(index.capacity).fill(NO_MATCH)
    for (const alternative of term.alternatives) {
      if (alternative.kind === 'word') {
        for (const [termId, cost] of alternative.terms) {
          const list = index.postings.list(termId)
          const base = cost << 3
          for (let k = 0; k < list.length; k++) {
            const packed = list[k]!
            const doc = documentOf(packed)
            const value = base | BEST_ATTRIBUTE[packed & 15]!
            if (value < best[doc]!) best[doc] = value
          }
        }
      } else {
        let found = phrases.get(alternative)
        if (!found) phrases.set(alternative, (found = matchPhrase(index, alternative)))
        const base = alternative.cost << 3
        for (let k = 0; k < found.length; k++) {
          const packed = found[k]!
          const doc = packed >>> 2
          const value = base | (packed & 3)
          if (value < best[doc]!) best[doc] = value
        }
      }
    }
    return best
  })
}

/**
 * Documents where the phrase's words stand next to each other within one attribute (no hard
 * separator between them), as `internalId << 2 | attribute` of the first attribute it is in.
 * Candidates are the documents holding every word; each is then checked on its word sequence.
 */
export function matchPhrase(index: LocaleIndex, phrase: PhraseAlternative): Int32Array {
  const { positions } = phrase
  const frequency = (ids: number[]) => ids.reduce((sum, id) => sum + index.postings.frequency(id), 0)
  let rarest = 0
  positions.forEach((ids, p) => {
    if (frequency(ids) < frequency(positions[rarest]!)) rarest = p
  })
  const words = (index.capacity + 31) >>> 5
  const holders = positions.map((ids, p) => {
    if (p === rarest) return null
    const set = new Uint32Array(words)
    for (const id of ids) {
      const list = index.postings.list(id)
      for (let k = 0; k < list.length; k++) setBit(set, documentOf(list[k]!))
    }
    return set
  })
  const seen = new Uint32Array(words)
  const out: number[] = []
  for (const id of positions[rarest]!) {
    const list = index.postings.list(id)
    for (let k = 0; k < list.length; k++) {
      const doc = documentOf(list[k]!)
      if (hasBit(seen, doc) || !hasBit(index.live, doc)) continue
      setBit(seen, doc)
      if (holders.some((set) => set !== null && !hasBit(set, doc))) continue
      const attribute = phraseAttribute(index.byInternal[doc]!.sequence, positions)
      if (attribute >= 0) out.push((doc << 2) | attribute)
    }
  }
  return Int32Array.from(out)
}

/** The first attribute in which the positions follow each other in `sequence`, or -1. */
function phraseAttribute(sequence: Int32Array, positions: number[][]): number {
  const first = positions[0]!
  const length = positions.length
  let attribute = 0
  for (let i = 0; i + length <= sequence.length; i++) {
    const term = sequence[i]!
    if (term < 0) {
      if (term !== BREAK) attribute = -term - 1
      continue
    }
    if (!first.includes(term)) continue
    let k = 1
    while (k < length && positions[k]!.includes(sequence[i + k]!)) k++
    if (k === length) return attribute
  }
  return -1
}
