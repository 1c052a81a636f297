import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

import { ConfigurationError, parseEnv } from '../../src/core/env'

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hub-env-'))

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as ConfigurationError).problems
  }
  throw new Error('expected a ConfigurationError')
}

describe('environment validation', () => {
  test('a missing PAYLOAD_SECRET in production stops the program and names the variable', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/hub',
      SERVER_URL: 'https://hub.example.org',
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^PAYLOAD_SECRET: required in production/)
  })

  test('a missing SERVER_URL in production stops the program and names the variable; development and the build guess it', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), PORT: '8080' })
    expect(problems).toEqual([expect.stringMatching(/^SERVER_URL: required in production/)])
    expect(problemsOf({ NODE_ENV: 'production', PORT: '8080' }).map((problem) => problem.split(':')[0])).toEqual([
      'PAYLOAD_SECRET',
      'SERVER_URL',
    ])
    expect(parseEnv({ NODE_ENV: 'development', DATA_DIR: dataDir(), PORT: '8080' }).SERVER_URL).toBe('http://localhost:8080')
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build', PORT: '8080' }).SERVER_URL).toBe(
      'http://localhost:8080',
    )
  })

  test('a malformed URL is refused with the name of its variable', () => {
    expect(problemsOf({ DATABASE_URL: 'not a url', DATA_DIR: dataDir() })[0]).toMatch(/^DATABASE_URL:/)
    expect(problemsOf({ DATABASE_URL: 'mysql://u:p@db/hub', DATA_DIR: dataDir() })[0]).toMatch(
      /^DATABASE_URL: must be a URL starting with postgres:\/\//,
    )
    expect(problemsOf({ MEILI_HOST: 'meili:7700', DATA_DIR: dataDir() })[0]).toMatch(/^MEILI_HOST:/)
    expect(problemsOf({ SMTP_URL: 'http://mail', DATA_DIR: dataDir() })[0]).toMatch(/^SMTP_URL: must be a URL starting with smtp:\/\//)
    expect(problemsOf({ SERVER_URL: 'ftp://x', DATA_DIR: dataDir() })[0]).toMatch(/^SERVER_URL:/)
  })

  test('several problems are all reported at once', () => {
    const problems = problemsOf({ DATABASE_URL: 'x', PORT: 'eighty', DATA_DIR: dataDir() })
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'PORT'])
  })

  test('a short secret is refused', () => {
    expect(problemsOf({ PAYLOAD_SECRET: 'short', DATA_DIR: dataDir() })[0]).toMatch(/^PAYLOAD_SECRET: must be at least 32/)
  })

  test('in development a secret is generated once and kept under the data folder', () => {
    const dir = dataDir()
    const first = parseEnv({ NODE_ENV: 'development', DATA_DIR: dir })
    const second = parseEnv({ NODE_ENV: 'development', DATA_DIR: dir })
    expect(first.PAYLOAD_SECRET).toHaveLength(64)
    expect(second.PAYLOAD_SECRET).toBe(first.PAYLOAD_SECRET)
    expect(fs.readFileSync(path.join(dir, 'payload-secret'), 'utf8')).toBe(first.PAYLOAD_SECRET)
    expect(fs.statSync(path.join(dir, 'payload-secret')).mode & 0o077).toBe(0)
  })

  test('valid values pass, with defaults filled in', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgresql://hub:secret@db:5432/hub',
      MEILI_HOST: 'http://meilisearch:7700',
      MEILI_SEARCH_KEY: 'search-key',
      MEILI_ADMIN_KEY: 'admin-key',
      PORT: '8080',
      SERVER_URL: 'https://hub.example.org',
    })
    expect(env.SERVER_URL).toBe('https://hub.example.org')
    expect(env.PORT).toBe(8080)
  })

  describe('S3 storage', () => {
    const s3 = { S3_BUCKET: 'hub-uploads', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-example' }

    test('without any S3 variable, uploads stay on local disk', () => {
      expect(parseEnv({ DATA_DIR: dataDir() }).S3).toBeUndefined()
      expect(parseEnv({ DATA_DIR: dataDir(), S3_BUCKET: '', S3_REGION: '' }).S3).toBeUndefined()
    })

    test('a bucket without credentials, or credentials without a bucket, is refused naming the variables', () => {
      expect(problemsOf({ DATA_DIR: dataDir(), S3_BUCKET: 'hub-uploads', S3_ENDPOINT: 'http://minio:9000' }).sort()).toEqual([
        'S3_ACCESS_KEY_ID: required with S3_BUCKET',
        'S3_SECRET_ACCESS_KEY: required with S3_BUCKET',
      ])
      expect(problemsOf({ DATA_DIR: dataDir(), S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_REGION: 'eu-west-3' })[0]).toMatch(
        /^S3_BUCKET: required when S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are set/,
      )
    })

    test('AWS itself (no endpoint) needs a region', () => {
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3 })).toEqual([
        'S3_REGION: required with S3_BUCKET when S3_ENDPOINT is not set (AWS S3)',
      ])
    })

    test('malformed values are refused with the name of their variable', () => {
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3, S3_REGION: 'eu-west-3', S3_BUCKET: 'Hub_Uploads' })[0]).toMatch(
        /^S3_BUCKET: must be a bucket name/,
      )
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3, S3_ENDPOINT: 'minio:9000' })[0]).toMatch(
        /^S3_ENDPOINT: must be a URL starting with http:\/\//,
      )
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'yes' })[0]).toMatch(
        /^S3_FORCE_PATH_STYLE:/,
      )
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3, S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: 'a/../b' })[0]).toMatch(
        /^S3_PREFIX: must not/,
      )
      expect(problemsOf({ DATA_DIR: dataDir(), ...s3, S3_ENDPOINT: 'http://minio:9000', S3_CHECKSUMS: 'always' })[0]).toMatch(
        /^S3_CHECKSUMS:/,
      )
    })

    test('defaults: AWS gets virtual-hosted URLs and the SDK checksums; another server path-style URLs and checksums only where required', () => {
      expect(parseEnv({ DATA_DIR: dataDir(), ...s3, S3_REGION: 'eu-west-3' }).S3).toEqual({
        bucket: 'hub-uploads',
        region: 'eu-west-3',
        endpoint: undefined,
        accessKeyId: 'AKIAEXAMPLE',
        secretAccessKey: 'secret-example',
        forcePathStyle: false,
        prefix: '',
        checksums: 'when_supported',
      })
      expect(parseEnv({ DATA_DIR: dataDir(), ...s3, S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: 'hub/uploads/' }).S3).toMatchObject({
        region: 'us-east-1',
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        prefix: 'hub/uploads/',
        checksums: 'when_required',
      })
      expect(
        parseEnv({
          DATA_DIR: dataDir(),
          ...s3,
          S3_ENDPOINT: 'https://s3.example.org',
          S3_FORCE_PATH_STYLE: 'false',
          S3_CHECKSUMS: 'when_supported',
          S3_PREFIX: 'hub',
        }).S3,
      ).toMatchObject({ forcePathStyle: false, checksums: 'when_supported', prefix: 'hub/' })
    })
  })

  test('Meilisearch keys: a portal that leaves indexing to the worker needs only the search key; a process that runs the jobs needs the admin key', () => {
    const production = {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://u:p@db:5432/hub',
      MEILI_HOST: 'http://meilisearch:7700',
      SERVER_URL: 'https://hub.example.org',
    }
    expect(parseEnv({ ...production, JOBS_IN_PROCESS: 'false', MEILI_SEARCH_KEY: 'search-key' }).MEILI_ADMIN_KEY).toBeUndefined()
    expect(parseEnv({ ...production, MEILI_ADMIN_KEY: 'admin-key' }).MEILI_SEARCH_KEY).toBeUndefined() // the worker
    expect(problemsOf({ ...production, MEILI_SEARCH_KEY: 'search-key' })[0]).toMatch(
      /^MEILI_ADMIN_KEY: required with MEILI_HOST when this process runs the jobs/,
    )
    expect(problemsOf({ ...production, JOBS_IN_PROCESS: 'false' })[0]).toMatch(/^MEILI_SEARCH_KEY: required with MEILI_HOST/)
  })

  test('log settings are checked', () => {
    expect(problemsOf({ LOG_LEVEL: 'loud', DATA_DIR: dataDir() })[0]).toMatch(/^LOG_LEVEL:/)
    expect(problemsOf({ LOG_FORMAT: 'xml', DATA_DIR: dataDir() })[0]).toMatch(/^LOG_FORMAT:/)
  })
})
