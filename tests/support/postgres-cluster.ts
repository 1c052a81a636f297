import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A throwaway PostgreSQL cluster started from the server binaries installed on this machine
 * (Debian's `postgresql-15` puts them in /usr/lib/postgresql/15/bin), for tests that need the
 * client tools (pg_dump, pg_restore, psql) of the server's own major version: the embedded
 * PostgreSQL of the other tests ships no client tools, and Debian 12 has none for its version.
 *
 * The server runs in a child process of the test, as the unprivileged `postgres` user when the
 * test runs as root (PostgreSQL refuses to run as root).
 */

export type PostgresTools = { bin: string; major: number }
export type PostgresCluster = { url: (database: string) => string; serverUrl: string; major: number; stop: () => Promise<void> }

const needed = ['initdb', 'postgres', 'pg_dump', 'pg_restore', 'psql']

/** PG_BIN when it holds every tool, otherwise the newest /usr/lib/postgresql/<major>/bin that does. */
export function findPostgresTools(): PostgresTools | undefined {
  const candidates: string[] = []
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN)
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    const majors = fs
      .readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    candidates.push(...majors.map((major) => path.join(debian, major, 'bin')))
  }
  for (const bin of candidates) {
    if (!needed.every((tool) => fs.existsSync(path.join(bin, tool)))) continue
    const version = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout ?? ''
    const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1])
    if (major) return { bin, major }
  }
  return undefined
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

function runAsOwner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim())
  const uid = id('-u')
  const gid = id('-g')
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) {
    throw new Error(
      'running as root, but there is no unprivileged "postgres" user to run PostgreSQL as (Debian\'s postgresql package creates it)',
    )
  }
  return { uid, gid }
}

/** initdb + postgres in a fresh folder, password authentication, on a free loopback port. */
export async function startPostgresCluster(tools: PostgresTools): Promise<PostgresCluster> {
  const owner = runAsOwner()
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-pg-cluster-'))
  fs.chmodSync(root, 0o755)
  const dataDir = path.join(root, 'data')
  const socketDir = path.join(root, 'socket')
  const passwordFile = path.join(root, 'password')
  const password = randomBytes(18).toString('base64url')
  fs.mkdirSync(socketDir)
  fs.writeFileSync(passwordFile, password, { mode: 0o600 })
  if (owner.uid !== undefined) {
    fs.chownSync(socketDir, owner.uid, owner.gid!)
    fs.chownSync(passwordFile, owner.uid, owner.gid!)
    fs.chownSync(root, owner.uid, owner.gid!)
  }
  const initdb = spawnSync(
    path.join(tools.bin, 'initdb'),
    [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--pwfile',
      passwordFile,
      '--auth',
      'scram-sha-256',
      '--encoding',
      'UTF8',
      '--locale',
      'C',
      '--no-sync',
    ],
    { ...owner, cwd: root, encoding: 'utf8' },
  )
  if (initdb.status !== 0) throw new Error(`initdb failed (exit ${initdb.status}): ${initdb.stderr || initdb.stdout}`)

  const port = await freePort()
  const server: ChildProcess = spawn(
    path.join(tools.bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      socketDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
    ],
    { ...owner, cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let log = ''
  server.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000)
  })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const serverUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`

  const { default: pg } = await import('pg')
  const started = Date.now()
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL ${tools.major} exited (code ${server.exitCode}) while starting:\n${log}`)
    const client = new pg.Client({ connectionString: serverUrl })
    try {
      await client.connect()
      await client.end()
      break
    } catch {
      await client.end().catch(() => undefined)
      if (Date.now() - started > 30_000) throw new Error(`PostgreSQL ${tools.major} did not accept connections within 30 s:\n${log}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return {
    serverUrl,
    major: tools.major,
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (server.exitCode === null) {
        server.kill('SIGINT') // fast shutdown
        await exited
      }
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}
