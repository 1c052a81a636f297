/**
 * Runs the portal: `npm run dev` (next dev) or `npm start` (next start, after `npm run build`).
 * Without DATABASE_URL it starts an embedded PostgreSQL (data in .data/postgres), applies the
 * committed migrations, seeds an empty embedded database on its first start, then runs Next.
 * Ctrl-C or SIGTERM stops Next and then the database cleanly.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

import { getPayload } from 'payload'

import { closePayload } from '../db/close'
import { ensureDatabase } from '../db/database'
import { applyMigrations } from '../db/migrate'
import { hubEnv } from '../lib/env'
import { seedHub } from '../seed'
import { printAdminPassword, seedAdmin } from '../seed/admin'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const env = hubEnv()
const started = Date.now()
const database = await ensureDatabase()

try {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    const { applied } = await applyMigrations(payload)
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`)
    const empty = (await payload.count({ collection: 'pilots', overrideAccess: true })).totalDocs === 0
    if (database.embedded && empty) {
      console.log('Empty database: loading the PAFMI content (npm run seed does the same).')
      const admin = seedAdmin()
      const report = await seedHub(payload, { samples: env.SEED_SAMPLES !== 'false', admin })
      if (report.adminPassword && admin) printAdminPassword(admin.email, report.adminPassword)
    }
  } finally {
    await closePayload(payload)
  }
} catch (error) {
  console.error(error)
  await database.embedded?.stop()
  process.exit(1)
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const port = String(env.PORT ?? 3000)
const next = spawn(process.execPath, [nextBin, mode, '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: env.PAYLOAD_SECRET, NEXT_TELEMETRY_DISABLED: '1' },
})
console.log(`Starting the portal on ${env.SERVER_URL} (admin at ${env.SERVER_URL}/admin), ${Date.now() - started} ms after launch`)

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
