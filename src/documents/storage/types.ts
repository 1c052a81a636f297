/** The upload collections whose files a store keeps. */
export type UploadCollection = 'documents' | 'media'

/** A stored file opened for reading: its bytes as a stream and, when known, its size. */
export type StoredFile = { body: ReadableStream<Uint8Array>; size?: number }

/**
 * Where the files of the upload collections are kept: local disk (the default, written by
 * Payload itself) or an S3-compatible bucket (written by src/documents/storage/lifecycle.ts).
 * Readers (downloads, text extraction) go through this, whichever it is.
 */
export interface FileStore {
  readonly kind: 'local' | 's3'
  /** The file, or null when there is no such file. */
  open(collection: UploadCollection, filename: string): Promise<StoredFile | null>
  /** The whole file; throws when it is missing or cannot be read. */
  read(collection: UploadCollection, filename: string): Promise<Buffer>
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
