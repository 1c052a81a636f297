import type { Payload } from 'payload'

import { migrations } from '../../migrations'

/**
 * Applies the committed migrations, then checks that every one of them is recorded: the Payload
 * CLI can exit 0 having done nothing, so the outcome is read back from the database.
 */
export async function applyMigrations(payload: Payload): Promise<{ applied: string[] }> {
  const before = await recordedMigrations(payload)
  await payload.db.migrate({ migrations: migrations as never })
  const after = await recordedMigrations(payload)
  const missing = migrations.map((migration) => migration.name).filter((name) => !after.includes(name))
  if (missing.length) throw new Error(`Migrations not recorded after running: ${missing.join(', ')}`)
  return { applied: after.filter((name) => !before.includes(name)) }
}

async function recordedMigrations(payload: Payload): Promise<string[]> {
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, depth: 0, pagination: false })
    return docs.map((doc) => String((doc as { name: string }).name))
  } catch {
    return [] // no migrations table yet: an empty database
  }
}
