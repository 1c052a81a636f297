/**
 * What the portal does before it serves: apply the committed migrations, and on the first start
 * against an empty embedded database, load the PAFMI content.
 */
import { applyMigrations } from '../../db/migrate'
import { hubEnv } from '../../core/env'
import { seedHub } from '../../seed'
import { printAdminPassword, seedAdmin } from '../../seed/admin'
import { task } from './task'

await task(async (payload) => {
  const { applied } = await applyMigrations(payload)
  if (applied.length) payload.logger.info({ msg: `Applied ${applied.length} migration(s).`, applied })
  const embedded = hubEnv().HUB_DATABASE_EMBEDDED === 'true'
  const empty = (await payload.count({ collection: 'pilots', overrideAccess: true })).totalDocs === 0
  if (embedded && empty) {
    payload.logger.info('Empty database: loading the PAFMI content (npm run seed does the same).')
    const admin = seedAdmin()
    const report = await seedHub(payload, { samples: hubEnv().SEED_SAMPLES !== 'false', admin })
    if (report.adminPassword && admin) printAdminPassword(admin.email, report.adminPassword)
  }
})
