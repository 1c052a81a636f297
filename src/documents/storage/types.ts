import type { PayloadRequest } from 'payload'

/** The upload collections whose files a store keeps. */
export type UploadCollection = 'documents' | 'media'

/**
 * A stored file opened for reading: its bytes as a stream and, when known, its size. From the
 * bucket, `status` and `headers` carry the storage's answer to the request's own `Range` or
 * `If-None-Match` (206 with `Content-Range`, 304, 416; `ETag`, `Accept-Ranges`).
 */
export type StoredFile = { body: ReadableStream<Uint8Array> | null; size?: number; status?: number; headers?: Headers }

/**
 * Where the files of the upload collections are kept: local disk (the default, written by
 * Payload itself) or an S3-compatible bucket (written by @payloadcms/storage-s3, kept in step
 * with the records by src/documents/storage/lifecycle.ts). Readers (downloads, text
 * extraction) go through this, whichever it is, with the request they serve.
 */
export interface FileStore {
  readonly kind: 'local' | 's3'
  /** The file, or null when there is no such file. */
  open(req: PayloadRequest, collection: UploadCollection, filename: string): Promise<StoredFile | null>
  /** The whole file; throws when it is missing or cannot be read. */
  read(req: PayloadRequest, collection: UploadCollection, filename: string): Promise<Buffer>
}

/** A file name as stored: one path segment, no traversal, no control characters. */
export function isPlainFilename(filename: string): boolean {
  return (
    filename.length > 0 && filename.length <= 255 && !/[\u0000-\u001f\u007f/\\]/.test(filename) && filename !== '.' && filename !== '..'
  )
}

/** A failure of the file store, with the service's own code and, when it answered, its HTTP status. */
export class StorageError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly status?: number,
  ) {
    super(message)
    this.name = 'StorageError'
  }
}
