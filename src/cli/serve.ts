/**
 * Runs the portal: `npm run dev` (next dev) or `npm start` (next start, after `npm run build`).
 * Without DATABASE_URL it starts an embedded PostgreSQL (data in .data/postgres). Before Next
 * starts, the committed migrations are applied, and an empty embedded database is seeded.
 * Ctrl-C or SIGTERM stops Next, then the database.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

import { ensureDatabase } from '../db/database'
import { hubEnv } from '../lib/env'
import { cliLog } from '../lib/log'
import { runTask } from './run-task'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const started = Date.now()
const env = hubEnv()
const database = await ensureDatabase()
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: env.PAYLOAD_SECRET,
  HUB_DATABASE_EMBEDDED: database.embedded ? 'true' : 'false',
  NEXT_TELEMETRY_DISABLED: '1',
}

const prepared = await runTask('prepare', [], childEnv)
if (prepared !== 0) {
  cliLog('error', 'The database could not be prepared (see above): the portal does not start.')
  await database.embedded?.stop()
  process.exit(prepared)
}

// dev: Next's own server. start: the portal's server (Next plus the per-response CSP nonce).
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const next =
  mode === 'dev'
    ? spawn(process.execPath, [nextBin, 'dev', '--port', String(env.PORT ?? 3000)], { stdio: 'inherit', env: childEnv })
    : spawn(process.execPath, ['--import', 'tsx', 'src/cli/portal-server.ts'], { stdio: 'inherit', env: { ...childEnv, PORT: String(env.PORT ?? 3000) } })
cliLog('info', `Starting the portal on ${env.SERVER_URL} (admin at ${env.SERVER_URL}/admin), ${Date.now() - started} ms after launch`)

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  next.kill(signal)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))

next.on('exit', async (code, signal) => {
  await database.embedded?.stop()
  process.exit(code ?? (signal ? 0 : 1))
})
