/**
 * The jobs worker for production (exactly one per installation): creates the search indexes and
 * applies their settings at start, then runs every queued job (search sync of each saved record,
 * text extraction of uploaded documents) and the scheduled ones (the nightly search reconcile, the hourly
 * e-mail alert digests). Used when the portal processes do not run jobs themselves
 * (JOBS_IN_PROCESS=false), which needs Meilisearch: the embedded engine lives in the portal's
 * memory. It needs MEILI_ADMIN_KEY (it writes the indexes) and the uploads (DATA_DIR/uploads).
 *
 * Liveness: while the loop goes round, a heartbeat file (WORKER_HEARTBEAT_FILE, default
 * <tmp>/hub-worker-heartbeat) is touched every few seconds; a job that keeps one round busy for
 * longer than WORKER_STALL_MINUTES (default 30) stops the heartbeat, so a health check that
 * reads the file's age sees a stuck worker. SIGTERM/SIGINT finish the current round, then exit 0.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from '../../db/close'
import { hubEnv } from '../../core/env'
import { cliLog } from '../../core/log'
import { routeConsoleToLogger } from '../../core/logger'
import { getSearchIndex } from '../../search'

const env = hubEnv()
const intervalMs = env.JOBS_POLL_MS
const heartbeatFile = env.WORKER_HEARTBEAT_FILE
const stallMs = env.WORKER_STALL_MINUTES * 60_000

if (!env.MEILI) {
  cliLog(
    'error',
    'The worker needs MEILI_HOST (and MEILI_ADMIN_KEY): with the embedded search engine the portal runs the jobs itself (JOBS_IN_PROCESS=true).',
  )
  process.exit(2)
}

const payload = await getPayload({ config })
routeConsoleToLogger(payload.logger)
const logger = payload.logger

let running = true
let roundStartedAt = Date.now()
const beat = () => {
  if (Date.now() - roundStartedAt > stallMs) return // a stuck round: let the heartbeat go stale
  try {
    const now = new Date()
    fs.writeFileSync(heartbeatFile, `${now.toISOString()}\n`)
  } catch (error) {
    logger.warn({ err: error, msg: `Jobs worker: cannot write the heartbeat file ${heartbeatFile}` })
  }
}
const heartbeat = setInterval(beat, 5_000)
beat()

const stop = (signal: NodeJS.Signals) => {
  if (!running) return
  running = false
  logger.info({ msg: `Jobs worker: ${signal}, stopping after the current round`, signal })
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
logger.info({ msg: `Jobs worker started (polling every ${intervalMs} ms)`, pollMs: intervalMs, heartbeatFile })

// The indexes exist, with this release's settings, before the first job (and before the portal's
// health check looks for them on a new installation). A failure here is retried by the first write.
try {
  await getSearchIndex().applySettings()
  logger.info('Search indexes ready (settings applied)')
} catch (error) {
  logger.error({ err: error, msg: 'Search indexes: the settings could not be applied; the next job tries again' })
}

while (running) {
  roundStartedAt = Date.now()
  try {
    await payload.jobs.handleSchedules({ allQueues: true })
    const result = await payload.jobs.run({ allQueues: true, limit: 100 })
    beat()
    if (result.noJobsRemaining !== false && running) await new Promise((resolve) => setTimeout(resolve, intervalMs))
  } catch (error) {
    logger.error({ err: error, msg: 'Jobs worker: a run failed; trying again' })
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
clearInterval(heartbeat)
fs.rmSync(heartbeatFile, { force: true })
await closePayload(payload)
logger.info('Jobs worker stopped')
process.exit(0)
