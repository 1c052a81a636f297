/**
 * Benchmark of search through the whole API (not a test):
 *   npx tsx bench/search-api.ts [--docs 10000] [--queries 1000]
 * Starts a throwaway embedded PostgreSQL, then runs bench/search-api.run.ts against it, which
 * compares, on the same synthetic records: the bare engine call, GET /api/search, and a plain
 * PostgreSQL ILIKE search (what a CMS search plugin gives), plus rebuild throughput.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEmbeddedPostgres } from '../src/db/embedded/launch'
import { exportCondition } from '../src/cli/run-task'

const here = path.dirname(fileURLToPath(import.meta.url))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'))
fs.chmodSync(dataDir, 0o755)
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: false, log: () => undefined })
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [
      path.join(here, '../node_modules/tsx/dist/cli.mjs'),
      exportCondition(),
      path.join(here, 'search-api.run.ts'),
      ...process.argv.slice(2),
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: path.join(dataDir, 'data'),
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
        JOBS_IN_PROCESS: 'true',
        RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
      },
    },
  )
  child.on('exit', (exitCode) => resolve(exitCode ?? 1))
})
await database.stop()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(code)
