import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { seedHub } from '../../src/seed'
import { flushSearchMisses, recordZeroHitSearch } from '../../src/search/misses'
import { readySearchIndex } from '../../src/search/sync/ready'
import { createUser, login, rest, testPayload, uniqueLetters } from '../support/hub'
import { freshSearchIndex } from '../support/search'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seedHub(payload, { samples: true, log: () => undefined })
  freshSearchIndex()
  await readySearchIndex(payload)
})

/** The stored rows for one query, read directly from the table. */
async function rows(query: string) {
  const pool = (payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<{ rows: any[] }> } }).pool
  const { rows } = await pool.query(
    'select query, language, count::int as count, first_seen, last_seen from search_misses where query = $1 order by language',
    [query],
  )
  return rows as { query: string; language: string; count: number; first_seen: Date; last_seen: Date }[]
}

/** A query no record can match: letters only, unique to the test. */
const nonsense = () => `qqzx ${uniqueLetters('w')}`

describe('searches with no results, counted for the editors', () => {
  test('GET /api/search counts a query that found nothing, once per search, normalised; not a found one, not a filtered one', async () => {
    const q = nonsense()
    for (const spelling of [q, `  ${q.toUpperCase()} `, q.replace(' ', '   ')]) {
      const response = await rest('GET', '/search', { query: { q: spelling, locale: 'fr' } })
      expect(response.status).toBe(200)
      expect(response.body.totalHits).toBe(0)
    }
    // With a filter the reader narrowed the search themselves: not a gap in the content.
    await rest('GET', '/search', { query: { q, locale: 'fr', country: 'BE' } })
    // A query that finds something is not counted.
    const found = await rest('GET', '/search', { query: { q: 'microcredit', locale: 'en' } })
    expect(found.body.totalHits).toBeGreaterThan(0)
    // Nothing is written while the search answers: the counts wait in memory.
    expect(await rows(q)).toEqual([])

    await flushSearchMisses(payload)
    expect(await rows(q)).toEqual([expect.objectContaining({ query: q, language: 'fr', count: 3 })])
    expect(await rows('microcredit')).toEqual([])
  })

  test('a query seen again adds to its count and moves its last time; the first time stays', async () => {
    const q = nonsense()
    recordZeroHitSearch(payload, q, 'en')
    await flushSearchMisses(payload)
    const [first] = await rows(q)
    await new Promise((resolve) => setTimeout(resolve, 20))
    recordZeroHitSearch(payload, q, 'en')
    recordZeroHitSearch(payload, q, 'en')
    recordZeroHitSearch(payload, q, 'fr')
    // Two writers at once: each count is added once.
    await Promise.all([flushSearchMisses(payload), flushSearchMisses(payload)])
    const [en, fr] = await rows(q)
    expect(en).toMatchObject({ language: 'en', count: 3 })
    expect(en!.first_seen.getTime()).toBe(first!.first_seen.getTime())
    expect(en!.last_seen.getTime()).toBeGreaterThan(first!.last_seen.getTime())
    expect(fr).toMatchObject({ language: 'fr', count: 1 })
  })

  test('queries that look like personal data are never stored', async () => {
    const marker = uniqueLetters('p')
    const personal = [
      `jane.doe.${marker}@example.org`,
      `call ${marker} +32 470 12 34 56`,
      `${marker} BE71096123456769`,
      `https://example.org/${marker}?token=abc`,
    ]
    for (const q of personal) recordZeroHitSearch(payload, q, 'en')
    await flushSearchMisses(payload)
    const pool = (payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<{ rows: any[] }> } }).pool
    const { rows: stored } = await pool.query('select query from search_misses where query like $1', [`%${marker}%`])
    expect(stored).toEqual([])
  })

  test('editors and administrators read the list; contributors and the public get 403; nobody writes it through the API', async () => {
    const q = nonsense()
    recordZeroHitSearch(payload, q, 'en')
    await flushSearchMisses(payload)
    const editor = await createUser(payload, 'editor')
    const admin = await createUser(payload, 'admin')
    const contributor = await createUser(payload, 'contributor')
    const tokens = {
      editor: await login(editor.email, editor.password),
      admin: await login(admin.email, admin.password),
      contributor: await login(contributor.email, contributor.password),
    }
    for (const token of [tokens.editor, tokens.admin]) {
      const list = await rest('GET', '/search-misses', { token, query: { 'where[query][equals]': q } })
      expect(list.status).toBe(200)
      expect(list.body.docs).toEqual([expect.objectContaining({ query: q, language: 'en', count: 1 })])
    }
    expect((await rest('GET', '/search-misses', { token: tokens.contributor })).status).toBe(403)
    expect((await rest('GET', '/search-misses')).status).toBe(403)
    const made = await rest('POST', '/search-misses', {
      token: tokens.admin,
      body: { query: 'made up', language: 'en', count: 99, firstSeen: new Date().toISOString(), lastSeen: new Date().toISOString() },
    })
    expect(made.status).toBe(403)
    const id = (await rest('GET', '/search-misses', { token: tokens.editor, query: { 'where[query][equals]': q } })).body.docs[0].id
    expect((await rest('PATCH', `/search-misses/${id}`, { token: tokens.editor, body: { count: 1000 } })).status).toBe(403)
    expect((await rest('DELETE', `/search-misses/${id}`, { token: tokens.contributor })).status).toBe(403)
    // Once the content exists, an editor removes the entry.
    expect((await rest('DELETE', `/search-misses/${id}`, { token: tokens.editor })).status).toBe(200)
    expect(await rows(q)).toEqual([])
  })
})
