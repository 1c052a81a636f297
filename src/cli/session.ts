import { getPayload, type Payload } from 'payload'

import { closePayload } from '../db/close'
import { ensureDatabase, type Database } from '../db/database'

/**
 * Runs a command-line task against the hub's database (embedded when no DATABASE_URL is set),
 * then closes everything and exits with the task's outcome, so a failure is never reported as 0.
 */
export async function runWithPayload(task: (payload: Payload, database: Database) => Promise<void>): Promise<never> {
  let database: Database | undefined
  let payload: Payload | undefined
  let exitCode = 0
  try {
    database = await ensureDatabase()
    // The config reads DATABASE_URL when it is imported: only after the database is known.
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
    await task(payload, database)
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    exitCode = 1
  } finally {
    if (payload) await closePayload(payload)
    await database?.embedded?.stop()
  }
  process.exit(exitCode)
}
