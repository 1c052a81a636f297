import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { exportCondition } from '../../src/cli/run-task'
import { closePayload } from '../../src/db/close'
import { logFormatOf } from '../../src/core/log'
import { hubLoggerConfig } from '../../src/core/logger'
import { SEARCH_QUEUE } from '../../src/search/sync/tasks'
import { createDatabase } from '../setup/global'

/**
 * In production every process logs one JSON object per line on standard output (level, time,
 * msg, the process, and the entry's context such as the job), through Payload's logger. The
 * command-line tasks and the worker are started here as an operator starts them, with
 * NODE_ENV=production, and each line they print is parsed.
 */

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')

type Entry = { level: string; time: string; msg: string; process: string; [key: string]: unknown }

function parseLines(stdout: string): Entry[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Entry
      } catch {
        throw new Error(`not a JSON line: ${line}`)
      }
    })
}

function expectWellFormed(entries: Entry[]) {
  expect(entries.length).toBeGreaterThan(0)
  for (const entry of entries) {
    expect(entry.level).toMatch(/^(trace|debug|info|warn|error|fatal)$/)
    expect(new Date(entry.time).toISOString()).toBe(entry.time)
    expect(typeof entry.msg).toBe('string')
    expect(typeof entry.process).toBe('string')
  }
}

let databaseUrl: string
const production = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  LOG_LEVEL: 'info',
  DATABASE_URL: databaseUrl,
  HUB_DATABASE_EMBEDDED: 'false',
})

function start(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [tsx, exportCondition(env), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const out = { stdout: '', stderr: '' }
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString('utf8')))
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))))
  return { child, out, exited }
}

beforeAll(async () => {
  databaseUrl = await createDatabase(inject('serverUrl'), `hub_logs_${Date.now().toString(36)}`)
})

describe('log format', () => {
  test("JSON in production or with LOG_FORMAT=json, Payload's text otherwise", () => {
    expect(logFormatOf({ NODE_ENV: 'production' })).toBe('json')
    expect(logFormatOf({ NODE_ENV: 'development' })).toBe('pretty')
    expect(logFormatOf({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBe('pretty')
    expect(logFormatOf({ NODE_ENV: 'test', LOG_FORMAT: 'json' })).toBe('json')
    const json = hubLoggerConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }) as { options: { level: string; messageKey: string } }
    expect(json.options).toMatchObject({ level: 'warn', messageKey: 'msg' })
  })
})

describe('a task in production', () => {
  test('npm run migrate: every line of its output is a JSON entry naming the task', async () => {
    const run = start(['src/cli/with-database.ts', 'migrate'], production())
    expect(await run.exited, run.out.stderr).toBe(0)
    const entries = parseLines(run.out.stdout)
    expectWellFormed(entries)
    const applied = entries.find((entry) => /^Applied \d+ migration\(s\)/.test(entry.msg))
    expect(applied).toMatchObject({ level: 'info', process: 'migrate' })
    expect(Array.isArray(applied!.applied)).toBe(true)
  })

  test('a failing task logs its error as one JSON entry, with the error, and exits non-zero', async () => {
    const run = start(['src/cli/with-database.ts', 'migrate-create', 'Not A Valid Name'], production())
    expect(await run.exited).toBe(2)
    expectWellFormed(parseLines(run.out.stdout))
    const broken = start(['src/cli/tasks/search-rebuild.ts'], {
      ...production(),
      DATABASE_URL: databaseUrl.replace(/\/[^/]+$/, '/no_such_database'),
    })
    expect(await broken.exited).not.toBe(0)
    const entries = parseLines(broken.out.stdout)
    expectWellFormed(entries)
    expect(entries.some((entry) => entry.level === 'error' || entry.level === 'fatal')).toBe(true)
  })
})

describe('the worker in production', () => {
  let payload: Payload
  beforeAll(async () => {
    const { getPayload } = await import('payload')
    const { hubConfig } = await import('../../payload.config')
    payload = await getPayload({ config: hubConfig(undefined, { databaseUrl }), key: 'logs-worker' })
  })
  afterAll(async () => {
    if (payload) await closePayload(payload)
  })

  test('logs each job with its name and id, a failing job as an error, and stops on SIGTERM', async () => {
    // One job that succeeds (the document is gone: nothing to extract) and one that fails
    // (Meilisearch unreachable), as the hooks queue them.
    const extraction: { id: number | string } = await payload.jobs.queue({
      task: 'extractDocumentText' as never,
      queue: SEARCH_QUEUE,
      input: { documentId: '987654', filename: 'gone.pdf', mimeType: 'application/pdf' } as never,
    })
    const sync: { id: number | string } = await payload.jobs.queue({
      task: 'searchSync' as never,
      queue: SEARCH_QUEUE,
      input: { collection: 'pilots', id: '987654' } as never,
    })
    const heartbeatFile = path.join(inject('dataDir'), `worker-heartbeat-${Date.now()}`)
    const worker = start(['src/cli/with-database.ts', 'worker'], {
      ...production(),
      MEILI_HOST: 'http://127.0.0.1:9',
      MEILI_ADMIN_KEY: 'not-a-real-key',
      MEILI_SEARCH_KEY: '',
      JOBS_POLL_MS: '200',
      SEARCH_SYNC_BACKOFF_MS: '1',
      WORKER_HEARTBEAT_FILE: heartbeatFile,
    })
    const started = Date.now()
    const seen = () => {
      const lines = worker.out.stdout.split('\n').filter(Boolean)
      return (
        lines.some((line) => line.includes('"job":"extractDocumentText"')) &&
        lines.some((line) => line.includes('"level":"error"') && line.includes('"taskSlug":"searchSync"'))
      )
    }
    while (!seen() && Date.now() - started < 90_000 && worker.child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fs.existsSync(heartbeatFile), worker.out.stdout + worker.out.stderr).toBe(true)
    worker.child.kill('SIGTERM')
    expect(await worker.exited, worker.out.stderr).toBe(0)

    const entries = parseLines(worker.out.stdout)
    expectWellFormed(entries)
    expect(entries.every((entry) => entry.process === 'worker')).toBe(true)
    expect(entries.find((entry) => entry.msg.startsWith('Jobs worker started'))).toMatchObject({ level: 'info' })
    expect(entries.find((entry) => entry.job === 'extractDocumentText')).toMatchObject({
      level: 'info',
      jobId: extraction.id,
      documentId: '987654',
      status: 'skipped',
    })
    // Payload's job runner reports the failure with the job and the error, as JSON too.
    const failure = entries.find((entry) => entry.level === 'error' && entry.taskSlug === 'searchSync')
    expect(failure, JSON.stringify(entries.filter((entry) => entry.level === 'error')).slice(0, 2000)).toBeTruthy()
    expect((failure!.job as { id: unknown }).id).toBe(sync.id)
    expect(JSON.stringify(failure!.err)).toMatch(/ECONNREFUSED|fetch failed|127\.0\.0\.1:9/)
    expect(entries.at(-1)).toMatchObject({ level: 'info', msg: 'Jobs worker stopped' })
    expect(fs.existsSync(heartbeatFile)).toBe(false)
  }, 120_000)

  test('without MEILI_HOST the worker refuses to start, saying why', async () => {
    const worker = start(['src/cli/tasks/worker.ts'], { ...production(), MEILI_HOST: '', HUB_PROCESS: 'worker' })
    expect(await worker.exited).toBe(2)
    const [entry] = parseLines(worker.out.stdout)
    expect(entry).toMatchObject({ level: 'error', process: 'worker' })
    expect(entry!.msg).toMatch(/needs MEILI_HOST/)
  })
})
