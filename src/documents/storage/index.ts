import path from 'node:path'

import type { CollectionConfig, Payload } from 'payload'

import type { S3Settings } from '../../core/env'
import { s3Lifecycle } from './lifecycle'
import { localFileStore } from './local'
import { s3FileStore, type S3FileStore } from './s3'
import type { FileStore, UploadCollection } from './types'

export { StorageError, type FileStore, type StoredFile, type UploadCollection } from './types'
export type { S3FileStore } from './s3'

/**
 * Where uploads are kept: local disk under DATA_DIR/uploads (the default), or an S3-compatible
 * bucket when S3_BUCKET is set. The choice is made once per configuration (payload.config.ts);
 * downloads and text extraction read through `fileStoreOf(payload)` either way.
 */
export function fileStore(s3: S3Settings | undefined): FileStore {
  return s3 ? s3FileStore(s3) : localFileStore()
}

const uploadCollections: UploadCollection[] = ['documents', 'media']

/**
 * With S3, the upload collections write nothing to local disk and keep their files in the
 * bucket through their hooks (src/documents/storage/lifecycle.ts). With local disk, nothing
 * changes: Payload writes the files itself.
 */
export function withFileStorage(collections: CollectionConfig[], store: FileStore): CollectionConfig[] {
  if (store.kind !== 's3') return collections
  return collections.map((collection) => {
    if (!uploadCollections.includes(collection.slug as UploadCollection) || !collection.upload) return collection
    const lifecycle = s3Lifecycle(store as S3FileStore, collection.slug as UploadCollection)
    const hooks = collection.hooks ?? {}
    const upload = typeof collection.upload === 'object' ? collection.upload : {}
    return {
      ...collection,
      upload: {
        ...upload,
        disableLocalStorage: true,
        // Payload still looks at its static folder (a taken file name, files to unlink on replace):
        // point it at a folder that is never created, so that files left on disk from before the
        // switch to S3 neither rename nor lose anything.
        staticDir: path.join(path.dirname(upload.staticDir ?? collection.slug), '.kept-in-s3', collection.slug),
      },
      hooks: {
        ...hooks,
        beforeChange: [...(hooks.beforeChange ?? []), lifecycle.beforeChange],
        // First, so that no other after-change work (search, revalidation) runs for a file that could not be stored.
        afterChange: [lifecycle.afterChange, ...(hooks.afterChange ?? [])],
        beforeDelete: [...(hooks.beforeDelete ?? []), lifecycle.beforeDelete],
        afterDelete: [...(hooks.afterDelete ?? []), lifecycle.afterDelete],
      },
    }
  })
}

/** The store of this Payload instance's configuration (set in payload.config.ts as `custom.fileStore`). */
export function fileStoreOf(payload: Payload): FileStore {
  const store = (payload.config.custom as { fileStore?: FileStore } | undefined)?.fileStore
  if (!store) throw new Error('no file store in the Payload configuration (custom.fileStore)')
  return store
}
