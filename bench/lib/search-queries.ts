/** The query mix shared by the search benchmarks: with and without filters, typos, prefixes. */
import { FACET_NAMES, type SearchRequest } from '../../src/search/port'
import { seededRandom, SYNTHETIC_VOCABULARY, syntheticFillerWords } from './synthetic'

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export function typo(word: string, random: () => number): string {
  if (word.length < 5) return word
  const i = 1 + Math.floor(random() * (word.length - 2))
  return random() < 0.5 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
}

export function queryMix(count: number): SearchRequest[] {
  const random = seededRandom(99)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const domain = SYNTHETIC_VOCABULARY.domainWords.en
  const filler = syntheticFillerWords(500)
  const v = SYNTHETIC_VOCABULARY
  const requests: SearchRequest[] = []
  for (let i = 0; i < count; i++) {
    const kind = i % 8
    let q: string | undefined
    if (kind === 0) q = pick(domain)
    else if (kind === 1) q = `${pick(domain)} ${pick(domain)}`
    else if (kind === 2) q = typo(pick(domain.filter((w) => w.length >= 6)), random)
    else if (kind === 3) q = pick(domain).slice(0, 3 + Math.floor(random() * 3))
    else if (kind === 4) q = pick(filler)
    else if (kind === 5) q = `${pick(filler)} ${pick(domain)}`
    else if (kind === 6) q = undefined
    else q = 'third-country national'
    const filtered = random() < 0.5
    const filters: SearchRequest['filters'] = filtered
      ? {
          country: [pick(v.countries), pick(v.countries)],
          ...(random() < 0.5 ? { type: [pick(v.types)] } : {}),
          ...(random() < 0.3 ? { themeGroup: [pick(v.themeGroups)] } : {}),
        }
      : {}
    requests.push({
      locale: 'en',
      ...(q ? { q } : {}),
      filters,
      facets: [...FACET_NAMES],
      sort: pick(['relevance', 'relevance', 'relevance', 'newest', 'title'] as const),
      page: random() < 0.8 ? 1 : 2 + Math.floor(random() * 3),
      hitsPerPage: 20,
    })
  }
  return requests
}

/**
 * The benchmark's typo'd queries: `count` distinct domain words of 6 letters or more, each with
 * one letter dropped or two neighbouring letters swapped by `typo()` (never the first letter).
 */
export function typoQueries(count = 100): { typed: string; intended: string }[] {
  const random = seededRandom(2024)
  const candidates = SYNTHETIC_VOCABULARY.domainWords.en.filter((w) => w.length >= 6)
  const seen = new Set<string>()
  const out: { typed: string; intended: string }[] = []
  for (let guard = 0; out.length < count && guard < count * 100; guard++) {
    const intended = candidates[Math.floor(random() * candidates.length)]!
    const typed = typo(intended, random)
    if (typed === intended || seen.has(typed)) continue
    seen.add(typed)
    out.push({ typed, intended })
  }
  return out
}

/** Exact one-word queries for the noise measure: every English domain word, and 30 filler words. */
export function exactQueries(): string[] {
  return [...new Set([...SYNTHETIC_VOCABULARY.domainWords.en, ...syntheticFillerWords(30, 77)])]
}
