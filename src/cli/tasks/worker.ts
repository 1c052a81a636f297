/**
 * The jobs worker for production (one per installation): runs the search sync and reconcile
 * jobs. Used when the portal processes do not run jobs themselves (JOBS_IN_PROCESS=false),
 * which needs Meilisearch: the embedded engine lives in the portal's memory.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from '../../db/close'

const intervalMs = Number(process.env.JOBS_POLL_MS ?? 2_000)
const payload = await getPayload({ config })
let running = true
const stop = () => {
  running = false
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
console.log(`Jobs worker started (polling every ${intervalMs} ms)`)

while (running) {
  try {
    await payload.jobs.handleSchedules({ allQueues: true })
    const result = await payload.jobs.run({ allQueues: true, limit: 100 })
    if (result.noJobsRemaining !== false) await new Promise((resolve) => setTimeout(resolve, intervalMs))
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Jobs worker: a run failed; trying again' })
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
await closePayload(payload)
process.exit(0)
