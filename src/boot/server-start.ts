import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from '../db/close'
import { routeConsoleToLogger } from '../core/logger'
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
    closePayload(payload).finally(() => process.exit(0))
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}
