/**
 * Runs the portal: `npm run dev` (next dev) or `npm start` (next start, after `npm run build`).
 * Without DATABASE_URL it starts an embedded PostgreSQL (data in .data/postgres). Before Next
 * starts, the committed migrations are applied, and an empty embedded database is seeded.
 * Ctrl-C or SIGTERM stops Next, then the database.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { ensureDatabase } from '../db/database'
import { hubEnv } from '../core/env'
import { cliLog } from '../core/log'
import { runTask } from './run-task'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const started = Date.now()
const env = hubEnv()
/**
 * The portal's server as `npm run build` bundles it (plain Node: through tsx's loader the same
 * code served cached pages about a quarter slower). Its `next` must be the very module the
 * built pages use (the project's node_modules here, the standalone folder's in the image):
 * with two copies loaded, `revalidatePath` finds no request context and silently does nothing.
 */
function portalServerBundle(): string {
  const bundle = path.resolve('.next/portal-server.mjs')
  if (!fs.existsSync(bundle)) {
    cliLog('error', `${bundle} is missing: run \`npm run build\` before \`npm start\``)
    process.exit(1)
  }
  return bundle
}

/** public/site.js from src/components/site/browser/, as `npm run build:site-script` builds it. */
async function watchSiteScript(): Promise<void> {
  const esbuild = await import('esbuild')
  const context = await esbuild.context({
    entryPoints: ['src/components/site/browser/site.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    outfile: 'public/site.js',
    logLevel: 'warning',
  })
  await context.rebuild()
  await context.watch()
}

// Checked before the database starts, so that a missing build leaves nothing running.
const serverBundle = mode === 'start' ? portalServerBundle() : null
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

// dev: the site's script is rebuilt as its sources change (`npm run build` builds it once).
if (mode === 'dev') await watchSiteScript()

// dev: Next's own server. start: the portal's server (Next plus the public pages' HTML, src/cli/public-html.ts).
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const next =
  mode === 'dev'
    ? spawn(process.execPath, [nextBin, 'dev', '--port', String(env.PORT ?? 3000)], { stdio: 'inherit', env: childEnv })
    : spawn(process.execPath, [serverBundle!], {
        stdio: 'inherit',
        env: { ...childEnv, PORT: String(env.PORT ?? 3000), PORTAL_DIR: process.cwd() },
      })
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
