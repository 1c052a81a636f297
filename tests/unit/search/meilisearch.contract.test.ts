import { randomBytes } from 'node:crypto'
import { describe } from 'vitest'
import { MeilisearchSearchIndex } from '../../../src/search/meilisearch'
import { describeSearchContract } from './contract'

/**
 * Runs the contract on a real Meilisearch wherever MEILI_HOST is set (docker compose, CI).
 * Keys: MEILI_ADMIN_KEY and MEILI_SEARCH_KEY, or MEILI_MASTER_KEY for both. Every index gets
 * a prefix unique to this run and is deleted afterwards.
 */
const host = process.env.MEILI_HOST
const adminKey = process.env.MEILI_ADMIN_KEY ?? process.env.MEILI_MASTER_KEY
const searchKey = process.env.MEILI_SEARCH_KEY ?? adminKey

describe.skipIf(!host)('Meilisearch adapter', () => {
  const run = `test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const created: MeilisearchSearchIndex[] = []
  describeSearchContract(
    'meilisearch',
    async ({ glossary }) => {
      const index = new MeilisearchSearchIndex({ host: host!, adminKey, searchKey, indexPrefix: `${run}_${created.length}`, glossary })
      created.push(index)
      return index
    },
    {
      // Meilisearch counts a prefix match as zero typos: it ranks above a one-typo match.
      typoRanksAbovePrefix: false,
      cleanup: async () => {
        for (const index of created) await index.dropIndexes()
      },
    },
  )
})
