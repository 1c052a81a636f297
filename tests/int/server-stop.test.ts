import pg from 'pg'
import { expect, test } from 'vitest'

import { stopHubServer } from '../../src/boot/server-start'
import { recordZeroHitSearch } from '../../src/search/misses'
import { testPayload, uniqueLetters } from '../support/hub'

test('stopping the portal writes the counts of searches with no results still waiting in memory', async () => {
  const payload = await testPayload()
  const q = `zzqv ${uniqueLetters('s')}`
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
