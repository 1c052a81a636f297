import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../db/close'
import { cliLog } from '../../core/log'
import { routeConsoleToLogger } from '../../core/logger'

/**
 * Runs a task with Payload against DATABASE_URL, closes the pool, and exits 0 only on success.
 * Tasks log through `payload.logger` (JSON lines in production, src/core/log.ts).
 */
export async function task(work: (payload: Payload) => Promise<void>): Promise<never> {
  let exitCode = 0
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (error) {
    cliLog('error', `Payload could not start: ${error instanceof Error ? error.message : String(error)}`, {
      err: error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : String(error),
    })
    process.exit(1)
  }
  routeConsoleToLogger(payload.logger)
  try {
    await work(payload)
  } catch (error) {
    payload.logger.error({ err: error, msg: `The task failed: ${error instanceof Error ? error.message : String(error)}` })
    exitCode = 1
  } finally {
    await closePayload(payload)
  }
  process.exit(exitCode)
}
