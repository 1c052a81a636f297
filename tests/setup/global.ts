import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { exportCondition } from '../../src/cli/run-task'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded/launch'

/**
 * One real PostgreSQL per test run: a throwaway embedded server (in a child process, so its exit
 * hooks cannot turn a failing run into exit 0), or TEST_DATABASE_URL when given, on which a
 * fresh database is created for the run and dropped afterwards. The committed migrations are
 * applied by the same command the portal uses, in a child process whose exit code is checked.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    serverUrl: string
    dataDir: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  return withDatabase(serverUrl, name)
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  // As in tests/setup/env.ts: a master key alone stands in for the two API keys (the migrate task below loads the configuration).
  if (process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY) {
    process.env.MEILI_ADMIN_KEY ??= process.env.MEILI_MASTER_KEY
    process.env.MEILI_SEARCH_KEY ??= process.env.MEILI_MASTER_KEY
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'))
  fs.chmodSync(dataDir, 0o755)
  let embedded: EmbeddedPostgres | undefined
  let serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      persistent: false,
      log: () => undefined,
    })
    serverUrl = embedded.url
  }
  const databaseName = `hub_test_${randomBytes(4).toString('hex')}`
  const databaseUrl = await createDatabase(serverUrl, databaseName)

  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: path.join(dataDir, 'data') }
  // Throws (and so fails the run) when the migrations do not apply.
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), exportCondition(env), 'src/cli/tasks/migrate.ts'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (run.status !== 0) throw new Error(`applying the migrations failed (exit ${run.status ?? run.signal})`)
  console.log(`test database ready in ${Date.now() - started} ms (${embedded ? 'embedded PostgreSQL' : 'TEST_DATABASE_URL'})`)

  project.provide('databaseUrl', databaseUrl)
  project.provide('serverUrl', serverUrl)
  project.provide('dataDir', dataDir)

  return async () => {
    if (embedded) {
      await embedded.stop()
    } else {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`)
      await client.end()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(`${path.join(dataDir, 'postgres')}.password`, { force: true })
  }
}
