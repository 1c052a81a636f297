/**
 * Writes a new migration for the difference between the collections and the last migration.
 * Usage: npm run migrate:create -- <name>
 */
import { getPayload } from 'payload'

import { ensureDatabase } from '../db/database'
import { closePayload } from '../db/close'
import { schemaDrift } from '../db/drift'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migrate:create -- <name>   (name: lowercase letters, digits, underscores)')
  process.exit(2)
}

const database = await ensureDatabase()
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
let exitCode = 0
try {
  const drift = await schemaDrift(payload)
  if (drift.length === 0) {
    console.log('No schema changes: no migration written.')
  } else {
    await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
    console.log(`Migration "${name}" written with ${drift.length} statement(s).`)
  }
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await closePayload(payload)
  await database.embedded?.stop()
}
process.exit(exitCode)
