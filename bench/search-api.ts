/**
 * Benchmark of search through the whole API (not a test):
 *   npx tsx bench/search-api.ts [--docs 10000] [--queries 1000]
 * Starts a throwaway embedded PostgreSQL, then runs bench/search-api.run.ts against it, which
 * compares, on the same synthetic records: the bare engine call, GET /api/search, and a plain
 * PostgreSQL ILIKE search (what a CMS search plugin gives), plus rebuild throughput.
 */
import path from 'node:path'

import { runWithBenchDatabase } from './lib/with-bench-database'

await runWithBenchDatabase(path.join(import.meta.dirname, 'search-api.run.ts'), {
  JOBS_IN_PROCESS: 'true',
  RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
})
