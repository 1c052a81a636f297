import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { seedHub } from '../../src/seed'
import { readySearchIndex } from '../../src/search/sync/ready'
import { lessons as seedLessons } from '../../src/seed/content/lessons'
import { pilots as seedPilots } from '../../src/seed/content/pilots'
import { practices as seedPractices } from '../../src/seed/content/practices'
import { fromAddress, rest, testPayload } from '../support/hub'
import { freshSearchIndex } from '../support/search'

let payload: Payload
const search = (query: Record<string, string>) => rest('GET', '/search', { query })

beforeAll(async () => {
  payload = await testPayload()
  await seedHub(payload, { samples: true, log: () => undefined })
  freshSearchIndex()
  await readySearchIndex(payload)
})

describe('GET /api/search', () => {
  test('finds seeded practices in English and French, with typos, prefixes and highlights', async () => {
    const en = await search({ q: 'microcredit', locale: 'en', type: 'practice' })
    expect(en.status).toBe(200)
    expect(en.body.hits.map((hit: { slug: string }) => hit.slug)).toContain('access-to-microcredit-for-migrant-entrepreneurs')
    expect(en.body.hits[0].highlight.title + en.body.hits[0].highlight.summary).toMatch(/<mark>microcredit<\/mark>/i)

    const typo = await search({ q: 'microcredt', locale: 'en' })
    expect(typo.body.totalHits).toBeGreaterThan(0)
    const prefix = await search({ q: 'entrepreneu', locale: 'en' })
    expect(prefix.body.totalHits).toBeGreaterThan(0)

    const fr = await search({ q: 'diplômes', locale: 'fr' })
    const frNoAccent = await search({ q: 'diplomes', locale: 'fr' })
    expect(fr.body.hits.map((hit: { slug: string }) => hit.slug)).toContain('personalised-support-for-the-recognition-of-foreign-diplomas')
    expect(frNoAccent.body.totalHits).toBe(fr.body.totalHits)
    for (const hit of fr.body.hits) expect(hit.locale).toBe('fr')
  })

  test('compounds in both forms, the language of each hit, and a correction when nothing is found', async () => {
    const slug = 'access-to-microcredit-for-migrant-entrepreneurs'
    for (const q of ['microcredit', 'micro credit', 'micro-credit']) {
      const found = await search({ q, locale: 'en', type: 'practice' })
      expect(
        found.body.hits.map((hit: { slug: string }) => hit.slug),
        q,
      ).toContain(slug)
    }
    for (const q of ['microcrédit', 'micro-crédit', 'micro crédit']) {
      const found = await search({ q, locale: 'fr', type: 'practice' })
      expect(
        found.body.hits.map((hit: { slug: string }) => hit.slug),
        q,
      ).toContain(slug)
    }
    const en = await search({ q: 'microcredit', locale: 'en' })
    for (const hit of en.body.hits) expect(['en', 'fr']).toContain(hit.contentLanguage)

    // A first word no record has would empty the search: it is left out, and said so.
    const fewer = await search({ q: 'zzyzx microcredit', locale: 'en' })
    expect(fewer.body.droppedWords).toEqual(['zzyzx'])
    expect(fewer.body.totalHits).toBe(en.body.totalHits)
    expect(fewer.body.suggestion).toBe('microcredit')
    expect(en.body).not.toHaveProperty('droppedWords')
    // A typo on the first letter counts as two (as in Meilisearch): more than a word of eight letters
    // is forgiven, so nothing is found, and a correction is offered.
    const nothing = await search({ q: 'koaching', locale: 'en' })
    expect(nothing.body.totalHits).toBe(0)
    expect(nothing.body).not.toHaveProperty('droppedWords')
    expect(nothing.body.suggestion).toBe('coaching')
    expect((await search({ q: 'microcredit', locale: 'en' })).body).not.toHaveProperty('suggestion')
  })

  test('the year facet never shows the day the seed ran', async () => {
    // Records that other test files made today rightly carry this year; the seed's own never do
    // (their years come from the pilots' periods and the documents' dates).
    const seedYear = new Date().getUTCFullYear()
    const seeded = new Set([...seedPilots, ...seedPractices, ...seedLessons].map((record) => record.slug))
    const hits: { slug: string; year: number | null }[] = []
    for (let page = 1; ; page++) {
      const result = await search({ locale: 'en', hitsPerPage: '100', page: String(page) })
      hits.push(...result.body.hits)
      if (page >= result.body.totalPages) break
    }
    const seededHits = hits.filter((hit) => seeded.has(hit.slug))
    expect(seededHits.length).toBeGreaterThanOrEqual(seeded.size)
    for (const hit of seededHits) expect(hit.year, hit.slug).not.toBe(seedYear)
  })

  test('facet counts equal counts made directly in the database', async () => {
    const all = await search({ locale: 'en', hitsPerPage: '1' })
    const publicCount = async (collection: 'pilots' | 'practices' | 'lessons' | 'documents', where?: Where) =>
      (await payload.count({ collection, where, overrideAccess: false, user: null })).totalDocs
    expect(all.body.facetDistribution.type).toEqual(
      Object.fromEntries(
        (
          [
            ['pilot', await publicCount('pilots')],
            ['practice', await publicCount('practices')],
            ['lesson', await publicCount('lessons')],
            ['document', await publicCount('documents')],
          ] as const
        ).filter(([, count]) => count > 0),
      ),
    )
    const smile = (await payload.find({ collection: 'pilots', where: { slug: { equals: 'smile' } }, limit: 1 })).docs[0]!
    const smileCount =
      1 +
      (await publicCount('practices', { pilots: { in: [smile.id] } })) +
      (await publicCount('lessons', { pilot: { equals: smile.id } })) +
      (await publicCount('documents', { pilot: { equals: smile.id } }))
    expect(all.body.facetDistribution.pilot.smile).toBe(smileCount)

    // Other test files may have added Finnish pilots: count the practices of every public one.
    const finnish = await payload.find({
      collection: 'pilots',
      where: { country: { equals: 'FI' } },
      overrideAccess: false,
      user: null,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const fi = await search({ locale: 'en', country: 'FI', type: 'practice', hitsPerPage: '100' })
    expect(fi.body.totalHits).toBe(await publicCount('practices', { pilots: { in: finnish.docs.map((pilot) => pilot.id) } }))
    // Counts are over the hits: a practice shared by several pilots also counts for their countries.
    expect(fi.body.facetDistribution.country.FI).toBe(fi.body.totalHits)
  })

  test('filters combine, sort and pagination behave', async () => {
    const page1 = await search({ locale: 'en', type: 'practice', sort: 'title', hitsPerPage: '5', page: '1' })
    const page2 = await search({ locale: 'en', type: 'practice', sort: 'title', hitsPerPage: '5', page: '2' })
    expect(page1.body.hits).toHaveLength(5)
    const titles = [...page1.body.hits, ...page2.body.hits].map((hit: { title: string }) => hit.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    const beyond = await search({ locale: 'en', type: 'practice', hitsPerPage: '5', page: '99' })
    expect(beyond.status).toBe(200)
    expect(beyond.body.hits).toEqual([])
    expect(beyond.body.totalHits).toBe(page1.body.totalHits)
    const combined = await search({ locale: 'en', type: 'practice', interventionType: 'microcredit', country: 'NL' })
    for (const hit of combined.body.hits) {
      expect(hit.interventionTypes).toContain('microcredit')
      expect(hit.countries).toContain('NL')
    }
    expect(combined.body.totalHits).toBeGreaterThan(0)
  })

  test.each([
    [{ facets: 'colour' }, 'facets'],
    [{ country: 'Belgium' }, 'country'],
    [{ year: 'last' }, 'year'],
    [{ page: '0' }, 'page'],
    [{ hitsPerPage: '101' }, 'hitsPerPage'],
    [{ sort: 'random' }, 'sort'],
    [{ locale: 'de' }, 'locale'],
    [{ colour: 'blue' }, 'colour'],
  ])('bad parameters get a 400 that names the parameter: %o', async (query, parameter) => {
    const response = await search(query as Record<string, string>)
    expect(response.status).toBe(400)
    expect(response.body.errors.map((error: { parameter: string }) => error.parameter)).toContain(parameter)
    expect(response.body.errors[0].message).toContain(parameter)
  })

  test('a burst of searches from one address is answered 429 with Retry-After; other addresses are served', async () => {
    const headers = fromAddress('203.0.113.7')
    const statuses: number[] = []
    for (let n = 0; n < 125; n++) statuses.push((await rest('GET', '/search', { query: { q: 'coaching' }, headers })).status)
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(120).every((status) => status === 429)).toBe(true)
    const limited = await rest('GET', '/search', { query: { q: 'coaching' }, headers })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await rest('GET', '/search', { query: { q: 'coaching' }, headers: fromAddress('198.51.100.2') })).status).toBe(200)
  })

  test('a record’s text cannot inject markup through highlights', async () => {
    const pilot = (await payload.find({ collection: 'pilots', limit: 1 })).docs[0]!
    await payload.create({
      collection: 'practices',
      data: {
        title: 'Zebra <img src=x onerror=alert(1)> practice',
        summary: 'Zebra <script>alert(1)</script> summary',
        pilots: [pilot.id],
        evidenceLevel: 'described',
        _status: 'published',
      } as never,
    })
    const { runSearchJobs } = await import('../support/search')
    await runSearchJobs(payload)
    const response = await search({ q: 'zebra', locale: 'en' })
    const highlighted = response.body.hits
      .map((hit: { highlight: { title: string; summary: string } }) => hit.highlight.title + hit.highlight.summary)
      .join(' ')
    expect(highlighted).toContain('<mark>Zebra</mark>')
    expect(highlighted).not.toMatch(/<(img|script)/i)
    expect(highlighted).toContain('&lt;script&gt;')
  })
})
