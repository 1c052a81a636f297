/** Applies the committed migrations (npm run migrate). */
import { applyMigrations } from '../../db/migrate'
import { task } from './task'

await task(async (payload) => {
  const { applied } = await applyMigrations(payload)
  payload.logger.info({
    msg: applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database schema is up to date.',
    applied,
  })
})
