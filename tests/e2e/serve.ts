/**
 * The server the end-to-end tests run against: `next build` (unless already built) and
 * `npm start` on port 3200 (or E2E_PORT), with a fresh data folder in a temporary directory,
 * so the embedded PostgreSQL is created, migrated and seeded from scratch on every run.
 * The portal's mail goes to a real SMTP server in this process, which writes what it receives
 * to E2E_MAILBOX for the tests to read. Ctrl-C / SIGTERM stops the portal and removes the folder.
 * `serve.ts dev` runs `npm run dev` instead (no build), for the dev server's own tests (tests/dev).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startSmtpServer, type ReceivedMail } from '../support/smtp'
import { E2E_ADMIN, E2E_MAILBOX, E2E_PORT } from './env'

const root = path.resolve(import.meta.dirname, '..', '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-e2e-'))
// Embedded PostgreSQL runs as the `postgres` user when started as root: it must reach the folder.
fs.chmodSync(dataDir, 0o755)

// The portal's mail: a real SMTP server here, its messages written to E2E_MAILBOX as they arrive.
const writeMailbox = (mails: ReceivedMail[]) => {
  fs.writeFileSync(`${E2E_MAILBOX}.tmp`, JSON.stringify(mails.map(({ raw: _raw, ...mail }) => mail)))
  fs.renameSync(`${E2E_MAILBOX}.tmp`, E2E_MAILBOX)
}
const smtp = await startSmtpServer({ onMessage: () => writeMailbox(smtp.messages) })
writeMailbox([])

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATA_DIR: dataDir,
  PORT: String(E2E_PORT),
  SERVER_URL: `http://localhost:${E2E_PORT}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-secret-that-is-long-enough-0123456789abcdef',
  SEED_ADMIN_EMAIL: E2E_ADMIN.email,
  SEED_ADMIN_PASSWORD: E2E_ADMIN.password,
  SEED_SAMPLES: 'true',
  SMTP_URL: smtp.url,
  MAIL_FROM: 'hub@example.org',
}
delete env.DATABASE_URL // always the embedded database of this run

const cleanup = () => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(E2E_MAILBOX, { force: true })
  void smtp.stop()
}

const mode = process.argv[2] === 'dev' ? 'dev' : 'start'

if (mode === 'start' && (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || process.env.E2E_REBUILD === 'true')) {
  console.log('[e2e] building the site (npm run build)')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' })
  if (build.status !== 0) {
    cleanup()
    process.exit(build.status ?? 1)
  }
}

console.log(`[e2e] starting the portal (npm run ${mode}) on port ${E2E_PORT}, data in ${dataDir}`)
// Its own process group, so that a stop reaches `npm`, the portal script and Next alike
// (npm does not pass SIGTERM on to its child).
const server = spawn('npm', mode === 'dev' ? ['run', 'dev'] : ['start'], { cwd: root, env, stdio: 'inherit', detached: true })
const stop = (signal: NodeJS.Signals) => {
  try {
    process.kill(-server.pid!, signal)
  } catch {
    server.kill(signal)
  }
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
server.on('exit', (code) => {
  cleanup()
  process.exit(code ?? 0)
})
