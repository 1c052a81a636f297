import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import proxyaddr from 'proxy-addr'
import { z } from 'zod'

/**
 * The hub's configuration, read from environment variables and validated once at start.
 * A bad value stops the program with a message naming the variable (see `ConfigurationError`).
 */

/** A URL whose scheme is one of `schemes`; one clear message whatever is wrong with it. */
const urlWithScheme = (schemes: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol.replace(/:$/, ''))
      } catch {
        return false
      }
    },
    `must be a URL starting with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`,
  )

const postgresUrl = urlWithScheme(['postgres', 'postgresql'])
const httpUrl = urlWithScheme(['http', 'https'])
const smtpUrl = urlWithScheme(['smtp', 'smtps'])

const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional(postgresUrl),
  PAYLOAD_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  SERVER_URL: optional(httpUrl),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  DATA_DIR: optional(z.string()),
  // Validated together by `meiliConnection`.
  MEILI_HOST: optional(z.string()),
  MEILI_SEARCH_KEY: optional(z.string()),
  MEILI_ADMIN_KEY: optional(z.string()),
  SMTP_URL: optional(smtpUrl),
  MAIL_FROM: optional(z.string().email()),
  SEED_ADMIN_EMAIL: optional(z.string().email()),
  SEED_ADMIN_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
  SEED_SAMPLES: optional(z.enum(['true', 'false'])),
  JOBS_IN_PROCESS: optional(z.enum(['true', 'false'])),
  UPLOAD_MAX_BYTES: optional(z.coerce.number().int().min(1024, 'must be at least 1024 bytes')),
  // S3-compatible storage for uploads (src/documents/storage): used when S3_BUCKET is set.
  S3_BUCKET: optional(
    z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens'),
  ),
  S3_REGION: optional(z.string().regex(/^[a-z0-9-]+$/, 'must be a region name such as eu-west-3')),
  S3_ENDPOINT: optional(httpUrl),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false'])),
  S3_PREFIX: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]+$/, "may contain only letters, digits, /, -, _, ., !, *, ', ( and )")
      .refine((value) => !value.split('/').includes('..') && !value.startsWith('/'), 'must not start with / nor contain ..'),
  ),
  S3_CHECKSUMS: optional(z.enum(['when_required', 'when_supported'])),
  MEILI_INDEX_PREFIX: optional(z.string()),
  LOG_LEVEL: optional(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])),
  LOG_FORMAT: optional(z.enum(['json', 'pretty'])),
  // Jobs and the worker (src/search/sync, src/documents/extraction, src/cli/tasks/worker.ts).
  SEARCH_SYNC_BACKOFF_MS: optional(z.coerce.number().int().min(1, 'must be a whole number of milliseconds, at least 1')),
  JOBS_POLL_MS: optional(z.coerce.number().int().min(100, 'must be at least 100 ms')),
  WORKER_HEARTBEAT_FILE: optional(z.string()),
  WORKER_STALL_MINUTES: optional(z.coerce.number().positive('must be a positive number of minutes')),
  // The portal's own server (src/cli/portal-server.ts).
  HOSTNAME: optional(z.string()),
  KEEP_ALIVE_TIMEOUT: optional(z.coerce.number().int().min(1000, 'must be at least 1000 ms')),
  PORTAL_DIR: optional(z.string()),
  // Rate limits (src/security/rate-limit.ts).
  RATE_LIMIT_STORE: optional(z.enum(['memory', 'postgres'])),
  RATE_LIMIT_SEARCH_PER_MINUTE: optional(z.coerce.number().int().min(1, 'must be a whole number, at least 1')),
  // The proxies whose X-Forwarded-For is believed (src/security/client-address.ts).
  TRUSTED_PROXIES: optional(
    z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .superRefine((list, context) => {
        for (const entry of list) {
          try {
            proxyaddr.compile(entry)
          } catch {
            context.addIssue({
              code: 'custom',
              message: `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) nor one of loopback, linklocal, uniquelocal`,
            })
          }
        }
      }),
  ),
  // Set by the launchers for the processes they start (src/cli): which process logs, and whether
  // the database is the embedded one (then an empty one is seeded).
  HUB_PROCESS: optional(z.string()),
  HUB_DATABASE_EMBEDDED: optional(z.enum(['true', 'false'])),
  EMBEDDED_PG_VERBOSE: optional(z.enum(['true', 'false'])),
})

/** Where uploads go when S3_BUCKET is set (see `s3Settings`). */
export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Key prefix, empty or ending in `/`. */
  prefix: string
  /** The SDK's flexible checksums: on every request, or only where the operation requires one. */
  checksums: 'when_required' | 'when_supported'
}

/** Where Meilisearch is, when MEILI_HOST is set (see `meiliConnection`). */
export type MeiliConnection = {
  host: string
  /** The key that writes the indexes (processes that run the jobs). */
  adminKey?: string
  /** The search-only key (a portal whose worker indexes). */
  searchKey?: string
  /** Index names are `<prefix>_<locale>`. */
  indexPrefix: string
}

export type HubEnv = z.infer<typeof envSchema> & {
  UPLOAD_MAX_BYTES: number
  /** Set when the search engine is Meilisearch; the embedded engine otherwise. */
  MEILI?: MeiliConnection
  SEARCH_SYNC_BACKOFF_MS: number
  JOBS_POLL_MS: number
  WORKER_HEARTBEAT_FILE: string
  WORKER_STALL_MINUTES: number
  HOSTNAME: string
  KEEP_ALIVE_TIMEOUT: number
  RATE_LIMIT_STORE: 'memory' | 'postgres'
  RATE_LIMIT_SEARCH_PER_MINUTE: number
  /** Addresses and ranges of the proxies in front whose X-Forwarded-For is believed; none by default. */
  TRUSTED_PROXIES: string[]
  /** Set when uploads are kept in an S3-compatible bucket; local disk otherwise. */
  S3?: S3Settings
  PAYLOAD_SECRET: string
  SERVER_URL: string
  DATA_DIR: string
}

export class ConfigurationError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigurationError'
  }
}

/** `next build` evaluates the config without running the hub: no secret is needed then. */
const isBuildPhase = (source: Record<string, string | undefined>) => source.NEXT_PHASE === 'phase-production-build'

export function parseEnv(source: Record<string, string | undefined> = process.env): HubEnv {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`))
  }
  const env = parsed.data
  const dataDir = path.resolve(env.DATA_DIR ?? '.data')
  const building = isBuildPhase(source)
  const productionRun = env.NODE_ENV === 'production' && !building
  const missing = [
    ...(productionRun && !env.PAYLOAD_SECRET ? ['PAYLOAD_SECRET: required in production (a random string of at least 32 characters)'] : []),
    // Every absolute address the portal writes (sitemap, canonical and hreflang links, Open Graph,
    // feed ids, robots.txt, mails) is built on it: a guess would publish the wrong host.
    ...(productionRun && !env.SERVER_URL
      ? ['SERVER_URL: required in production (the public address of the portal, such as https://hub.example.org)']
      : []),
  ]
  if (missing.length) throw new ConfigurationError(missing)
  const secret = env.PAYLOAD_SECRET ?? (building ? 'build-time-placeholder-secret-not-used-at-runtime' : developmentSecret(dataDir))
  if (env.JOBS_IN_PROCESS === 'false' && !env.MEILI_HOST) {
    throw new ConfigurationError([
      'JOBS_IN_PROCESS: may be false only with MEILI_HOST set (the embedded search engine lives in the portal process)',
    ])
  }
  const meili = meiliConnection(source)
  // A process that runs the jobs writes to the indexes; a portal whose worker does that (JOBS_IN_PROCESS=false) only searches.
  if (env.MEILI_HOST && env.JOBS_IN_PROCESS !== 'false' && !env.MEILI_ADMIN_KEY) {
    throw new ConfigurationError([
      'MEILI_ADMIN_KEY: required with MEILI_HOST when this process runs the jobs (set JOBS_IN_PROCESS=false in a portal that leaves indexing to the worker)',
    ])
  }
  return {
    ...env,
    MEILI: meili,
    S3: s3Settings(env),
    PAYLOAD_SECRET: secret,
    SERVER_URL: env.SERVER_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    UPLOAD_MAX_BYTES: env.UPLOAD_MAX_BYTES ?? 25 * 1024 * 1024,
    DATA_DIR: dataDir,
    SEARCH_SYNC_BACKOFF_MS: env.SEARCH_SYNC_BACKOFF_MS ?? 2_000,
    JOBS_POLL_MS: env.JOBS_POLL_MS ?? 2_000,
    WORKER_HEARTBEAT_FILE: env.WORKER_HEARTBEAT_FILE ?? path.join(os.tmpdir(), 'hub-worker-heartbeat'),
    WORKER_STALL_MINUTES: env.WORKER_STALL_MINUTES ?? 30,
    HOSTNAME: env.HOSTNAME ?? '0.0.0.0',
    KEEP_ALIVE_TIMEOUT: env.KEEP_ALIVE_TIMEOUT ?? 65_000,
    RATE_LIMIT_STORE: env.RATE_LIMIT_STORE ?? 'memory',
    RATE_LIMIT_SEARCH_PER_MINUTE: env.RATE_LIMIT_SEARCH_PER_MINUTE ?? 120,
    TRUSTED_PROXIES: env.TRUSTED_PROXIES ?? [],
  }
}

const indexPrefixPattern = /^[A-Za-z0-9_-]{1,200}$/

/**
 * The Meilisearch connection named by MEILI_HOST, MEILI_ADMIN_KEY, MEILI_SEARCH_KEY and
 * MEILI_INDEX_PREFIX (default `hub`), or undefined without MEILI_HOST. One key is enough: the
 * search key alone gives a read-only index, the admin key alone also searches. A bad value throws
 * a ConfigurationError naming the variable. `parseEnv` and `createSearchIndex` both call it.
 */
export function meiliConnection(source: Partial<Record<string, string | undefined>>): MeiliConnection | undefined {
  const host = source.MEILI_HOST?.trim()
  if (!host) return undefined
  const problems: string[] = []
  if (!httpUrl.safeParse(host).success) problems.push(`MEILI_HOST: must be an http(s) URL such as http://localhost:7700 (got "${host}")`)
  const adminKey = source.MEILI_ADMIN_KEY?.trim() || undefined
  const searchKey = source.MEILI_SEARCH_KEY?.trim() || undefined
  if (!adminKey && !searchKey) problems.push('MEILI_SEARCH_KEY: required with MEILI_HOST (or MEILI_ADMIN_KEY in the worker)')
  const indexPrefix = source.MEILI_INDEX_PREFIX?.trim() || 'hub'
  if (!indexPrefixPattern.test(indexPrefix)) {
    problems.push(`MEILI_INDEX_PREFIX: may only contain letters, digits, - and _ (got "${indexPrefix}")`)
  }
  if (problems.length) throw new ConfigurationError(problems)
  return { host, adminKey, searchKey, indexPrefix }
}

/**
 * The S3 settings, or undefined when no S3 variable is set. S3_BUCKET and both credentials go
 * together; S3_REGION is required for AWS itself (no S3_ENDPOINT). Other servers (MinIO, Ceph,
 * Garage...) get path-style URLs and checksums only where required unless told otherwise:
 * many of them do not accept the checksum headers the AWS SDK sends by default.
 */
function s3Settings(env: z.infer<typeof envSchema>): S3Settings | undefined {
  const given = (Object.keys(env) as (keyof typeof env)[]).filter((name) => name.startsWith('S3_') && env[name] !== undefined)
  if (given.length === 0) return undefined
  const problems: string[] = []
  if (!env.S3_BUCKET) problems.push(`S3_BUCKET: required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set`)
  if (!env.S3_ACCESS_KEY_ID) problems.push('S3_ACCESS_KEY_ID: required with S3_BUCKET')
  if (!env.S3_SECRET_ACCESS_KEY) problems.push('S3_SECRET_ACCESS_KEY: required with S3_BUCKET')
  if (!env.S3_REGION && !env.S3_ENDPOINT) problems.push('S3_REGION: required with S3_BUCKET when S3_ENDPOINT is not set (AWS S3)')
  if (problems.length) throw new ConfigurationError(problems)
  const custom = env.S3_ENDPOINT !== undefined
  const prefix = env.S3_PREFIX?.replace(/\/+$/, '')
  return {
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : custom,
    prefix: prefix ? `${prefix}/` : '',
    checksums: env.S3_CHECKSUMS ?? (custom ? 'when_required' : 'when_supported'),
  }
}

/** In development a secret is generated once and kept under the data folder. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    // `wx` fails if another process wrote it first: then read theirs.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}

let cached: HubEnv | undefined

/** The validated environment of this process. Throws `ConfigurationError` naming the variable. */
export function hubEnv(): HubEnv {
  cached ??= parseEnv()
  return cached
}
