import { describe, expect, it } from 'vitest'
import { WordDictionary } from '../../../src/search/embedded/dictionary'

/**
 * The typo lookup walks the sorted words with pruning; its oracle here is a plain edit distance
 * over every word, written in this file (optimal string alignment: a swap of two neighbouring
 * letters is one edit; a different first letter costs one typo more).
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

function expected(words: string[], term: string, max: number): string[] {
  return words
    .map((word) => {
      let typos = distance(term, word)
      if (typos > 0 && word[0] !== term[0]) typos++
      return { word, typos }
    })
    .filter(({ typos }) => typos <= max)
    .map(({ word, typos }) => `${word}:${typos}`)
    .sort()
}

function lookup(dictionary: WordDictionary, term: string, max: number): string[] {
  const found: string[] = []
  dictionary.forTypos(term, max, (id, typos) => found.push(`${dictionary.word(id)}:${typos}`))
  return found.sort()
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('typo lookup of the word dictionary', () => {
  const letters = 'aceimnorst'
  const next = random(16)
  const pick = (n: number) => Math.floor(next() * n)
  const randomWord = () => Array.from({ length: 2 + pick(10) }, () => letters[pick(letters.length)]).join('')
  const words = [
    ...new Set([...Array.from({ length: 3000 }, randomWord), 'microcredit', 'microcredits', 'macrocredit', 'icrocredit', 'mircocredit']),
  ]
  const dictionary = new WordDictionary()
  // Most words go in before the first lookup (the sorted array), the last ones after it (the recent list).
  words.slice(0, -40).forEach((word, i) => dictionary.add(word, i))
  dictionary.forTypos('warm', 1, () => undefined)
  words.slice(-40).forEach((word, i) => dictionary.add(word, i))

  it('finds exactly the words within one or two typos, first letter rule included', () => {
    expect(lookup(dictionary, 'microcredit', 2)).toEqual(expected(words, 'microcredit', 2))
    expect(lookup(dictionary, 'microcredit', 2)).toEqual(
      expect.arrayContaining(['microcredits:1', 'mircocredit:1', 'macrocredit:1', 'icrocredit:2']),
    )
    const mutate = (word: string) => {
      const at = pick(word.length)
      const letter = letters[pick(letters.length)]!
      const kind = pick(4)
      if (kind === 0) return word.slice(0, at) + word.slice(at + 1)
      if (kind === 1) return word.slice(0, at) + letter + word.slice(at)
      if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1)
      return word.slice(0, at) + word.slice(at + 1, at + 2) + word.slice(at, at + 1) + word.slice(at + 2)
    }
    for (let t = 0; t < 120; t++) {
      let term = words[pick(words.length)]!
      if (next() < 0.7) term = mutate(term)
      if (next() < 0.4) term = mutate(term)
      if (term.length === 0) continue
      for (const max of [1, 2]) expect(lookup(dictionary, term, max), `${term} within ${max}`).toEqual(expected(words, term, max))
    }
  })
})
