import fs from 'node:fs'

import { type Payload } from 'payload'

import { parseEnv } from '../../src/core/env'
import { uploadDir } from '../../src/documents/upload-dir'
import { readySearchIndex } from '../../src/search/sync/ready'
import { pilotData } from './fixtures'
import { createUser, login, rest, uploadForm, type HubTarget } from './hub'
import { hubInstance, isolatedDatabase } from './isolated'
import { startS3Server } from './s3'
import { freshSearchIndex } from './search'

/**
 * The hub with uploads in an S3-compatible bucket (S3_* variables), against a real S3 server
 * in this process (s3rver), for tests/int/storage-s3.*.test.ts. `setUpStorage` starts the server
 * and a hub on a database of its own, in a test file's beforeAll; `tearDownStorage` stops the
 * server in its afterAll. The bindings are read after the set-up.
 */

export const PREFIX = 'hub-int/'
export let s3: Awaited<ReturnType<typeof startS3Server>>
export let payload: Payload
export let hub: HubTarget
export let token: string
export let pilotId: number | string
export let databaseUrl: string

/** The S3 settings as the portal reads them from its environment. */
export const settingsFromEnv = (overrides: Record<string, string> = {}) =>
  parseEnv({
    ...process.env,
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_PREFIX: PREFIX,
    ...overrides,
  }).S3

export const onDisk = (collection: 'documents' | 'media', name: string) => fs.existsSync(`${uploadDir(collection)}/${name}`)

export async function upload(collection: 'documents' | 'media', data: Buffer, name: string, fields: Record<string, unknown>, target = hub) {
  return rest('POST', `/${collection}`, { token, form: uploadForm(data, name, fields), target })
}

export const documentPath = (name: string) => `/documents/file/${encodeURIComponent(name)}`

export async function setUpStorage(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  s3 = await startS3Server()
  databaseUrl = await isolatedDatabase('storage_s3')
  const key = 'storage-s3'
  payload = await hubInstance(key, { databaseUrl, s3: settingsFromEnv() })
  hub = { config: payload.config, key }
  const admin = await createUser(payload, 'admin')
  token = await login(admin.email, admin.password, hub)
  pilotId = (await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id
  freshSearchIndex()
  await readySearchIndex(payload)
}

export async function tearDownStorage(): Promise<void> {
  await s3?.stop()
}
