import path from 'node:path'

import { inject } from 'vitest'

// Every test file talks to the run's database; set before any test imports the Payload config.
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATA_DIR = path.join(inject('dataDir'), 'data')
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret-0123'
process.env.SERVER_URL = 'http://localhost:3000'
// Where Meilisearch is given with its master key only (the GitHub workflow), it stands in for the
// two API keys that the configuration asks for beside MEILI_HOST (src/core/env.ts).
if (process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY) {
  process.env.MEILI_ADMIN_KEY ??= process.env.MEILI_MASTER_KEY
  process.env.MEILI_SEARCH_KEY ??= process.env.MEILI_MASTER_KEY
}
// Warnings and errors only: a run makes thousands of jobs, each logged at info (LOG_LEVEL=info to see them).
process.env.LOG_LEVEL ??= 'warn'
// Retries of failed search jobs wait 1 ms instead of seconds, so tests can drive them.
process.env.SEARCH_SYNC_BACKOFF_MS = '1'
