/**
 * Loads the PAFMI content, and the sample content unless SEED_SAMPLES=false or --no-samples
 * (npm run seed). Safe to run again: existing records are left as they are.
 */
import { applyMigrations } from '../../db/migrate'
import { hubEnv } from '../../core/env'
import { seedHub } from '../../seed'
import { printAdminPassword, seedAdmin } from '../../seed/admin'
import { task } from './task'

await task(async (payload) => {
  await applyMigrations(payload)
  const admin = seedAdmin()
  const report = await seedHub(payload, {
    samples: !process.argv.includes('--no-samples') && hubEnv().SEED_SAMPLES !== 'false',
    admin,
  })
  if (report.adminPassword && admin) printAdminPassword(admin.email, report.adminPassword)
})
