/**
 * Writes a migration for the difference between the collections and the newest migration:
 * npm run migrate:create -- <name>. Writes nothing when there is no difference.
 */
import { schemaDrift } from '../../db/drift'
import { cliLog } from '../../core/log'
import { task } from './task'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  cliLog('error', 'usage: npm run migrate:create -- <name>   (name: lowercase letters, digits, underscores)')
  process.exit(2)
}

await task(async (payload) => {
  const drift = await schemaDrift(payload)
  if (drift.length === 0) {
    payload.logger.info('No schema changes: no migration written.')
    return
  }
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
  payload.logger.info(`Migration "${name}" written with ${drift.length} statement(s).`)
})
