/**
 * Two servers on the same production build (`npm run build`) and the same seeded database, for
 * the page benchmarks: the portal's own server (what `npm start` runs, `.next/portal-server.mjs`)
 * and plain `next start`, the baseline without the portal's layer. A throwaway embedded
 * PostgreSQL is created, migrated and seeded first, as `npm start` does on an empty data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded/launch'
import { runTask } from '../../src/cli/run-task'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export type PageServers = { portal: string; baseline: string; stop: () => Promise<void> }

async function waitFor(url: string, child: ChildProcess, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

async function jobsDone(url: string, seconds = Number(process.env.BENCH_JOBS_SECONDS ?? 300)): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const deadline = Date.now() + seconds * 1000
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ left: string }>(
        "select count(*) as left from payload_jobs where queue = 'search' and completed_at is null and has_error = false and (wait_until is null or wait_until < now())",
      )
      if (Number(rows[0]!.left) === 0) return
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    const { rows } = await client.query(
      "select id, task_slug, processing, total_tried, wait_until, created_at from payload_jobs where queue = 'search' and completed_at is null and has_error = false and (wait_until is null or wait_until < now())",
    )
    throw new Error(`the search sync jobs were not done within ${seconds} s: ${JSON.stringify(rows)}`)
  } finally {
    await client.end()
  }
}

export async function startPageServers(options: { portalPort: number; baselinePort: number }): Promise<PageServers> {
  if (!fs.existsSync(path.join(root, '.next', 'portal-server.mjs'))) throw new Error('run `npm run build` first')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-pages-'))
  fs.chmodSync(dataDir, 0o755)
  let database: EmbeddedPostgres | undefined
  const children: ChildProcess[] = []
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)))
    await database?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: false, log: () => undefined })
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      DATA_DIR: path.join(dataDir, 'data'),
      HUB_DATABASE_EMBEDDED: 'true',
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      SEED_ADMIN_EMAIL: 'bench-admin@example.org',
      SEED_ADMIN_PASSWORD: 'bench-admin-password-0123',
      LOG_LEVEL: 'warn',
      // One load generator on one address: no rate limit may answer in place of the page.
      RATE_LIMIT_SEARCH_PER_MINUTE: '100000000',
    }
    const prepared = await runTask('prepare', [], { ...env, SERVER_URL: `http://localhost:${options.portalPort}` })
    if (prepared !== 0) throw new Error(`preparing the database failed (exit code ${prepared})`)
    const portal = `http://localhost:${options.portalPort}`
    const baseline = `http://localhost:${options.baselinePort}`
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
    children.push(
      spawn(process.execPath, [path.join(root, '.next', 'portal-server.mjs')], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, PORT: String(options.portalPort), PORTAL_DIR: root, SERVER_URL: portal },
      }),
    )
    await waitFor(`${portal}/en`, children[0]!)
    // The seed queued search sync jobs: the portal runs them; the baseline starts once they are
    // done, so that two job runners never take the same job.
    await jobsDone(database.url)
    children.push(
      spawn(process.execPath, [nextBin, 'start', '--port', String(options.baselinePort)], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...env, PORT: String(options.baselinePort), SERVER_URL: baseline },
      }),
    )
    await waitFor(`${baseline}/en`, children[1]!)
    return { portal, baseline, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
