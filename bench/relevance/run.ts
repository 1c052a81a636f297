/**
 * Relevance benchmark (not a test): the judged queries of bench/relevance/queries.ts on the
 * embedded engine, on PostgreSQL full-text search over the same documents, and on Meilisearch
 * when MEILI_HOST is set.
 *   npm run bench:relevance [-- --repeat 30]
 * Starts a throwaway embedded PostgreSQL (it ships unaccent and pg_trgm), then runs
 * bench/relevance/measure.ts against it in a child process. Prints the tables and writes them
 * to bench/results/ (see docs/relevance.md).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEmbeddedPostgres } from '../../src/db/embedded/launch'
import { exportCondition } from '../../src/cli/run-task'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-relevance-'))
fs.chmodSync(dataDir, 0o755)
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: false, log: () => undefined })
let code = 1
try {
  // As in the tests: a Meilisearch master key alone stands in for the two API keys.
  const meiliKeys =
    process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY
      ? {
          MEILI_ADMIN_KEY: process.env.MEILI_ADMIN_KEY ?? process.env.MEILI_MASTER_KEY,
          MEILI_SEARCH_KEY: process.env.MEILI_SEARCH_KEY ?? process.env.MEILI_MASTER_KEY,
        }
      : {}
  code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), exportCondition(), path.join(here, 'measure.ts'), ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...meiliKeys,
          DATABASE_URL: database.url,
          DATA_DIR: path.join(dataDir, 'data'),
          // 'test': no job runner in the background (the benchmark extracts the documents' text itself).
          NODE_ENV: 'test',
          PAYLOAD_SECRET: 'relevance-bench-secret-relevance-bench-00',
          SERVER_URL: 'http://localhost:3000',
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
      },
    )
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
} finally {
  await database.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(code)
