import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { closePayload } from '../../src/db/close'
import { rebuildSearchIndex } from '../../src/search/sync/ready'
import { SEARCH_QUEUE } from '../../src/search/sync/tasks'
import {
  archives,
  databaseState,
  dataDir,
  filesState,
  hubCommand,
  inCI,
  indexState,
  makeContent,
  migrate,
  openPayload,
  run,
  tools,
  uploadsDir,
  withClient,
  type DatabaseState,
} from '../support/backup-restore'
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster'
import { freshSearchIndex, runSearchJobs } from '../support/search'

/**
 * The backup and restore scripts (scripts/backup.sh, scripts/restore.sh), run the way an operator
 * runs them (npm run backup / npm run restore, through src/cli/with-database.ts), on a real
 * database: content is made, backed up, wiped (database dropped, uploads deleted), restored and
 * the search index rebuilt; then every table (row count and a checksum of its rows), every
 * sequence, the schema, every uploaded file and every search document must be as before.
 *
 * pg_dump must be of the server's major version or newer, and the embedded PostgreSQL of the
 * other tests ships no client tools: this file starts its own cluster from the server binaries of
 * Debian's postgresql-15 (or PG_BIN), whose client tools come with them. .ci/run installs them.
 */

const nonEmpty = (state: DatabaseState) => Object.values(state.tables).filter((table) => table.rows > 0).length

if (!tools && inCI) {
  test('backup and restore: the PostgreSQL server and client tools are installed', () => {
    throw new Error(
      'CI: no PostgreSQL server and client tools found (PG_BIN or /usr/lib/postgresql/<major>/bin); .ci/run installs postgresql-15',
    )
  })
}

describe.skipIf(!tools)('backup and restore', () => {
  let cluster: PostgresCluster
  let payload: Payload
  let databaseUrl: string
  const database = 'hub_roundtrip'
  const archive = path.join(archives, 'hub.tar')
  let before: { database: DatabaseState; files: Record<string, string>; index: Record<string, unknown> }

  beforeAll(async () => {
    fs.mkdirSync(archives, { recursive: true })
    const { uploadDir } = await import('../../src/documents/upload-dir')
    expect(uploadDir('documents')).toBe(path.join(uploadsDir, 'documents'))
    cluster = await startPostgresCluster(tools!)
    await withClient(cluster.serverUrl, (client) => client.query(`CREATE DATABASE ${database}`))
    databaseUrl = cluster.url(database)
    await migrate(databaseUrl)
    payload = await openPayload(databaseUrl, 'backup-before')
    await makeContent(payload)
    // The live index, as the sync jobs (search sync, text extraction) left it.
    const index = freshSearchIndex()
    await runSearchJobs(payload)
    // A job still waiting in the queue (an outbox row): it must survive the round trip too.
    await payload.jobs.queue({ task: 'searchReconcile' as never, queue: SEARCH_QUEUE, input: {} as never })
    before = { database: await databaseState(databaseUrl), files: filesState(), index: await indexState(index) }
  }, 240_000)

  afterAll(async () => {
    if (payload) await closePayload(payload)
    await cluster?.stop()
  })

  test('back up, wipe, restore, rebuild the search index: every row, file and search document is back', async () => {
    // What the content covers, so that the comparison below means something.
    expect(Object.keys(before.database.tables).length).toBeGreaterThan(40)
    for (const table of [
      'users',
      'pilots',
      '_pilots_v',
      'practices',
      '_practices_v',
      'lessons',
      'documents',
      'document_texts',
      'media',
      'payload_jobs',
      'payload_migrations',
      'rate_limits',
    ]) {
      expect(before.database.tables[table]?.rows, `rows in ${table}`).toBeGreaterThan(0)
    }
    expect(Object.keys(before.files).some((file) => file.startsWith('documents/'))).toBe(true)
    expect(Object.keys(before.files).some((file) => file.startsWith('media/'))).toBe(true)
    expect(Object.values(before.index).some((document) => JSON.stringify(document).includes('quokka'))).toBe(true)

    const backup = await hubCommand('backup', ['--out', archive], databaseUrl)
    expect(backup.code, backup.stderr).toBe(0)
    expect(fs.statSync(archive).mode & 0o077).toBe(0) // readable by its owner only

    // Wipe: the database dropped and made again empty, the uploads deleted.
    await closePayload(payload)
    await withClient(cluster.serverUrl, async (client) => {
      await client.query(`DROP DATABASE ${database} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${database}`)
    })
    fs.rmSync(uploadsDir, { recursive: true, force: true })
    expect(Object.keys((await databaseState(databaseUrl)).tables)).toEqual([])
    expect(filesState()).toEqual({})

    const restore = await hubCommand('restore', [archive], databaseUrl)
    expect(restore.code, restore.stderr).toBe(0)

    payload = await openPayload(databaseUrl, 'backup-after')
    const rebuildStarted = performance.now()
    const index = freshSearchIndex()
    await rebuildSearchIndex(payload, index)
    const rebuildMs = Math.round(performance.now() - rebuildStarted)
    const after = { database: await databaseState(databaseUrl), files: filesState(), index: await indexState(index) }

    const figures = Object.entries(before.database.tables).map(([table, state]) => ({
      table,
      before: state.rows,
      after: after.database.tables[table]?.rows ?? 'missing',
      same: state.checksum === after.database.tables[table]?.checksum ? 'yes' : 'NO',
    }))
    console.log(
      `backup ${backup.ms} ms (${fs.statSync(archive).size} bytes), restore ${restore.ms} ms, search rebuild ${rebuildMs} ms; ` +
        `PostgreSQL ${cluster.major}; ${figures.length} tables (${nonEmpty(before.database)} with rows), ` +
        `${Object.keys(before.files).length} files, ${Object.keys(before.index).length} search documents\n` +
        figures
          .map((row) => `  ${row.table.padEnd(44)} ${String(row.before).padStart(5)} -> ${String(row.after).padStart(5)}  ${row.same}`)
          .join('\n'),
    )

    expect(after.database.tables).toEqual(before.database.tables)
    expect(after.database.sequences).toEqual(before.database.sequences)
    expect(after.database.schema).toBe(before.database.schema)
    expect(after.files).toEqual(before.files)
    expect(after.index).toEqual(before.index)
  })

  test('a database that is not empty is left alone without --force', async () => {
    const state = await databaseState(databaseUrl)
    const refused = await hubCommand('restore', [archive], databaseUrl)
    expect(refused.code).toBe(3)
    expect(refused.stderr).toMatch(/refused: the database already holds \d+ tables/)
    expect(refused.stderr).toMatch(/--force/)
    expect(await databaseState(databaseUrl)).toEqual(state)
    expect(filesState()).toEqual(before.files)
  })

  test('a restore that fails half-way changes nothing; --force with a good archive replaces everything', async () => {
    // An archive that fails while loading: a table whose check refuses rows under the empty
    // search_path that pg_restore sets, sorted after the hub's tables, so they load first.
    const trap = path.join(archives, 'fails-half-way.tar')
    await withClient(databaseUrl, (client) =>
      client.query(`
        CREATE FUNCTION public.zz_refuse_restore(value int) RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('search_path') = '' THEN RAISE EXCEPTION 'refusing to load during a restore'; END IF;
          RETURN true;
        END $$;
        CREATE TABLE public.zz_trap (value int CHECK (public.zz_refuse_restore(value)));
        INSERT INTO public.zz_trap VALUES (1);`),
    )
    const trapBackup = await hubCommand('backup', ['--out', trap], databaseUrl)
    expect(trapBackup.code, trapBackup.stderr).toBe(0)
    // Changes after that backup, which the failed restore must not undo.
    await withClient(databaseUrl, (client) =>
      client.query(
        `DROP TABLE public.zz_trap; DROP FUNCTION public.zz_refuse_restore; UPDATE public.pilots SET slug = slug || '-changed' WHERE id = (SELECT min(id) FROM public.pilots)`,
      ),
    )
    const removed = Object.keys(before.files).find((file) => file.startsWith('media/'))!
    fs.rmSync(path.join(uploadsDir, removed))
    const changed = { database: await databaseState(databaseUrl), files: filesState() }
    expect(changed.database.tables.pilots).not.toEqual(before.database.tables.pilots)

    const failed = await hubCommand('restore', ['--force', trap], databaseUrl)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/refusing to load during a restore/)
    expect(failed.stderr).toMatch(/rolled back/)
    expect(await databaseState(databaseUrl)).toEqual(changed.database)
    expect(filesState()).toEqual(changed.files)
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]) // no staging left behind

    const forced = await hubCommand('restore', ['--force', archive], databaseUrl)
    expect(forced.code, forced.stderr).toBe(0)
    expect((await databaseState(databaseUrl)).tables).toEqual(before.database.tables)
    expect(filesState()).toEqual(before.files)
  })

  test('an archive that is not a hub backup, or one newer than pg_restore, is refused before anything changes', async () => {
    const state = await databaseState(databaseUrl)
    const notAnArchive = path.join(archives, 'not-a-backup.tar')
    fs.writeFileSync(notAnArchive, 'hello')
    const garbage = await hubCommand('restore', ['--force', notAnArchive], databaseUrl)
    expect(garbage.code).toBe(1)
    expect(garbage.stderr).toMatch(/not a readable tar archive/)

    // The same archive, as if written by a pg_dump newer than this pg_restore.
    const unpacked = fs.mkdtempSync(path.join(archives, 'unpacked-'))
    expect((await run('tar', ['-xf', archive, '-C', unpacked])).code).toBe(0)
    const manifest = path.join(unpacked, 'manifest.txt')
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(/^pg_dump_major=\d+$/m, `pg_dump_major=${tools!.major + 1}`))
    const newer = path.join(archives, 'newer.tar')
    expect((await run('tar', ['-cf', newer, '-C', unpacked, 'manifest.txt', 'database.pgdump', 'uploads.tar'])).code).toBe(0)
    const refused = await hubCommand('restore', ['--force', newer], databaseUrl)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(new RegExp(`written by pg_dump ${tools!.major + 1}; pg_restore ${tools!.major} cannot read it`))
    expect(await databaseState(databaseUrl)).toEqual(state)
  })
})

if (!tools && !inCI) {
  test.skip('backup and restore: skipped, no PostgreSQL server and client tools here (apt-get install postgresql-15, or set PG_BIN)', () =>
    undefined)
}
