import type { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterDeleteHook, PayloadRequest, UploadConfig } from 'payload'

import type { S3Settings } from '../../core/env'
import { isPlainFilename, StorageError, type FileStore, type StoredFile, type UploadCollection } from './types'

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, R2...), one object per file
 * under `<S3_PREFIX><collection>/<filename>`, written, read and deleted by Payload's S3 storage
 * plugin (`@payloadcms/storage-s3`, wired in src/documents/storage/index.ts) and its one S3
 * client. The plugin's file handler is not a route of its own: downloads and text extraction
 * call it (through `open` and `read`) once the portal's own checks have passed.
 */

export type S3ClientConfig = Parameters<typeof s3Storage>[0]['config']
export type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/** What the plugin gives each upload collection that reads and deletes its objects. */
export type StorageParts = { handler: FileHandler; deleteFiles: CollectionAfterDeleteHook }

export type S3FileStore = FileStore & {
  readonly kind: 's3'
  readonly settings: S3Settings
  /** Hands the plugin's handler and delete hook of a collection to the store (done once, at configuration). */
  attach(collection: UploadCollection, parts: StorageParts): void
  /** Removes the files; a file that is already gone is not an error, a failure is logged by the plugin. */
  remove(req: PayloadRequest, collection: UploadCollection, filenames: Iterable<string>, id?: number | string): Promise<void>
}

/**
 * The S3 client's settings. Other servers than AWS (S3_ENDPOINT) get path-style URLs and
 * checksums only where an operation requires one unless told otherwise (src/core/env.ts).
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  const checksums = settings.checksums === 'when_required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED'
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: checksums,
    responseChecksumValidation: checksums,
    maxAttempts: 3,
    // A storage service that does not answer fails the save or the download instead of hanging
    // it; connections are kept alive as the plugin's own default does.
    requestHandler: {
      connectionTimeout: 5_000,
      requestTimeout: 60_000,
      httpAgent: { keepAlive: true, maxSockets: 100 },
      httpsAgent: { keepAlive: true, maxSockets: 100 },
    },
  }
}

/**
 * The record the plugin is given when it reads: the portal has found and checked the record
 * already, and a record's own folder (`prefix`, `_objectKey`) is always empty here (both fields
 * are closed to writes, src/documents/storage/index.ts), so the key is the collection's folder
 * and the file name.
 */
const checkedRecord = { id: 0, prefix: '', _objectKey: null }

export function s3FileStore(settings: S3Settings): S3FileStore {
  const parts = new Map<UploadCollection, StorageParts>()
  const partsOf = (collection: UploadCollection) => {
    const found = parts.get(collection)
    if (!found) throw new Error(`no S3 storage for the ${collection} collection (src/documents/storage)`)
    return found
  }
  const where = (collection: UploadCollection, filename: string) => `s3://${settings.bucket}/${settings.prefix}${collection}/${filename}`

  const open = async (req: PayloadRequest, collection: UploadCollection, filename: string): Promise<StoredFile | null> => {
    if (!isPlainFilename(filename)) throw new StorageError(`invalid file name: ${JSON.stringify(filename)}`, 'InvalidFilename', 400)
    const response = await partsOf(collection).handler(req, {
      doc: checkedRecord,
      headers: new Headers(),
      params: { collection, filename },
    })
    if (!(response instanceof Response)) throw new StorageError(`reading ${where(collection, filename)} gave no answer`, 'NoResponse')
    if (response.status === 404) return null
    // 200, or the answer to the request's own Range / If-None-Match (206, 304, 416).
    if (![200, 206, 304, 416].includes(response.status)) {
      await response.body?.cancel()
      // The plugin has logged the service's error.
      throw new StorageError(`reading ${where(collection, filename)} failed (${response.status})`, 'ReadFailed', response.status)
    }
    const length = response.headers.get('content-length')
    return { body: response.body, size: length === null ? undefined : Number(length), status: response.status, headers: response.headers }
  }

  return {
    kind: 's3',
    settings,
    attach: (collection, given) => void parts.set(collection, given),
    open,
    async read(req, collection, filename) {
      const file = await open(req, collection, filename)
      if (!file?.body) throw new StorageError(`${where(collection, filename)} does not exist (NoSuchKey)`, 'NoSuchKey', 404)
      if (file.status !== 200) {
        await file.body.cancel()
        throw new StorageError(`reading ${where(collection, filename)} answered ${file.status}`, 'ReadFailed', file.status)
      }
      return Buffer.from(await new Response(file.body).arrayBuffer())
    },
    async remove(req, collection, filenames, id = '') {
      const { deleteFiles } = partsOf(collection)
      const config = req.payload.collections[collection].config
      // One DELETE per object (the plugin's delete of a record's files, given one file at a time).
      for (const filename of new Set(filenames)) {
        await deleteFiles({ collection: config, context: req.context, doc: { id, filename }, id, req })
      }
    },
  }
}
