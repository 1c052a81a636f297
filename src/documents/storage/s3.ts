import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import type { S3Settings } from '../../core/env'
import { isPlainFilename, StorageError, type FileStore, type UploadCollection } from './types'

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, R2...), one object per file
 * under `<S3_PREFIX><collection>/<filename>`. Only single-object operations are used (put, get,
 * head, delete), which every S3-compatible server implements the same way. Files are at most
 * UPLOAD_MAX_BYTES and already in memory when they are stored, so one PUT sends each.
 */

type ServiceError = { name?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } }

const statusOf = (error: unknown) => (error as ServiceError)?.$metadata?.httpStatusCode
const isMissing = (error: unknown) => ['NoSuchKey', 'NotFound'].includes((error as ServiceError)?.name ?? '') || statusOf(error) === 404
const codeOf = (error: unknown) => {
  const service = error as ServiceError & { code?: string }
  return service?.Code ?? (service?.name && service.name !== 'Error' ? service.name : undefined) ?? service?.code ?? 'Error'
}

export type S3FileStore = FileStore & {
  readonly kind: 's3'
  readonly settings: S3Settings
  key(collection: UploadCollection, filename: string): string
  put(collection: UploadCollection, filename: string, data: Uint8Array, contentType: string): Promise<void>
  exists(collection: UploadCollection, filename: string): Promise<boolean>
  /** Removes the files; a file that is already gone is not an error. */
  remove(collection: UploadCollection, filenames: Iterable<string>): Promise<void>
  destroy(): void
}

export function s3Client(settings: S3Settings): S3Client {
  const checksums = settings.checksums === 'when_required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED'
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: checksums,
    responseChecksumValidation: checksums,
    maxAttempts: 3,
    // A storage service that does not answer fails the save or the download instead of hanging it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  })
}

export function s3FileStore(settings: S3Settings, client: S3Client = s3Client(settings)): S3FileStore {
  const key = (collection: UploadCollection, filename: string) => {
    if (!isPlainFilename(filename)) throw new StorageError(`invalid file name: ${JSON.stringify(filename)}`, 'InvalidFilename', 400)
    return `${settings.prefix}${collection}/${filename}`
  }
  const failure = (operation: string, objectKey: string, error: unknown) =>
    new StorageError(
      `${operation} s3://${settings.bucket}/${objectKey} failed: ${codeOf(error)}${(error as Error)?.message ? ` (${(error as Error).message})` : ''}`,
      codeOf(error),
      statusOf(error),
    )
  const get = async (collection: UploadCollection, filename: string) => {
    const objectKey = key(collection, filename)
    try {
      return await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: objectKey }))
    } catch (error) {
      if (isMissing(error)) return null
      throw failure('reading', objectKey, error)
    }
  }

  return {
    kind: 's3',
    settings,
    key,
    async put(collection, filename, data, contentType) {
      const objectKey = key(collection, filename)
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: settings.bucket,
            Key: objectKey,
            Body: data,
            ContentType: contentType,
            ContentLength: data.byteLength,
          }),
        )
      } catch (error) {
        throw failure('storing', objectKey, error)
      }
    },
    async open(collection, filename) {
      const object = await get(collection, filename)
      if (!object?.Body) return null
      return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength }
    },
    async read(collection, filename) {
      const object = await get(collection, filename)
      if (!object?.Body)
        throw new StorageError(`s3://${settings.bucket}/${key(collection, filename)} does not exist (NoSuchKey)`, 'NoSuchKey', 404)
      return Buffer.from(await object.Body.transformToByteArray())
    },
    async exists(collection, filename) {
      const objectKey = key(collection, filename)
      try {
        await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: objectKey }))
        return true
      } catch (error) {
        if (isMissing(error)) return false
        throw failure('looking up', objectKey, error)
      }
    },
    async remove(collection, filenames) {
      // One DELETE per object: the batch DeleteObjects call is not implemented alike everywhere.
      for (const filename of new Set(filenames)) {
        const objectKey = key(collection, filename)
        try {
          await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: objectKey }))
        } catch (error) {
          if (!isMissing(error)) throw failure('deleting', objectKey, error)
        }
      }
    },
    destroy: () => client.destroy(),
  }
}
