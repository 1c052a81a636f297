import type { TaskConfig } from 'payload'

import { sendDueDigests } from './digest'

/**
 * The digest job: every hour it sends the digests that are due (daily or weekly per subscription)
 * and deletes requests that were never confirmed. It runs in the worker (npm run worker) or,
 * where jobs run inside the portal, on the portal's own job runner (payload.config.ts).
 */

export const ALERTS_QUEUE = 'alerts'

export const alertTasks = (): TaskConfig[] => [
  {
    slug: 'alertDigests',
    label: 'Alerts: send the digests that are due',
    outputSchema: [
      { name: 'due', type: 'number' },
      { name: 'sent', type: 'number' },
      { name: 'empty', type: 'number' },
      { name: 'failed', type: 'number' },
      { name: 'purged', type: 'number' },
    ],
    // A failed digest is tried again at the next hourly run; the job itself retries twice.
    retries: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } },
    schedule: [{ cron: '7 * * * *', queue: ALERTS_QUEUE }],
    handler: async ({ job, req }) => {
      const started = Date.now()
      const output = await sendDueDigests(req.payload)
      req.payload.logger[output.failed > 0 ? 'warn' : 'info']({
        msg: `Alerts: ${output.sent} digest(s) sent, ${output.empty} with nothing new, ${output.failed} failed; ${output.purged} unconfirmed request(s) deleted`,
        job: 'alertDigests',
        jobId: job.id,
        ms: Date.now() - started,
        ...output,
      })
      return { output }
    },
  } as TaskConfig,
]
