import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { getPayload, type CollectionConfig } from 'payload'
import { describe, expect, inject, test } from 'vitest'

import { migrations } from '../../migrations'
import { exportCondition } from '../../src/cli/run-task'
import { schemaDrift } from '../../src/db/drift'
import { createDatabase } from '../setup/global'
import { testPayload } from '../support/hub'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

async function migrateCommand(databaseUrl: string) {
  return await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), exportCondition(), 'src/cli/tasks/migrate.ts'], {
    cwd: root,
    // At info level: the test reads the task's own report of what it applied.
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' },
  })
}

describe('migrations', () => {
  test('every migration in the folder is listed in migrations/index.ts, in order', () => {
    // The drift check reads only the newest snapshot: a migration left out of the index would
    // never run, and nothing else would say so.
    const files = fs
      .readdirSync(path.join(root, 'migrations'))
      .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    expect(migrations.map((migration) => migration.name)).toEqual(files)
  })

  test('the committed migrations apply to an empty database, and a second run changes nothing', async () => {
    const url = await createDatabase(inject('serverUrl'), `hub_migrate_${Date.now()}`)
    const first = await migrateCommand(url)
    expect(first.stdout).toMatch(new RegExp(`Applied ${migrations.length} migration\\(s\\)`))

    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      )
      const names = tables.rows.map((row) => row.table_name)
      for (const table of ['pilots', 'pilots_locales', 'practices', 'lessons', 'documents', 'media', 'users', '_lessons_v']) {
        expect(names).toContain(table)
      }
      const recorded = await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
      expect(recorded.rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name).sort())
    } finally {
      await client.end()
    }

    const second = await migrateCommand(url)
    expect(second.stdout).toContain('Database schema is up to date.')
  }, 240_000)

  test('the collections and the committed migrations agree (no drift)', async () => {
    const payload = await testPayload()
    expect(await schemaDrift(payload)).toEqual([])
  })

  test('the drift check notices a collection change that has no migration', async () => {
    const { hubConfig } = await import('../../payload.config')
    const withExtraField = (all: CollectionConfig[]) =>
      all.map((collection) =>
        collection.slug === 'lessons'
          ? { ...collection, fields: [...collection.fields, { name: 'unmigratedField', type: 'text' as const }] }
          : collection,
      )
    const changed = await getPayload({ config: hubConfig(withExtraField), key: 'drift-check', disableDBConnect: true } as never)
    const drift = await schemaDrift(changed)
    expect(drift.join('\n')).toMatch(/unmigrated_field/)
  })
})
