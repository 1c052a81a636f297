import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { createDatabase } from '../setup/global'

const root = path.resolve(import.meta.dirname, '../..')

/** A Payload instance on a new, empty database with the committed migrations applied. */
export async function isolatedPayload(name: string): Promise<Payload> {
  const databaseUrl = await createDatabase(inject('serverUrl'), `hub_${name}_${Date.now().toString(36)}`)
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/tasks/migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (run.status === 0) break
    // Exit 13 is Node 20's unsettled top-level await (src/cli/run-task.ts): run it again.
    if (run.status !== 13 || attempt >= 3) throw new Error(`migrating the ${name} database failed (exit ${run.status})`)
  }
  const { hubConfig } = await import('../../payload.config')
  return getPayload({ config: hubConfig(undefined, { databaseUrl }), key: `isolated-${name}` })
}
