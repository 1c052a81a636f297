/**
 * Timing of sign-in and password reset for a known and an unknown address (not a test):
 *   npx tsx bench/sign-in-timing.ts [--rounds 20]
 * Starts a throwaway embedded PostgreSQL, then runs bench/sign-in-timing.run.ts against it: each
 * round times, through the REST route handlers, a wrong password for a known account, the same
 * for an unknown address, a sign-in on a locked account, and a reset request for a known and an
 * unknown address. An attacker who tells the cases apart by time learns which addresses exist.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { exportCondition } from '../src/cli/run-task'
import { startEmbeddedPostgres } from '../src/db/embedded/launch'

const here = path.dirname(fileURLToPath(import.meta.url))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'))
fs.chmodSync(dataDir, 0o755)
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: false, log: () => undefined })
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [
      path.join(here, '../node_modules/tsx/dist/cli.mjs'),
      // The child runs with NODE_ENV=production: lexical's production entry points (src/cli/run-task.ts).
      exportCondition({ NODE_ENV: 'production' }),
      path.join(here, 'sign-in-timing.run.ts'),
      ...process.argv.slice(2),
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: path.join(dataDir, 'data'),
        NODE_ENV: 'production',
        LOG_LEVEL: 'fatal',
        PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      },
    },
  )
  child.on('exit', (exitCode) => resolve(exitCode ?? 1))
})
await database.stop()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(code)
