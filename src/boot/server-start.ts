import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../db/close'
import { routeConsoleToLogger } from '../core/logger'
import { flushSearchMisses } from '../search/misses'
import { readySearchIndex } from '../search/sync/ready'

export async function startHubServer(): Promise<void> {
  // `cron: true` starts the jobs configured to run in this process (payload.config.ts).
  const payload = await getPayload({ config, cron: true })
  // With JSON logs, what Next.js and libraries write to the console becomes log entries too.
  routeConsoleToLogger(payload.logger)
  readySearchIndex(payload).catch((error) => payload.logger.error({ err: error, msg: 'Search index could not be built at start' }))

  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    payload.logger.info(`${signal}: closing the database pool`)
    stopHubServer(payload).finally(() => process.exit(0))
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}

/**
 * What the portal does before it exits: the counts of searches with no results that still wait
 * in memory are written (they are flushed every few seconds otherwise), then the pool is closed.
 */
export async function stopHubServer(payload: Payload): Promise<void> {
  await flushSearchMisses(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: 'Searches with no results could not be counted before stopping' }),
  )
  await closePayload(payload)
}
