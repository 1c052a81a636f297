import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { exportCondition } from '../../src/cli/run-task'
import type { SearchIndex, SearchLocale } from '../../src/search'
import { documentData, lessonData, pdfFile, pilotData, pngFile, practiceData } from './fixtures'
import { findPostgresTools } from './postgres-cluster'

/**
 * What the backup and restore tests (tests/int/backup-restore.*.test.ts) run and compare: the
 * operator's commands (npm run backup / npm run restore, through src/cli/with-database.ts), the
 * state of a database, of the uploads folder and of a search index, and content of every kind.
 * The PostgreSQL tools are Debian's postgresql-15 (or PG_BIN); `tools` is undefined without them.
 */

const root = path.resolve(import.meta.dirname, '../..')
export const tools = findPostgresTools()
export const inCI = Boolean(process.env.CI) && process.env.CI !== 'false'

// The backup and restore test files keep their uploads apart from the other test files: set when
// this module loads, before the config does.
export const dataDir = path.join(inject('dataDir'), 'backup-restore')
process.env.DATA_DIR = dataDir
export const uploadsDir = path.join(dataDir, 'uploads')
export const archives = path.join(inject('dataDir'), 'backup-archives')

type Run = { code: number; stdout: string; stderr: string; ms: number }

/** Runs a command without blocking this process (the PostgreSQL child keeps logging meanwhile). */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
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
export const hubCommand = (task: string, args: string[], databaseUrl: string, env: Record<string, string> = {}) =>
  run(process.execPath, [tsx, 'src/cli/with-database.ts', task, ...args], {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PG_BIN: tools!.bin,
    ...env,
  })

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

type TableState = { rows: number; checksum: string }
export type DatabaseState = { tables: Record<string, TableState>; sequences: Record<string, string | null>; schema: string }

/** Every table of the schema "public": its row count and an md5 of its rows (ordered, as text). */
export async function databaseState(url: string): Promise<DatabaseState> {
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
export function filesState(): Record<string, string> {
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
export async function indexState(index: SearchIndex): Promise<Record<string, unknown>> {
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

export async function openPayload(databaseUrl: string, key: string): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { hubConfig } = await import('../../payload.config')
  return getPayload({ config: hubConfig(undefined, { databaseUrl }), key })
}

export async function migrate(databaseUrl: string): Promise<void> {
  const result = await run(process.execPath, [tsx, exportCondition(), 'src/cli/tasks/migrate.ts'], {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
  })
  if (result.code !== 0) throw new Error(`migrating failed (exit ${result.code}): ${result.stderr}`)
}

/** Content of every kind: the seed, then published, draft and revised records, users, uploads, workflow history, jobs. */
export async function makeContent(payload: Payload): Promise<void> {
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
