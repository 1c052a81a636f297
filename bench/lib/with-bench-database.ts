import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exportCondition } from '../../src/cli/run-task'
import { startEmbeddedPostgres } from '../../src/db/embedded/launch'

/**
 * Runs a benchmark script in a child process against a throwaway embedded PostgreSQL, as the
 * production build runs (NODE_ENV=production, and lexical's production entry points: see
 * src/cli/run-task.ts), then stops the database and removes its folder. Exits with the child's code.
 */
export async function runWithBenchDatabase(script: string, env: Record<string, string> = {}): Promise<never> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'))
  fs.chmodSync(dataDir, 0o755)
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: false, log: () => undefined })
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs'),
        exportCondition({ NODE_ENV: 'production' }),
        script,
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
          // Production requires the public address; the benchmarks make no absolute links that matter.
          SERVER_URL: 'http://localhost:3000',
          ...env,
        },
      },
    )
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  await database.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}
