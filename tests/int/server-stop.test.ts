import pg from 'pg'
import { expect, test } from 'vitest'

import { stopHubServer } from '../../src/boot/server-start'
import { recordZeroHitSearch } from '../../src/search/misses'
import { testPayload, unique } from '../support/hub'

test('stopping the portal writes the counts of searches with no results still waiting in memory', async () => {
  const payload = await testPayload()
  // Letters only, unique to this run (a query is stored normalised to its words).
  const q = `zzqv ${unique('s')
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)
    .replace(/[^a-z]/g, '')}`
  recordZeroHitSearch(payload, q, 'fr')
  recordZeroHitSearch(payload, q, 'fr')
  await stopHubServer(payload)

  // The instance's pool is closed now: read with a client of our own.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query('select language, count::int as count from search_misses where query = $1', [q])
    expect(rows).toEqual([{ language: 'fr', count: 2 }])
  } finally {
    await client.end()
  }
})
