import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { exportCondition } from '../../src/cli/run-task'
import { closePayload } from '../../src/db/close'
import type { SearchIndex, SearchLocale } from '../../src/search'
import { rebuildSearchIndex } from '../../src/search/sync/ready'
import { SEARCH_QUEUE } from '../../src/search/sync/tasks'
import { lessonData, pdfFile, pilotData, pngFile, practiceData, documentData } from '../support/fixtures'
import { findPostgresTools, startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster'
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

const root = path.resolve(import.meta.dirname, '../..')
const tools = findPostgresTools()
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false'

// This file keeps its uploads apart from the other test files: set before the config loads.
const dataDir = path.join(inject('dataDir'), 'backup-restore')
process.env.DATA_DIR = dataDir
const uploadsDir = path.join(dataDir, 'uploads')
const archives = path.join(inject('dataDir'), 'backup-archives')

type Run = { code: number; stdout: string; stderr: string; ms: number }

/** Runs a command without blocking this process (the PostgreSQL child keeps logging meanwhile). */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Math.round(performance.now() - started) }),
    )
  })
}

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
/** npm run <task> -- args, as an operator runs it (with-database.ts, DATABASE_URL given). */
const hubCommand = (task: string, args: string[], databaseUrl: string, env: Record<string, string> = {}) =>
  run(process.execPath, [tsx, 'src/cli/with-database.ts', task, ...args], {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PG_BIN: tools!.bin,
    ...env,
  })

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

type TableState = { rows: number; checksum: string }
type DatabaseState = { tables: Record<string, TableState>; sequences: Record<string, string | null>; schema: string }

/** Every table of the schema "public": its row count and an md5 of its rows (ordered, as text). */
async function databaseState(url: string): Promise<DatabaseState> {
  return withClient(url, async (client) => {
    const tables: Record<string, TableState> = {}
    const { rows: names } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
    for (const { name } of names) {
      const { rows } = await client.query<{ rows: number; checksum: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM public."${name}" t`,
      )
      tables[name] = rows[0]!
    }
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    )
    const { rows: schema } = await client.query<{ item: string }>(`
      SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default) AS item
        FROM information_schema.columns WHERE table_schema = 'public'
      UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      UNION ALL SELECT format('enum %s %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname
      ORDER BY 1`)
    return {
      tables,
      sequences: Object.fromEntries(sequences.map((sequence) => [sequence.name, sequence.value])),
      schema: createHash('sha256')
        .update(schema.map((row) => row.item).join('\n'))
        .digest('hex'),
    }
  })
}

/** Every file under the uploads folder, by path, with a sha256 of its content. */
function filesState(): Record<string, string> {
  if (!fs.existsSync(uploadsDir)) return {}
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(uploadsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(uploadsDir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  }
  return files
}

/** Every document of the search index (both locales, all pages), as stored, by id. */
async function indexState(index: SearchIndex): Promise<Record<string, unknown>> {
  const documents: Record<string, unknown> = {}
  for (const locale of ['en', 'fr'] as SearchLocale[]) {
    for (let page = 1; ; page++) {
      const result = await index.search({ locale, filters: {}, facets: [], sort: 'newest', page, hitsPerPage: 100 })
      for (const { highlight: _highlight, ...document } of result.hits) documents[document.id] = document
      if (page >= result.totalPages) break
    }
  }
  return documents
}

async function openPayload(databaseUrl: string, key: string): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { hubConfig } = await import('../../payload.config')
  return getPayload({ config: hubConfig(undefined, { databaseUrl }), key })
}

async function migrate(databaseUrl: string): Promise<void> {
  const result = await run(process.execPath, [tsx, exportCondition(), 'src/cli/tasks/migrate.ts'], {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
  })
  if (result.code !== 0) throw new Error(`migrating failed (exit ${result.code}): ${result.stderr}`)
}

/** Content of every kind: the seed, then published, draft and revised records, users, uploads, workflow history, jobs. */
async function makeContent(payload: Payload): Promise<void> {
  const { seedHub } = await import('../../src/seed')
  const { transition } = await import('../../src/workflow/transition')
  await seedHub(payload, {
    samples: true,
    admin: { email: 'roundtrip-admin@example.org', password: 'roundtrip-admin-password' },
    log: () => undefined,
  })

  const pilot = await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published', name: 'Roundtrip pilot' }) as never })
  // A published record with a newer draft revision: both versions must come back.
  await payload.update({
    collection: 'pilots',
    id: pilot.id,
    data: { summary: 'A revised summary, not yet published.' } as never,
    draft: true,
  })
  await payload.update({
    collection: 'pilots',
    id: pilot.id,
    locale: 'fr',
    data: { name: 'Pilote aller-retour', summary: 'Un pilote fait par un test.' } as never,
  })
  await payload.create({
    collection: 'practices',
    data: practiceData(pilot.id, { _status: 'published', title: 'Roundtrip published practice' }) as never,
  })
  await payload.create({ collection: 'lessons', data: lessonData(pilot.id, { title: 'Roundtrip draft lesson' }) as never, draft: true })

  const password = 'correct-horse-battery-staple'
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'roundtrip-editor@example.org', password, name: 'Editor', role: 'editor' } as never,
  })
  const contributor = await payload.create({
    collection: 'users',
    data: { email: 'roundtrip-contributor@example.org', password, name: 'Contributor', role: 'contributor', pilots: [pilot.id] } as never,
  })
  // Workflow history: a contributor's draft, submitted, sent back with a note.
  const submitted = await payload.create({
    collection: 'practices',
    data: practiceData(pilot.id, { title: 'Roundtrip practice under review' }) as never,
    draft: true,
    overrideAccess: false,
    user: contributor,
  })
  await transition(payload, { collection: 'practices', id: submitted.id, action: 'submitForReview', user: contributor as never })
  await transition(payload, {
    collection: 'practices',
    id: submitted.id,
    action: 'requestChanges',
    note: 'Add the costs.',
    user: editor as never,
  })

  // Uploads: a published document whose text is extracted, and an image.
  await payload.create({
    collection: 'documents',
    data: documentData({ _status: 'published', title: 'Roundtrip report', pilot: pilot.id }) as never,
    file: await pdfFile('roundtrip-report.pdf', 'The quokka appears only inside this uploaded report.'),
  })
  await payload.create({ collection: 'media', data: { alt: 'Roundtrip image' } as never, file: await pngFile('roundtrip.png') })

  // The shared rate-limit table (RATE_LIMIT_STORE=postgres) is written outside Payload.
  await (payload.db as unknown as { pool: pg.Pool }).pool.query(
    `INSERT INTO rate_limits (key, points, expire) VALUES ('search:203.0.113.7', 3, $1)`,
    [Date.now() + 60_000],
  )
}

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

  test('backup refuses a pg_dump older than the server, and writes nothing', async () => {
    // The other tests' embedded PostgreSQL (17) against these client tools (older, on Debian 12).
    const embeddedUrl = inject('databaseUrl')
    const serverMajor = await withClient(embeddedUrl, async (client) =>
      Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10_000),
    )
    if (serverMajor <= tools!.major) return // nothing older to try here
    const target = path.join(archives, 'refused.tar')
    const refused = await hubCommand('backup', ['--out', target], embeddedUrl)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`pg_dump ${tools!.major} cannot back up a PostgreSQL ${serverMajor} server`)
    expect(refused.stderr).toMatch(/PG_BIN/)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(archives).filter((name) => name.startsWith('.hub-backup') || name.endsWith('.partial'))).toEqual([])
  })
})

if (!tools && !inCI) {
  test.skip('backup and restore: skipped, no PostgreSQL server and client tools here (apt-get install postgresql-15, or set PG_BIN)', () =>
    undefined)
}
