import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string } & Record<string, unknown>>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

type DrizzleAdapter = {
  schema: unknown
  migrationDir: string
  defaultDrizzleSnapshot: unknown
  requireDrizzleKit: () => DrizzleKit
}

/**
 * The SQL that a new migration would have to run for the database schema to match the
 * collections: empty when the committed migrations and the collections agree.
 * Compares the collections with the snapshot of the newest migration, as `migrate:create` does.
 */
export async function schemaDrift(payload: Payload, migrationDir?: string): Promise<string[]> {
  const adapter = payload.db as unknown as DrizzleAdapter
  const dir = migrationDir ?? adapter.migrationDir
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const after = await generateDrizzleJson(adapter.schema)
  const latest = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .at(-1)
    : undefined
  let before: unknown = adapter.defaultDrizzleSnapshot
  if (latest) {
    before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
    const beforeVersion = (before as { version: string }).version
    if (upSnapshot && beforeVersion < after.version) before = upSnapshot(before)
  }
  return generateMigration(before, after)
}
