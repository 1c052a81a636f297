import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { getPayload, type CollectionConfig, type Payload } from 'payload'
import { inject } from 'vitest'

import { exportCondition } from '../../src/cli/run-task'
import type { S3Settings } from '../../src/core/env'
import { createDatabase } from '../setup/global'

const root = path.resolve(import.meta.dirname, '../..')

/** A new, empty database with the committed migrations applied; its URL. */
export async function isolatedDatabase(name: string): Promise<string> {
  const databaseUrl = await createDatabase(inject('serverUrl'), `hub_${name}_${Date.now().toString(36)}`)
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), exportCondition(), 'src/cli/tasks/migrate.ts'],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (run.status !== 0) throw new Error(`migrating the ${name} database failed (exit ${run.status})`)
  return databaseUrl
}

export type HubOptions = {
  databaseUrl?: string
  /** Uploads in this bucket instead of where the environment says. */
  s3?: S3Settings
  adjustCollections?: (all: CollectionConfig[]) => CollectionConfig[]
}

/**
 * A Payload instance of its own, cached under `key` (REST requests reach it with
 * `target: { config: payload.config, key }`), on the given database or a new, migrated one.
 */
export async function hubInstance(key: string, options: HubOptions = {}): Promise<Payload> {
  const databaseUrl = options.databaseUrl ?? (await isolatedDatabase(key))
  const { hubConfig } = await import('../../payload.config')
  return getPayload({ config: hubConfig(options.adjustCollections, { databaseUrl, s3: options.s3 }), key })
}

/** A Payload instance on a new, empty database with the committed migrations applied. */
export async function isolatedPayload(name: string): Promise<Payload> {
  return hubInstance(`isolated-${name}`, { databaseUrl: await isolatedDatabase(name) })
}
