import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchDocument, SearchLocale } from '../../../src/search/document'
import { FACET_NAMES, type FacetName, type SearchIndex, type SearchRequest, type SearchResult } from '../../../src/search/port'
import { FACET_ATTRIBUTES, titleSortKey } from '../../../src/search/settings'
import type { GlossaryTerms } from '../../../src/search/translation'
import { ALL_FIXTURES, EN_FIXTURES, FR_FIXTURES, fixturesOf, TEST_GLOSSARY } from './fixtures'

/**
 * The behaviour every SearchIndex adapter must have. Runs on the embedded engine always and
 * on Meilisearch wherever MEILI_HOST is set. Expectations are computed from the fixtures,
 * not hard-coded, so that the fixtures can grow.
 */
export interface SearchContractOptions {
  /**
   * Whether a one-typo match ranks above a prefix-only match. The embedded engine does
   * (exact > typo > prefix). Meilisearch counts a prefix match as zero typos and ranks it
   * above a typo match, then uses `exactness`; its runner turns this check off.
   */
  typoRanksAbovePrefix?: boolean
  /** Called after the suite (e.g. to drop the indexes the factory created). */
  cleanup?: () => Promise<void>
}

const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

const searchableWords = (doc: SearchDocument) => words([doc.title, doc.summary, doc.pilotNames.join(' '), doc.body].join(' '))

function facetValues(doc: SearchDocument, facet: FacetName): string[] {
  const value = doc[FACET_ATTRIBUTES[facet]]
  if (value === null) return []
  return Array.isArray(value) ? value.map(String) : [String(value)]
}

function matchesFilters(doc: SearchDocument, filters: SearchRequest['filters']): boolean {
  return Object.entries(filters).every(([facet, values]) => {
    if (!values || values.length === 0) return true
    return facetValues(doc, facet as FacetName).some((v) => values.includes(v))
  })
}

function expectedDistribution(docs: SearchDocument[], facet: FacetName): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const doc of docs) for (const value of new Set(facetValues(doc, facet))) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

/** Safe highlight: only bare <mark>/</mark> tags, balanced, no raw '<', '>' or sentinels anywhere else. */
export function expectSafeHighlight(html: string): void {
  expect(html).not.toMatch(/[\u0000-\u0008]/)
  const withoutMarks = html.replace(/<\/?mark>/g, '')
  expect(withoutMarks).not.toMatch(/[<>]/)
  expect(withoutMarks).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/)
  const opens = html.match(/<mark>/g)?.length ?? 0
  const closes = html.match(/<\/mark>/g)?.length ?? 0
  expect(opens).toBe(closes)
}

const unescape = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

async function* batches(docs: SearchDocument[], size: number, failAfter?: number): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += size) {
    if (failAfter !== undefined && i >= failAfter) throw new Error('source failed on purpose')
    yield docs.slice(i, i + size)
  }
}

/** What the suite gives the factory: the glossary to translate queries with. */
export interface SearchIndexInputs {
  glossary: readonly GlossaryTerms[]
}

export function describeSearchContract(
  name: string,
  makeIndex: (inputs: SearchIndexInputs) => Promise<SearchIndex>,
  options: SearchContractOptions = {},
): void {
  const typoRanksAbovePrefix = options.typoRanksAbovePrefix ?? true

  describe(`search contract: ${name}`, () => {
    let index: SearchIndex
    const search = (request: Partial<SearchRequest>): Promise<SearchResult> =>
      index.search({ locale: 'en', filters: {}, facets: [], sort: 'relevance', page: 1, hitsPerPage: 100, ...request })
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)

    async function freshIndex(docs: SearchDocument[] = ALL_FIXTURES): Promise<SearchIndex> {
      const fresh = await makeIndex({ glossary: TEST_GLOSSARY })
      await fresh.applySettings()
      await fresh.upsert(docs)
      return fresh
    }

    beforeAll(async () => {
      index = await freshIndex()
    })
    afterAll(async () => {
      await options.cleanup?.()
    })

    describe('index contents', () => {
      it('reports healthy', async () => {
        const health = await index.health()
        expect(health.ok).toBe(true)
        expect(health.engine).toBe(index.engine)
      })

      it('lists the ids of each locale', async () => {
        for (const locale of ['en', 'fr'] as const) {
          expect(await index.listIds(locale)).toEqual(
            fixturesOf(locale)
              .map((d) => d.id)
              .sort(),
          )
        }
      })

      it('returns every document of the locale for an empty query', async () => {
        for (const locale of ['en', 'fr'] as const) {
          const result = await search({ locale })
          expect(result.totalHits).toBe(fixturesOf(locale).length)
          expect(ids(result).sort()).toEqual(
            fixturesOf(locale)
              .map((d) => d.id)
              .sort(),
          )
        }
      })

      it('returns documents with every field as indexed (sentinels removed)', async () => {
        const result = await search({ q: 'toolkit' })
        const hit = result.hits.find((h) => h.id === 'document-32-en')
        const fixture = EN_FIXTURES.find((d) => d.id === 'document-32-en')!
        expect(hit).toBeDefined()
        const { highlight, ...doc } = hit!
        expect(highlight).toBeDefined()
        expect(doc).toEqual({ ...fixture, summary: fixture.summary.replace(/[\u0001\u0002]/g, '') })
      })
    })

    describe('full text', () => {
      it('ranks an exact match above a typo match above a prefix-only match', async () => {
        const en = EN_FIXTURES.map((d) => ({ id: d.id, words: searchableWords(d) }))
        const exact = en.filter((d) => d.words.includes('micro')).map((d) => d.id)
        const typo = en.filter((d) => !exact.includes(d.id) && d.words.includes('macro')).map((d) => d.id)
        const prefix = en
          .filter((d) => !exact.includes(d.id) && !typo.includes(d.id) && d.words.some((w) => w.startsWith('micro')))
          .map((d) => d.id)
        expect(exact.length).toBeGreaterThan(0)
        expect(typo.length).toBeGreaterThan(0)
        expect(prefix.length).toBeGreaterThan(2)

        const order = ids(await search({ q: 'micro' }))
        for (const id of [...exact, ...typo, ...prefix]) expect(order).toContain(id)
        const pos = (list: string[]) => list.map((id) => order.indexOf(id))
        expect(Math.max(...pos(exact))).toBeLessThan(Math.min(...pos(typo)))
        expect(Math.max(...pos(exact))).toBeLessThan(Math.min(...pos(prefix)))
        if (typoRanksAbovePrefix) expect(Math.max(...pos(typo))).toBeLessThan(Math.min(...pos(prefix)))
      })

      it('tolerates typos ("microcredt" finds microcredit)', async () => {
        const expected = EN_FIXTURES.filter((d) => searchableWords(d).includes('microcredit')).map((d) => d.id)
        const found = ids(await search({ q: 'microcredt' }))
        expect(expected.length).toBeGreaterThan(3)
        for (const id of expected) expect(found).toContain(id)
        // Two typos on a long word.
        expect(ids(await search({ q: 'entreprenuership' }))).toContain('practice-12-en')
        // No typo on words shorter than 5 letters: "bonk" does not find "bank".
        expect(ids(await search({ q: 'bonk' }))).toEqual([])
      })

      it('matches prefixes ("entrepre" finds entrepreneurship)', async () => {
        const expected = EN_FIXTURES.filter((d) => searchableWords(d).some((w) => w.startsWith('entrepre'))).map((d) => d.id)
        const found = ids(await search({ q: 'entrepre' }))
        expect(found).toContain('practice-12-en')
        expect(found.sort()).toEqual(expected.sort())
      })

      it('ranks documents with every query word in the title first', async () => {
        const found = ids(await search({ q: 'diploma recognition' }))
        expect(found.slice(0, 2).sort()).toEqual(['lesson-23-en', 'practice-14-en'])
      })

      it('answers a long question by its rarer words, records holding the most of them first', async () => {
        // Of these words, only "diploma" and "recognition" are in the records; the first is in none
        // (a short query, which must match its first word, would find nothing).
        const q = 'how does our city do diploma recognition'
        const has = (doc: SearchDocument, word: string) => searchableWords(doc).includes(word)
        expect(EN_FIXTURES.some((doc) => has(doc, 'how'))).toBe(false)
        const both = EN_FIXTURES.filter((doc) => has(doc, 'diploma') && has(doc, 'recognition')).map((doc) => doc.id)
        const either = EN_FIXTURES.filter((doc) => has(doc, 'diploma') || has(doc, 'recognition')).map((doc) => doc.id)
        expect(both.length).toBeGreaterThan(0)
        const found = ids(await search({ q }))
        expect(found.slice(0, both.length).sort()).toEqual([...both].sort())
        expect([...found].sort()).toEqual([...either].sort())
      })

      it('ignores French accents in both directions', async () => {
        const both = ['document-34-fr', 'practice-14-fr', 'lesson-23-fr', 'pilot-3-fr']
        for (const q of ['diplômes', 'diplomes', 'DIPLÔMES', 'Diplomes']) {
          const found = ids(await search({ locale: 'fr', q }))
          expect(found.sort(), q).toEqual([...both].sort())
        }
        expect(ids(await search({ locale: 'fr', q: 'étrangers' }))).toContain('document-34-fr')
        expect(ids(await search({ locale: 'fr', q: 'etrangers' }))).toContain('practice-14-fr')
      })

      it('expands synonyms', async () => {
        const onlyMicrocredit = EN_FIXTURES.find((d) => d.id === 'practice-11-en')!
        expect(searchableWords(onlyMicrocredit)).not.toContain('microfinance')
        expect(ids(await search({ q: 'microfinance' }))).toContain('practice-11-en')
        expect(ids(await search({ q: 'micro-loan' }))).toContain('practice-11-en')

        const onlyMigrant = EN_FIXTURES.find((d) => d.id === 'practice-16-en')!
        expect(searchableWords(onlyMigrant)).not.toContain('newcomer')
        expect(ids(await search({ q: 'newcomer' }))).toContain('practice-16-en')
        expect(ids(await search({ q: 'third-country national' }))).toContain('practice-16-en')
        expect(ids(await search({ q: 'entrepreneur' }))).toContain('practice-19-en') // says "self-employed"

        expect(ids(await search({ locale: 'fr', q: 'microfinance' }))).toContain('practice-11-fr')
        expect(ids(await search({ locale: 'fr', q: 'migrant' }))).toContain('document-35-fr') // says "immigré"
        expect(ids(await search({ locale: 'fr', q: 'nouvel arrivant' }))).toContain('practice-10-fr') // says "migrants"
      })

      it('finds nothing for words absent from the locale', async () => {
        const result = await search({ q: 'zzyzx' })
        expect(result.hits).toEqual([])
        expect(result.totalHits).toBe(0)
        expect(result.totalPages).toBe(0)
      })
    })

    describe('compounds and hyphens', () => {
      /** Documents that write the compound in any of its forms (checked on the text, not by the engine). */
      const withCompound = (locale: SearchLocale, parts: [string, string]) =>
        fixturesOf(locale)
          .filter((d) => {
            const text = [d.title, d.summary, d.pilotNames.join(' '), d.body]
              .join(' ')
              .normalize('NFD')
              .replace(/\p{M}/gu, '')
              .toLowerCase()
            return new RegExp(`\\b${parts[0]}[\\s-]?${parts[1]}`).test(text)
          })
          .map((d) => d.id)

      it('finds "micro credit", "micro-credit" and "microcredit" with any of the three', async () => {
        const expected = withCompound('en', ['micro', 'credit'])
        // The fixtures hold all three forms.
        expect(expected).toEqual(expect.arrayContaining(['practice-11-en', 'practice-50-en', 'practice-51-en']))
        for (const q of ['micro credit', 'micro-credit', 'microcredit', 'Micro-Credit']) {
          const found = ids(await search({ q }))
          for (const id of expected) expect(found, `${q} finds ${id}`).toContain(id)
        }
      })

      it('ranks the documents with the whole compound above those with one of its parts', async () => {
        const expected = withCompound('en', ['micro', 'credit'])
        for (const q of ['micro credit', 'micro-credit']) {
          const found = ids(await search({ q }))
          const partOnly = found.filter((id) => !expected.includes(id))
          expect(partOnly.length, q).toBeGreaterThan(0) // "micro" alone: the macro/micro documents
          expect(Math.max(...expected.map((id) => found.indexOf(id))), q).toBeLessThan(Math.min(...partOnly.map((id) => found.indexOf(id))))
        }
      })

      it('does the same in French, with or without accents', async () => {
        const expected = withCompound('fr', ['micro', 'credit'])
        expect(expected).toEqual(expect.arrayContaining(['practice-11-fr', 'practice-50-fr', 'practice-51-fr']))
        for (const q of ['micro crédit', 'micro-crédit', 'microcrédit', 'microcredit', 'micro-credit']) {
          const found = ids(await search({ locale: 'fr', q }))
          for (const id of expected) expect(found, `${q} finds ${id}`).toContain(id)
        }
      })
    })

    describe('typos', () => {
      it('finds the word behind one dropped or swapped letter, whatever its ending', async () => {
        const has = (word: string) => EN_FIXTURES.filter((d) => searchableWords(d).includes(word)).map((d) => d.id)
        const cases: [string, string][] = [
          ['intgration', 'integration'],
          ['integartion', 'integration'],
          ['recogntion', 'recognition'],
          ['mentorign', 'mentoring'],
          ['coachnig', 'coaching'],
        ]
        for (const [typed, word] of cases) {
          const expected = has(word)
          expect(expected.length, word).toBeGreaterThan(0)
          const found = ids(await search({ q: typed }))
          for (const id of expected) expect(found, `${typed} finds ${id}`).toContain(id)
        }
      })
    })

    describe('across languages', () => {
      it('indexes a record without a translation with its original text, and says which language it is', async () => {
        const hit = (await search({ locale: 'fr', q: 'beekeeping' })).hits.find((h) => h.id === 'practice-52-fr')
        expect(hit?.contentLanguage).toBe('en')
        expect(hit?.title).toBe('Beekeeping cooperatives for refugee families')
        const french = (await search({ locale: 'en', q: 'apiculture' })).hits.find((h) => h.id === 'lesson-53-en')
        expect(french?.contentLanguage).toBe('fr')
        const own = (await search({ locale: 'fr', q: 'apiculture' })).hits.find((h) => h.id === 'lesson-53-fr')
        expect(own?.contentLanguage).toBe('fr')
      })

      it('finds an English-only record from a French query through the glossary', async () => {
        const found = ids(await search({ locale: 'fr', q: 'apiculture' }))
        expect(found).toContain('practice-52-fr') // says "Beekeeping", never "apiculture"
        expect(searchableWords(FR_FIXTURES.find((d) => d.id === 'practice-52-fr')!)).not.toContain('apiculture')
      })

      it('finds a French-only record from an English query, phrases included', async () => {
        expect(ids(await search({ locale: 'en', q: 'beekeeping' }))).toContain('lesson-53-en') // says "apiculture"
        expect(ids(await search({ locale: 'en', q: 'urban gardens' }))).toContain('lesson-53-en') // says "jardins partagés"
      })

      it("ranks the reader's own words above their translation", async () => {
        // The translated matches are in titles, the reader's own words only in bodies: still first.
        const fr = ids(await search({ locale: 'fr', q: 'apiculture' }))
        expect(fr.indexOf('practice-54-fr')).toBeGreaterThanOrEqual(0)
        expect(fr.indexOf('lesson-53-fr')).toBeLessThan(fr.indexOf('practice-52-fr'))
        expect(fr.indexOf('practice-54-fr')).toBeLessThan(fr.indexOf('practice-52-fr'))
        const en = ids(await search({ locale: 'en', q: 'beekeeping' }))
        expect(en.indexOf('practice-54-en')).toBeGreaterThanOrEqual(0)
        expect(en.indexOf('practice-52-en')).toBeLessThan(en.indexOf('lesson-53-en'))
        expect(en.indexOf('practice-54-en')).toBeLessThan(en.indexOf('lesson-53-en'))
      })

      it("finds the other terms of a glossary entry in the reader's own language, below the reader's words", async () => {
        // No English record says "beehives"; the entry's other English term "hives" is in two,
        // its French term "ruches" in the French-only lesson.
        expect(EN_FIXTURES.some((doc) => searchableWords(doc).includes('beehives'))).toBe(false)
        const withHives = EN_FIXTURES.filter((doc) => searchableWords(doc).includes('hives')).map((doc) => doc.id)
        expect(withHives.length).toBeGreaterThan(0)
        const found = ids(await search({ locale: 'en', q: 'beehives' }))
        for (const id of withHives) expect(found, id).toContain(id)
        expect(found).toContain('lesson-53-en')
        // A reader who types "hives" gets the records with that word before any variant's.
        const own = ids(await search({ locale: 'en', q: 'hives' }))
        expect(own.slice(0, withHives.length).sort()).toEqual([...withHives].sort())
      })

      it('counts translated matches in the totals and facets', async () => {
        const result = await search({ locale: 'fr', q: 'apiculture', facets: ['type'] })
        expect(result.totalHits).toBe(result.hits.length)
        expect(result.facetDistribution.type).toEqual(expectedDistribution(result.hits, 'type'))
      })
    })

    describe('did you mean', () => {
      it('proposes a correction from the indexed words when a query finds nothing', async () => {
        const result = await search({ q: 'bonk' })
        expect(result.totalHits).toBe(0)
        expect(result.suggestion).toBe('bank')
        expect((await search({ q: result.suggestion! })).totalHits).toBeGreaterThan(0)
      })

      it('drops a word that no document has and keeps the others', async () => {
        const result = await search({ q: 'zzyzx microcredit' })
        expect(result.totalHits).toBe(0)
        expect(result.suggestion).toBe('microcredit')
      })

      it('only proposes what finds something with the same filters, and nothing when all is well', async () => {
        expect((await search({ q: 'zzyzx' })).suggestion).toBeUndefined()
        expect((await search({ q: 'zzyzx microcredit', filters: { country: ['FI'] } })).suggestion).toBeUndefined()
        expect((await search({ q: 'microcredit' })).suggestion).toBeUndefined()
      })
    })

    describe('locales', () => {
      it('never returns a document of another locale', async () => {
        for (const q of ['microcredit', 'microcrédit', 'migrant', 'SMILE', 'EMPOWER', '']) {
          for (const locale of ['en', 'fr'] as const) {
            const result = await search({ locale, q, facets: ['type'] })
            for (const hit of result.hits) expect(hit.locale, `${q} in ${locale}`).toBe(locale)
          }
        }
      })

      it('counts facets within the locale only', async () => {
        const result = await search({ locale: 'fr', facets: ['type'] })
        expect(result.facetDistribution.type).toEqual(expectedDistribution(FR_FIXTURES, 'type'))
      })
    })

    describe('filters and facets', () => {
      const cases: { locale: SearchLocale; filters: SearchRequest['filters'] }[] = [
        { locale: 'en', filters: {} },
        { locale: 'fr', filters: {} },
        { locale: 'en', filters: { country: ['BE'] } },
        { locale: 'en', filters: { type: ['practice', 'lesson'] } },
        { locale: 'en', filters: { country: ['BE', 'NL'], themeGroup: ['economic-inclusion'] } },
        { locale: 'en', filters: { type: ['practice'], evidenceLevel: ['monitored'] } },
        { locale: 'en', filters: { year: ['2023', '2025'], language: ['fr'] } },
        { locale: 'en', filters: { pilot: ['smile'], lessonKind: ['success'] } },
        { locale: 'en', filters: { fundingInstrument: ['ceb-loan'], interventionType: ['microcredit'] } },
        { locale: 'fr', filters: { theme: ['recognition-qualifications'], targetGroup: ['refugees'] } },
      ]
      for (const { locale, filters } of cases) {
        it(`filters and counts every facet: ${locale} ${JSON.stringify(filters)}`, async () => {
          const expectedDocs = fixturesOf(locale).filter((d) => matchesFilters(d, filters))
          expect(expectedDocs.length).toBeGreaterThan(0)
          const result = await search({ locale, filters, facets: [...FACET_NAMES] })
          expect(ids(result).sort()).toEqual(expectedDocs.map((d) => d.id).sort())
          expect(result.totalHits).toBe(expectedDocs.length)
          for (const facet of FACET_NAMES) {
            expect(result.facetDistribution[facet] ?? {}, facet).toEqual(expectedDistribution(expectedDocs, facet))
          }
        })
      }

      it('counts facets on the hits of a query with filters', async () => {
        const result = await search({ q: 'training', filters: { country: ['NL', 'IT'] }, facets: [...FACET_NAMES] })
        expect(result.totalHits).toBeGreaterThan(1)
        expect(result.hits.length).toBe(result.totalHits)
        for (const hit of result.hits) expect(hit.countries.some((c) => c === 'NL' || c === 'IT')).toBe(true)
        for (const facet of FACET_NAMES) {
          expect(result.facetDistribution[facet] ?? {}, facet).toEqual(expectedDistribution(result.hits, facet))
        }
      })

      it('returns only the requested facets', async () => {
        const result = await search({ facets: ['country', 'year'] })
        expect(Object.keys(result.facetDistribution).sort()).toEqual(['country', 'year'])
      })

      it('treats filter values as data, not syntax', async () => {
        for (const value of ['BE" OR type = "lesson', "BE' OR 1=1", 'BE\\', '"', 'NOT BE', 'countries EXISTS']) {
          const result = await search({ filters: { country: [value] } })
          expect(result.totalHits, value).toBe(0)
        }
        const unknown = await search({ filters: { theme: ['no-such-theme'] }, facets: ['type'] })
        expect(unknown.hits).toEqual([])
        expect(unknown.totalHits).toBe(0)
      })
    })

    describe('sort', () => {
      it('sorts by newest', async () => {
        for (const q of ['', 'training']) {
          const result = await search({ q, sort: 'newest' })
          expect(result.hits.length).toBeGreaterThan(2)
          const dates = result.hits.map((h) => h.publishedAt)
          expect(dates).toEqual([...dates].sort((a, b) => b - a))
        }
      })

      it('sorts by title, ignoring case and accents', async () => {
        for (const locale of ['en', 'fr'] as const) {
          const result = await search({ locale, sort: 'title' })
          const keys = result.hits.map((h) => titleSortKey(h.title))
          expect(keys).toEqual([...keys].sort())
          expect(result.totalHits).toBe(fixturesOf(locale).length)
        }
      })
    })

    describe('pagination', () => {
      const total = EN_FIXTURES.length

      it('pages through every hit exactly once, the last page partial', async () => {
        const hitsPerPage = 5
        const expectedPages = Math.ceil(total / hitsPerPage)
        expect(total % hitsPerPage).not.toBe(0)
        const seen: string[] = []
        for (let page = 1; page <= expectedPages; page++) {
          const result = await search({ sort: 'newest', page, hitsPerPage })
          expect(result.page).toBe(page)
          expect(result.hitsPerPage).toBe(hitsPerPage)
          expect(result.totalHits).toBe(total)
          expect(result.totalPages).toBe(expectedPages)
          expect(result.hits.length).toBe(page < expectedPages ? hitsPerPage : total - hitsPerPage * (expectedPages - 1))
          seen.push(...ids(result))
        }
        expect([...new Set(seen)].sort()).toEqual(EN_FIXTURES.map((d) => d.id).sort())
        expect(seen.length).toBe(total)
      })

      it('returns no hits but correct totals beyond the last page', async () => {
        const result = await search({ page: 99, hitsPerPage: 10, facets: ['type'] })
        expect(result.hits).toEqual([])
        expect(result.totalHits).toBe(total)
        expect(result.totalPages).toBe(Math.ceil(total / 10))
        expect(result.page).toBe(99)
        expect(result.facetDistribution.type).toEqual(expectedDistribution(EN_FIXTURES, 'type'))
      })

      it('supports hitsPerPage 1 and 100', async () => {
        const one = await search({ hitsPerPage: 1, sort: 'title' })
        expect(one.hits.length).toBe(1)
        expect(one.totalPages).toBe(total)
        const hundred = await search({ hitsPerPage: 100 })
        expect(hundred.hits.length).toBe(total)
        expect(hundred.totalPages).toBe(1)
      })

      it('rejects out-of-range pages and page sizes', async () => {
        await expect(search({ hitsPerPage: 0 })).rejects.toThrow()
        await expect(search({ hitsPerPage: 101 })).rejects.toThrow()
        await expect(search({ page: 0 })).rejects.toThrow()
      })
    })

    describe('highlighting', () => {
      it('wraps matches in <mark> and escapes hostile text', async () => {
        const result = await search({ q: 'coaching' })
        const hit = result.hits.find((h) => h.id === 'document-32-en')!
        expect(hit).toBeDefined()
        expect(hit.highlight.title).toContain('<mark>Coaching</mark>')
        expect(hit.highlight.title).toContain('&lt;script&gt;')
        expect(hit.highlight.title).not.toContain('<script')
        expect(hit.highlight.summary).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
        expect(hit.highlight.summary).toContain('&lt;mark&gt;fake&lt;/mark&gt;')
        expect(hit.highlight.summary).toContain('sentinel characters')
        expect(hit.highlight.body).toContain('<mark>coaching</mark>')
        expect(hit.highlight.body).toContain('&lt;b&gt;agree&lt;/b&gt;')
        for (const h of result.hits) {
          for (const html of Object.values(h.highlight)) expectSafeHighlight(html)
          expect(unescape(h.highlight.title)).toBe(h.title)
          expect(unescape(h.highlight.summary)).toBe(h.summary)
        }
      })

      it('marks matches found through typos, prefixes and accents', async () => {
        const typo = (await search({ q: 'microcredt' })).hits.find((h) => h.id === 'practice-11-en')!
        expect(typo.highlight.title).toContain('<mark>Microcredit</mark>')
        const prefix = (await search({ q: 'entrepre' })).hits.find((h) => h.id === 'practice-12-en')!
        expect(prefix.highlight.title).toMatch(/<mark>Entrepre[a-z]*<\/mark>/)
        const accent = (await search({ locale: 'fr', q: 'diplomes' })).hits.find((h) => h.id === 'practice-14-fr')!
        expect(accent.highlight.title).toContain('<mark>diplômes</mark>')
      })

      it('crops the body to a snippet around the first match', async () => {
        const hit = (await search({ q: 'apprenticeship' })).hits.find((h) => h.id === 'practice-18-en')!
        expect(hit).toBeDefined()
        expect(hit.highlight.body).toContain('<mark>apprenticeship</mark>')
        expect(hit.highlight.body.startsWith('…')).toBe(true)
        const snippetWords = unescape(hit.highlight.body).match(/[\p{L}\p{N}]+/gu) ?? []
        expect(snippetWords.length).toBeLessThanOrEqual(32)
        expect(snippetWords.length).toBeGreaterThanOrEqual(10)
        expect(hit.body.length).toBeGreaterThan(unescape(hit.highlight.body).length)
        // Without a match in the body, the snippet is the start of the body.
        const noBodyMatch = (await search({ q: 'established' })).hits.find((h) => h.id === 'practice-18-en')!
        expect(unescape(noBodyMatch.highlight.body).startsWith('Mentors are recruited')).toBe(true)
      })
    })

    describe('writes', () => {
      it('replaces a document on upsert and forgets removed ones', async () => {
        const local = await freshIndex()
        expect(ids(await local.search(req('instalments')))).toEqual(['practice-11-en'])
        const original = EN_FIXTURES.find((d) => d.id === 'practice-11-en')!
        await local.upsert([{ ...original, summary: 'Small loans combined with peer-support circles.' }])
        expect(ids(await local.search(req('instalments')))).toEqual([])
        expect(ids(await local.search(req('circles')))).toEqual(['practice-11-en'])
        expect((await local.listIds('en')).length).toBe(EN_FIXTURES.length)

        await local.remove(['practice-13-en', 'practice-99-en'])
        expect(ids(await local.search(req('micro')))).not.toContain('practice-13-en')
        expect(await local.listIds('en')).not.toContain('practice-13-en')
        expect((await local.listIds('en')).length).toBe(EN_FIXTURES.length - 1)
        expect((await local.listIds('fr')).length).toBe(FR_FIXTURES.length)
      })

      it('rejects invalid documents', async () => {
        const original = EN_FIXTURES[0]!
        await expect(index.upsert([{ ...original, id: 'pilot/1-en' }])).rejects.toThrow(/id/)
        await expect(index.upsert([{ ...original, id: 'pilot-2-en' }])).rejects.toThrow(/id/)
        await expect(index.upsert([{ ...original, countries: ['be'] }])).rejects.toThrow(/countries/)
      })

      it('rebuilds into a new index and swaps it in', async () => {
        const local = await freshIndex()
        const dropped = new Set(['practice-13-en', 'lesson-23-fr'])
        const changed = { ...EN_FIXTURES.find((d) => d.id === 'practice-12-en')!, title: 'Entrepreneurship training in evening classes' }
        const added: SearchDocument = {
          ...EN_FIXTURES.find((d) => d.id === 'practice-17-en')!,
          id: 'practice-40-en',
          recordId: '40',
          slug: 'savings-groups',
          title: 'Rotating savings groups for women',
          summary: 'Members save together every week.',
        }
        const next = [...ALL_FIXTURES.filter((d) => !dropped.has(d.id) && d.id !== changed.id), changed, added]
        const progress: number[] = []
        const result = await local.rebuild(batches(next, 7), (done) => progress.push(done))
        expect(result.indexed).toBe(next.length)
        expect(progress.at(-1)).toBe(next.length)
        for (const locale of ['en', 'fr'] as const) {
          expect(await local.listIds(locale)).toEqual(
            next
              .filter((d) => d.locale === locale)
              .map((d) => d.id)
              .sort(),
          )
        }
        expect(ids(await local.search(req('rotating')))).toEqual(['practice-40-en'])
        expect(ids(await local.search(req('evening classes')))[0]).toBe('practice-12-en')
        expect(ids(await local.search(req('micro')))).not.toContain('practice-13-en')

        // Also from a plain array of batches.
        await local.rebuild([EN_FIXTURES.slice(0, 3), FR_FIXTURES.slice(0, 2)])
        expect((await local.listIds('en')).length).toBe(3)
        expect((await local.listIds('fr')).length).toBe(2)
      })

      it('keeps the old index when a rebuild fails', async () => {
        const local = await freshIndex()
        const before = { en: await local.listIds('en'), fr: await local.listIds('fr') }
        const replacement = ALL_FIXTURES.map((d) => ({ ...d, title: `${d.title} replaced` }))
        await expect(local.rebuild(batches(replacement, 5, 10))).rejects.toThrow(/on purpose/)
        expect(await local.listIds('en')).toEqual(before.en)
        expect(await local.listIds('fr')).toEqual(before.fr)
        expect(ids(await local.search(req('replaced')))).toEqual([])
        expect(ids(await local.search(req('instalments')))).toEqual(['practice-11-en'])

        const invalid = [EN_FIXTURES.slice(0, 3), [{ ...EN_FIXTURES[3]!, id: 'not valid!' }]]
        await expect(local.rebuild(invalid)).rejects.toThrow()
        expect(await local.listIds('en')).toEqual(before.en)
        // The live index still accepts writes afterwards.
        await local.remove(['practice-11-en'])
        expect(ids(await local.search(req('instalments')))).toEqual([])
      })
    })
  })
}

function req(q: string, locale: SearchLocale = 'en'): SearchRequest {
  return { locale, q, filters: {}, facets: [], sort: 'relevance', page: 1, hitsPerPage: 100 }
}
