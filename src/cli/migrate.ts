/** Applies the committed migrations to the database: npm run migrate */
import { applyMigrations } from '../db/migrate'
import { runWithPayload } from './session'

await runWithPayload(async (payload) => {
  const { applied } = await applyMigrations(payload)
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database schema is up to date.')
})
