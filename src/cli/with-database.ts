/**
 * Command-line entry for database tasks: `tsx src/cli/with-database.ts <task> [args]`
 * (npm run migrate | seed | migrate:create -- <name> | search:rebuild | worker | backup -- --out FILE |
 * restore -- [--force] FILE). Uses DATABASE_URL, or starts the embedded
 * PostgreSQL for the duration of the task, and exits with the task's own exit code.
 */
import { ensureDatabase } from '../db/database'
import { hubEnv } from '../core/env'
import { cliLog } from '../core/log'
import { runTask, taskNames, type TaskName } from './run-task'

const [task, ...args] = process.argv.slice(2)
if (!taskNames.includes(task as TaskName)) {
  cliLog('error', `usage: with-database <${taskNames.join('|')}> [args]`)
  process.exit(2)
}

const env = hubEnv()
const database = await ensureDatabase()
const code = await runTask(task as TaskName, args, {
  ...process.env,
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: env.PAYLOAD_SECRET,
  DATA_DIR: env.DATA_DIR,
  HUB_DATABASE_EMBEDDED: database.embedded ? 'true' : 'false',
})
await database.embedded?.stop()
process.exit(code)
