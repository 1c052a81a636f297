/**
 * Benchmark of the embedded engine's typo lookup (not a test).
 *   npx tsx bench/typo-lookup.ts [--docs 10000] [--lookups 20000]
 * Fills a word dictionary (src/search/embedded/dictionary.ts) with every word of `--docs`
 * synthetic records in English and French (bench/lib/synthetic.ts), as the engine folds them, then
 * looks up typo'd words with the budget the search settings give their length: one letter dropped
 * or two neighbouring letters swapped (never the first), and a wrong first letter for one lookup
 * in five. Prints the dictionary's size, lookups per second and the median and p95 time of one
 * lookup, and a checksum of the words found, so that two implementations can be compared on the
 * same input (run it at two commits: the checksums must be equal).
 */
import os from 'node:os'

import { foldedWords } from '../src/search/analysis'
import { WordDictionary } from '../src/search/embedded/dictionary'
import { typosAllowed } from '../src/search/settings'
import { positive } from './lib/arguments'
import { percentile, typo } from './lib/search-queries'
import { seededRandom, syntheticDocuments } from './lib/synthetic'

const docs = positive('docs', 10_000)
const lookups = positive('lookups', 20_000)

const dictionary = new WordDictionary()
const vocabulary: string[] = []
for (const doc of syntheticDocuments({ count: docs, locales: ['en', 'fr'] })) {
  for (const word of foldedWords(`${doc.title} ${doc.summary} ${doc.body}`)) {
    if (dictionary.id(word) !== undefined) continue
    dictionary.add(word, vocabulary.length)
    vocabulary.push(word)
  }
}

const random = seededRandom(7)
const candidates = vocabulary.filter((word) => typosAllowed(word) > 0)
const terms = Array.from({ length: lookups }, (_, i) => {
  const word = candidates[Math.floor(random() * candidates.length)]!
  const typed = i % 5 === 4 ? String.fromCharCode(97 + Math.floor(random() * 26)) + word.slice(1) : typo(word, random)
  return { typed, budget: typosAllowed(word) }
})

// The first lookup sorts the dictionary; warm up on a tenth of the terms. The checksum is a sum,
// so that it does not depend on the order in which the words are found.
let checksum = 0
const visit = (id: number, typos: number) => {
  checksum = (checksum + ((id * 7919 + typos * 104_729 + 1) % 1_000_003)) % 2_147_483_647
}
for (const { typed, budget } of terms.slice(0, Math.ceil(lookups / 10))) dictionary.forTypos(typed, budget, visit)
checksum = 0

const times: number[] = []
const started = performance.now()
for (const { typed, budget } of terms) {
  const t0 = performance.now()
  dictionary.forTypos(typed, budget, visit)
  times.push(performance.now() - t0)
}
const elapsed = performance.now() - started
times.sort((a, b) => a - b)

console.log(`node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(2)}`)
console.log(`${vocabulary.length.toLocaleString('en')} words from ${docs.toLocaleString('en')} synthetic records (en, fr)`)
console.log(
  `${lookups.toLocaleString('en')} lookups: ${Math.round(lookups / (elapsed / 1000)).toLocaleString('en')}/s, ` +
    `p50 ${(percentile(times, 50) * 1000).toFixed(0)} µs, p95 ${(percentile(times, 95) * 1000).toFixed(0)} µs, checksum ${checksum}`,
)
