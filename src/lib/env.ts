import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
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
  MEILI_HOST: optional(httpUrl),
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
  LOG_LEVEL: optional(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])),
  LOG_FORMAT: optional(z.enum(['json', 'pretty'])),
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

export type HubEnv = z.infer<typeof envSchema> & {
  UPLOAD_MAX_BYTES: number
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
const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

export function parseEnv(source: Record<string, string | undefined> = process.env): HubEnv {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`))
  }
  const env = parsed.data
  const dataDir = path.resolve(env.DATA_DIR ?? '.data')
  let secret = env.PAYLOAD_SECRET
  if (!secret) {
    if (env.NODE_ENV === 'production' && !isBuildPhase()) {
      throw new ConfigurationError(['PAYLOAD_SECRET: required in production (a random string of at least 32 characters)'])
    }
    secret = isBuildPhase() ? 'build-time-placeholder-secret-not-used-at-runtime' : developmentSecret(dataDir)
  }
  if (env.JOBS_IN_PROCESS === 'false' && !env.MEILI_HOST) {
    throw new ConfigurationError([
      'JOBS_IN_PROCESS: may be false only with MEILI_HOST set (the embedded search engine lives in the portal process)',
    ])
  }
  if (env.MEILI_HOST && !env.MEILI_SEARCH_KEY && !env.MEILI_ADMIN_KEY) {
    throw new ConfigurationError(['MEILI_SEARCH_KEY: required with MEILI_HOST (or MEILI_ADMIN_KEY in the worker)'])
  }
  // A process that runs the jobs writes to the indexes; a portal whose worker does that (JOBS_IN_PROCESS=false) only searches.
  if (env.MEILI_HOST && env.JOBS_IN_PROCESS !== 'false' && !env.MEILI_ADMIN_KEY) {
    throw new ConfigurationError([
      'MEILI_ADMIN_KEY: required with MEILI_HOST when this process runs the jobs (set JOBS_IN_PROCESS=false in a portal that leaves indexing to the worker)',
    ])
  }
  return {
    ...env,
    S3: s3Settings(env),
    PAYLOAD_SECRET: secret,
    SERVER_URL: env.SERVER_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    UPLOAD_MAX_BYTES: env.UPLOAD_MAX_BYTES ?? 25 * 1024 * 1024,
    DATA_DIR: dataDir,
  }
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
