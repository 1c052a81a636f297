import { describe, expect, it } from 'vitest'
import { createSearchIndex } from '../../../src/search'
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../../../src/search/document'
import { EmbeddedSearchIndex } from '../../../src/search/embedded'
import {
  meilisearchSettings,
  MeilisearchSearchIndex,
  MeilisearchTaskError,
  quoteFilterValue,
  termId,
  termsIndexSettings,
  toMeilisearchFilter,
  TRANSLATION_WEIGHT,
} from '../../../src/search/meilisearch'
import { expectSafeHighlight } from './contract'
import { fakeMeilisearch, summary } from './fake-meilisearch'
import { EN_FIXTURES, FR_FIXTURES } from './fixtures'

/**
 * The Meilisearch adapter without a server: a scripted stand-in (fake-meilisearch.ts) answers
 * the HTTP calls, so that request building, response mapping, task failure handling and the
 * rebuild sequence are checked everywhere. The real engine runs in meilisearch.contract.test.ts.
 */

describe('Meilisearch filters and settings', () => {
  it('quotes and escapes every filter value', () => {
    expect(quoteFilterValue('BE')).toBe('"BE"')
    expect(quoteFilterValue('BE" OR type = "lesson')).toBe('"BE\\" OR type = \\"lesson"')
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"')
    expect(toMeilisearchFilter({})).toBeUndefined()
    expect(toMeilisearchFilter({ country: [] })).toBeUndefined()
    expect(toMeilisearchFilter({ type: ['practice', 'lesson'], country: ['BE'], year: ['2023'] })).toEqual([
      ['type = "practice"', 'type = "lesson"'],
      ['countries = "BE"'],
      ['year = "2023"'],
    ])
  })

  it('builds the settings of each locale from the shared constant', () => {
    const en = meilisearchSettings('en')
    expect(en.searchableAttributes).toEqual(['title', 'summary', 'pilotNames', 'body'])
    expect(en.filterableAttributes).toEqual(expect.arrayContaining(['countries', 'pilotSlugs', 'year', 'type', 'locale']))
    expect(en.sortableAttributes).toEqual(['publishedAt', 'titleSort'])
    expect(en.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } })
    expect(en.faceting).toEqual({ maxValuesPerFacet: 200 })
    expect(en.pagination).toEqual({ maxTotalHits: 10000 })
    expect(en.searchCutoffMs).toBe(150)
    expect(en.synonyms?.['microfinance']).toEqual(['microcredit', 'micro-loan', 'microloan'])
    expect(en.synonyms?.['newcomer']).toEqual(['migrant', 'third-country national', 'immigrant'])
    const fr = meilisearchSettings('fr')
    expect(fr.synonyms?.['microcrédit']).toEqual(['microfinance', 'micro-prêt'])
    expect(fr.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['fra'] }])
    // Compounds: hyphens and dashes separate, nothing glues words together (docs/search.md).
    expect(en.separatorTokens).toEqual(expect.arrayContaining(['\u2010', '\u2011', '\u2013', '\u2019']))
    expect(en.nonSeparatorTokens).toEqual([])
    expect(en.dictionary).toEqual([])
  })

  it('keeps the words of each locale in a terms index with more typos allowed and no prefixes', () => {
    const terms = termsIndexSettings('fr')
    expect(terms.searchableAttributes).toEqual(['term'])
    expect(terms.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 5 } })
    expect(terms.prefixSearch).toBe('disabled')
    expect(termId('micro')).toBe('6d6963726f')
    expect(termId('prêt')).toMatch(/^[0-9a-f]+$/)
  })
})

describe('Meilisearch adapter against a scripted server', () => {
  it('builds the search request and maps the response safely', async () => {
    const doc = EN_FIXTURES[0]!
    const { index, calls } = fakeMeilisearch({
      searchResponse: {
        hits: [
          {
            ...doc,
            titleSort: 'microstart project',
            _formatted: {
              title: `${S}MicroStart${E} <script>x</script>`,
              summary: 'plain <img onerror=1>',
              body: `…${S}coaching${E} & more…`,
            },
          },
        ],
        query: 'microstart',
        processingTimeMs: 3,
        hitsPerPage: 5,
        page: 2,
        totalPages: 3,
        totalHits: 11,
        facetDistribution: { countries: { BE: 4 }, type: { pilot: 1 } },
      },
    })
    const result = await index.search({
      locale: 'fr',
      q: 'microstart',
      filters: { country: ['BE" OR 1=1'], type: ['pilot'] },
      facets: ['country', 'type', 'year'],
      sort: 'newest',
      page: 2,
      hitsPerPage: 5,
    })
    const call = calls.find((c) => c.path === '/indexes/unit_fr/search')!
    expect(call.body).toMatchObject({
      q: 'microstart',
      filter: [['type = "pilot"'], ['countries = "BE\\" OR 1=1"']],
      facets: ['countries', 'type', 'year'],
      sort: ['publishedAt:desc'],
      page: 2,
      hitsPerPage: 5,
      attributesToHighlight: ['title', 'summary', 'body'],
      highlightPreTag: S,
      highlightPostTag: E,
      attributesToCrop: ['body'],
      cropLength: 30,
    })
    expect(result.totalHits).toBe(11)
    expect(result.totalPages).toBe(3)
    expect(result.page).toBe(2)
    expect(result.facetDistribution).toEqual({ country: { BE: 4 }, type: { pilot: 1 }, year: {} })
    const hit = result.hits[0]!
    expect(hit).not.toHaveProperty('titleSort')
    expect(hit).not.toHaveProperty('otherLanguage')
    expect(hit).not.toHaveProperty('_formatted')
    expect(hit.highlight.title).toBe('<mark>MicroStart</mark> &lt;script&gt;x&lt;/script&gt;')
    expect(hit.highlight.summary).toBe('plain &lt;img onerror=1&gt;')
    expect(hit.highlight.body).toBe('…<mark>coaching</mark> &amp; more…')
    for (const html of Object.values(hit.highlight)) expectSafeHighlight(html)
  })

  it('applies the settings before the first documents and throws when a task fails', async () => {
    const { index, calls } = fakeMeilisearch({
      failTask: (call) => (call.path.endsWith('/documents') ? 'invalid_document_fields' : undefined),
    })
    const error = await index.upsert([EN_FIXTURES[0]!, FR_FIXTURES[0]!]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeilisearchTaskError)
    expect(String(error)).toContain('invalid_document_fields')
    const steps = summary(calls)
    expect(steps.indexOf('PATCH /indexes/unit_en/settings')).toBeGreaterThanOrEqual(0)
    expect(steps.indexOf('PATCH /indexes/unit_fr/settings')).toBeLessThan(steps.indexOf('POST /indexes/unit_en/documents'))
  })

  it('sends documents with a normalised title sort key, in batches, to the index of their locale', async () => {
    const { index, calls } = fakeMeilisearch()
    await index.upsert(EN_FIXTURES.slice(0, 15))
    const adds = calls.filter((c) => c.method === 'POST' && c.path === '/indexes/unit_en/documents')
    expect(adds.map((c) => (c.body as unknown[]).length)).toEqual([10, 5])
    const first = (adds[0]!.body as Record<string, unknown>[])[0]!
    expect(first).toMatchObject({ id: EN_FIXTURES[0]!.id, titleSort: 'microstart project', otherLanguage: 0 })
    // A record with no English translation goes in with its French text, ranked after English text.
    await index.upsert(EN_FIXTURES.filter((doc) => doc.contentLanguage === 'fr'))
    const foreign = calls.filter((c) => c.method === 'POST' && c.path === '/indexes/unit_en/documents').at(-1)!.body as Record<
      string,
      unknown
    >[]
    expect(foreign.length).toBeGreaterThan(0)
    for (const doc of foreign) expect(doc).toMatchObject({ contentLanguage: 'fr', otherLanguage: 1 })
    expect(calls.some((c) => c.path === '/indexes/unit_fr/documents')).toBe(false)
  })

  it('sends the words of the documents to the terms index of their locale, with hex ids', async () => {
    const { index, calls } = fakeMeilisearch()
    await index.upsert([FR_FIXTURES.find((d) => d.id === 'practice-51-fr')!])
    const terms = calls
      .filter((c) => c.method === 'POST' && c.path === '/indexes/unit_fr_terms/documents')
      .flatMap((c) => c.body as { id: string; term: string }[])
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['mentorat', 'micro', 'credit', 'emprunteur']))
    for (const t of terms) expect(t.id).toBe(termId(t.term))
    expect(calls.some((c) => c.path === '/indexes/unit_en_terms/documents')).toBe(false)
  })

  it("searches the translation of the words the glossary knows, weighted below the reader's words, in one federated search", async () => {
    const doc = FR_FIXTURES.find((d) => d.id === 'practice-52-fr')!
    let sent: { federation?: Record<string, unknown>; queries: Record<string, unknown>[] } | undefined
    const { index } = fakeMeilisearch({
      glossary: [{ en: ['beekeeping'], fr: ['apiculture'] }],
      multiSearch: (body) => {
        sent = body
        return {
          hits: [
            {
              ...doc,
              titleSort: 'x',
              _federation: { indexUid: 'unit_fr', queriesPosition: 1 },
              _formatted: { title: `${S}Beekeeping${E}` },
            },
          ],
          estimatedTotalHits: 23,
          offset: 10,
          limit: 10,
          processingTimeMs: 2,
          facetsByIndex: { unit_fr: { distribution: { type: { practice: 23 } }, stats: {} } },
        }
      },
    })
    const result = await index.search({
      locale: 'fr',
      q: 'Apiculture',
      filters: { country: ['FI'] },
      facets: ['type'],
      sort: 'relevance',
      page: 2,
      hitsPerPage: 10,
    })
    expect(sent!.federation).toEqual({ offset: 10, limit: 10, facetsByIndex: { unit_fr: ['type'] } })
    expect(sent!.queries.map((q) => [q.indexUid, q.q, (q.federationOptions as { weight?: number } | undefined)?.weight])).toEqual([
      ['unit_fr', 'Apiculture', undefined],
      ['unit_fr', 'beekeeping', TRANSLATION_WEIGHT],
    ])
    for (const q of sent!.queries) {
      expect(q).toMatchObject({ filter: [['countries = "FI"']], attributesToHighlight: ['title', 'summary', 'body'] })
      expect(q).not.toHaveProperty('page')
      expect(q).not.toHaveProperty('facets')
    }
    expect(result).toMatchObject({ totalHits: 23, totalPages: 3, page: 2, hitsPerPage: 10, facetDistribution: { type: { practice: 23 } } })
    expect(result.hits[0]).not.toHaveProperty('_federation')
    expect(result.hits[0]!.contentLanguage).toBe('en')
    expect(result.hits[0]!.highlight.title).toBe('<mark>Beekeeping</mark>')
  })

  it('proposes the correction from the terms index that finds the most, with the same filters', async () => {
    const bodies: { queries: Record<string, unknown>[] }[] = []
    const { index } = fakeMeilisearch({
      multiSearch: (body) => {
        bodies.push(body)
        if (bodies.length === 1) {
          // The terms of each word: "zzyzx" has none, "bonk" has two corrections.
          return {
            results: [
              { hits: [], totalHits: 0 },
              { hits: [{ term: 'book' }, { term: 'bank' }], totalHits: 2 },
            ],
          }
        }
        return { results: body.queries.map((q) => ({ hits: [], totalHits: q.q === 'bank' ? 3 : 1 })) }
      },
    })
    const result = await index.search({
      locale: 'en',
      q: 'zzyzx bonk',
      filters: { country: ['BE'] },
      facets: [],
      sort: 'relevance',
      page: 1,
      hitsPerPage: 10,
    })
    expect(bodies[0]!.queries).toEqual([
      { indexUid: 'unit_en_terms', q: 'zzyzx', limit: 4 },
      { indexUid: 'unit_en_terms', q: 'bonk', limit: 4 },
    ])
    expect(bodies[1]!.queries.map((q) => q.q)).toEqual(['book', 'bank'])
    for (const q of bodies[1]!.queries) expect(q).toMatchObject({ indexUid: 'unit_en', filter: [['countries = "BE"']] })
    expect(result.suggestion).toBe('bank')
  })

  it('rebuilds into *_next indexes, swaps both locales in one task and drops the old ones', async () => {
    const { index, calls } = fakeMeilisearch()
    const result = await index.rebuild([EN_FIXTURES.slice(0, 3), FR_FIXTURES.slice(0, 2)])
    expect(result.indexed).toBe(5)
    const steps = summary(calls)
    const swapAt = steps.indexOf('POST /swap-indexes')
    expect(swapAt).toBeGreaterThan(steps.indexOf('POST /indexes/unit_en_next/documents'))
    expect(swapAt).toBeGreaterThan(steps.indexOf('POST /indexes/unit_fr_next/documents'))
    expect(steps.indexOf('PATCH /indexes/unit_en_next/settings')).toBeLessThan(steps.indexOf('POST /indexes/unit_en_next/documents'))
    expect(swapAt).toBeGreaterThan(steps.indexOf('POST /indexes/unit_en_terms_next/documents'))
    expect(steps.slice(swapAt + 1)).toEqual([
      'DELETE /indexes/unit_en_next',
      'DELETE /indexes/unit_en_terms_next',
      'DELETE /indexes/unit_fr_next',
      'DELETE /indexes/unit_fr_terms_next',
    ])
    const swap = calls.find((c) => c.path === '/swap-indexes')!
    expect(swap.body).toEqual([
      { indexes: ['unit_en', 'unit_en_next'], rename: false },
      { indexes: ['unit_en_terms', 'unit_en_terms_next'], rename: false },
      { indexes: ['unit_fr', 'unit_fr_next'], rename: false },
      { indexes: ['unit_fr_terms', 'unit_fr_terms_next'], rename: false },
    ])
  })

  it('never swaps when the source or a task fails, and drops the half-built index', async () => {
    const failing = fakeMeilisearch()
    async function* source() {
      yield EN_FIXTURES.slice(0, 2)
      throw new Error('database went away')
    }
    await expect(failing.index.rebuild(source())).rejects.toThrow('database went away')
    expect(summary(failing.calls)).not.toContain('POST /swap-indexes')
    expect(failing.indexes.has('unit_en_next')).toBe(false)
    expect(failing.indexes.has('unit_fr_next')).toBe(false)

    const taskFails = fakeMeilisearch({ failTask: (call) => (call.path === '/swap-indexes' ? 'index_not_found' : undefined) })
    await expect(taskFails.index.rebuild([EN_FIXTURES.slice(0, 2)])).rejects.toBeInstanceOf(MeilisearchTaskError)
  })
})

describe('a process with the search key only (the portal when the worker indexes)', () => {
  it('searches and checks health with the search key, and refuses every write before any request', async () => {
    const meili = fakeMeilisearch({ keys: { searchKey: 'search' }, searchNeedsIndex: true })
    expect(meili.index.canWrite).toBe(false)
    // No index yet: unhealthy, named.
    expect(await meili.index.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/unit_en/) })
    meili.indexes.add('unit_en').add('unit_fr')
    expect(await meili.index.health()).toMatchObject({ ok: true, engine: 'meilisearch' })
    await meili.index.search({ locale: 'en', q: 'microcredit', filters: {}, facets: [], sort: 'relevance', page: 1, hitsPerPage: 10 })
    expect(meili.calls.length).toBeGreaterThan(0)
    expect(meili.calls.every((call) => call.key === 'Bearer search')).toBe(true)
    expect(meili.calls.every((call) => call.method === 'GET' || call.path.endsWith('/search') || call.path === '/multi-search')).toBe(true)

    const before = meili.calls.length
    await expect(meili.index.upsert(EN_FIXTURES.slice(0, 1))).rejects.toThrow(/MEILI_ADMIN_KEY/)
    await expect(meili.index.remove(['practice-1-en'])).rejects.toThrow(/MEILI_ADMIN_KEY/)
    await expect(meili.index.applySettings()).rejects.toThrow(/MEILI_ADMIN_KEY/)
    await expect(meili.index.rebuild([EN_FIXTURES.slice(0, 1)])).rejects.toThrow(/MEILI_ADMIN_KEY/)
    await expect(meili.index.listIds('en')).rejects.toThrow(/MEILI_ADMIN_KEY/)
    expect(meili.calls.length).toBe(before)
  })

  it('with both keys, the health check still uses the search key only', async () => {
    const meili = fakeMeilisearch({ searchNeedsIndex: true })
    meili.indexes.add('unit_en').add('unit_fr')
    expect(await meili.index.health()).toMatchObject({ ok: true })
    expect(meili.calls.map((call) => call.key)).toEqual(meili.calls.map(() => 'Bearer search'))
  })
})

describe('createSearchIndex', () => {
  it('uses the embedded engine without MEILI_HOST', () => {
    expect(createSearchIndex({})).toBeInstanceOf(EmbeddedSearchIndex)
    expect(createSearchIndex({ MEILI_HOST: '  ' })).toBeInstanceOf(EmbeddedSearchIndex)
  })

  it('uses Meilisearch with MEILI_HOST and names a missing or bad variable', () => {
    const env = { MEILI_HOST: 'http://localhost:7700', MEILI_ADMIN_KEY: 'a', MEILI_SEARCH_KEY: 's', MEILI_INDEX_PREFIX: 'site1' }
    const index = createSearchIndex(env)
    expect(index).toBeInstanceOf(MeilisearchSearchIndex)
    expect((index as MeilisearchSearchIndex).indexUid('fr')).toBe('site1_fr')
    expect((createSearchIndex({ ...env, MEILI_INDEX_PREFIX: undefined }) as MeilisearchSearchIndex).indexUid('en')).toBe('hub_en')
    expect(() => createSearchIndex({ ...env, MEILI_HOST: 'localhost:7700' })).toThrow(/MEILI_HOST/)
    // One key is enough: the search key alone is read-only, the admin key alone also searches.
    expect((createSearchIndex({ ...env, MEILI_ADMIN_KEY: '' }) as MeilisearchSearchIndex).canWrite).toBe(false)
    expect((createSearchIndex({ ...env, MEILI_SEARCH_KEY: undefined }) as MeilisearchSearchIndex).canWrite).toBe(true)
    expect(() => createSearchIndex({ ...env, MEILI_ADMIN_KEY: '', MEILI_SEARCH_KEY: undefined })).toThrow(
      /MEILI_SEARCH_KEY.*MEILI_ADMIN_KEY/,
    )
    expect(() => createSearchIndex({ ...env, MEILI_INDEX_PREFIX: 'a b' })).toThrow(/MEILI_INDEX_PREFIX/)
  })
})
