import { createHash } from 'node:crypto'
import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Field, Payload, Plugin } from 'payload'

import type { S3Settings } from '../../core/env'
import { s3Lifecycle } from './lifecycle'
import { localFileStore } from './local'
import { s3ClientConfig, s3FileStore, type FileHandler, type S3FileStore } from './s3'
import type { FileStore, UploadCollection } from './types'

export { StorageError, type FileStore, type StoredFile, type UploadCollection } from './types'
export type { S3FileStore } from './s3'

const uploadCollections: UploadCollection[] = ['documents', 'media']

/**
 * The plugin's storage coordinates of a record (a folder of its own under the collection's,
 * used by uploads straight from the browser, which the portal does not use): closed to every
 * client, so that they stay empty, a key is always `<S3_PREFIX><collection>/<filename>` and the
 * API answers as before.
 */
const closedFields = new Set(['prefix', '_objectKey'])
const closed = () => false
const closeStorageFields = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'text' && closedFields.has(field.name) ? { ...field, access: { read: closed, create: closed, update: closed } } : field,
  )

function added<T>(after: T[] | undefined, before: T[] | undefined): T[] {
  return (after ?? []).filter((item) => !(before ?? []).includes(item))
}

/**
 * One upload collection with the plugin applied (`after`, from `before`): its after-change hook
 * wrapped by ours and run first, its deletes and its file handler taken over by the store (the
 * project's download route is the only way to a file), our lifecycle hooks added.
 */
function keepInStep(store: S3FileStore, slug: UploadCollection, after: CollectionConfig, before: CollectionConfig): CollectionConfig {
  const hooks = after.hooks ?? {}
  const [storeFiles, ...more] = added(hooks.afterChange, before.hooks?.afterChange) as CollectionAfterChangeHook[]
  const [deleteFiles] = added(hooks.afterDelete, before.hooks?.afterDelete) as CollectionAfterDeleteHook[]
  const upload = typeof after.upload === 'object' ? after.upload : {}
  const [handler] = added(upload.handlers, typeof before.upload === 'object' ? before.upload.handlers : undefined) as FileHandler[]
  if (!storeFiles || more.length || !deleteFiles || !handler) {
    throw new Error(`@payloadcms/storage-s3 did not add the hooks and file handler expected on ${slug} (src/documents/storage)`)
  }
  store.attach(slug, { handler, deleteFiles })
  const lifecycle = s3Lifecycle(store, slug, storeFiles)
  return {
    ...after,
    upload: {
      ...upload,
      handlers: upload.handlers?.filter((item) => item !== handler),
      // Payload still looks at its static folder (a taken file name, files to unlink on replace):
      // point it at a folder that is never created, so that files left on disk from before the
      // switch to S3 neither rename nor lose anything.
      staticDir: path.join(path.dirname(upload.staticDir ?? slug), '.kept-in-s3', slug),
    },
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), lifecycle.beforeChange],
      // First, so that no other after-change work (search, revalidation) runs for a file that could not be stored.
      afterChange: [lifecycle.afterChange, ...(hooks.afterChange ?? []).filter((hook) => hook !== storeFiles)],
      beforeDelete: [...(hooks.beforeDelete ?? []), lifecycle.beforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []).filter((hook) => hook !== deleteFiles), lifecycle.afterDelete],
    },
  }
}

/**
 * Where uploads are kept: local disk under DATA_DIR/uploads (the default), or an S3-compatible
 * bucket when S3_BUCKET is set, through Payload's S3 storage plugin (`@payloadcms/storage-s3`)
 * with the layer of src/documents/storage/lifecycle.ts over it. The plugin adds its fields
 * (`prefix`, `_objectKey`) either way, so that the schema does not depend on the setting.
 * Downloads and text extraction read through `fileStoreOf(payload)`.
 */
export function fileStorage(s3: S3Settings | undefined): Plugin {
  return async (incoming) => {
    const store: FileStore = s3 ? s3FileStore(s3) : localFileStore()
    const before = new Map((incoming.collections ?? []).map((collection) => [collection.slug, collection]))
    const config = await s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? '',
      config: s3 ? s3ClientConfig(s3) : {},
      // The plugin keeps one client per key for the process: one per distinct setting.
      clientCacheKey: s3 ? `s3:${createHash('sha256').update(JSON.stringify(s3)).digest('hex')}` : undefined,
      // Keys are `<S3_PREFIX><collection>/<filename>` whatever is stored with the record.
      useCompositePrefixes: true,
      collections: Object.fromEntries(uploadCollections.map((slug) => [slug, { prefix: `${s3?.prefix ?? ''}${slug}` }])),
      // Private bucket, no presigned or public URLs: files go through the portal's own route.
      acl: undefined,
      signedDownloads: false,
    })(incoming)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const slug = collection.slug as UploadCollection
        if (!uploadCollections.includes(slug) || !collection.upload) return collection
        const withClosedFields = { ...collection, fields: closeStorageFields(collection.fields) }
        return store.kind === 's3' ? keepInStep(store as S3FileStore, slug, withClosedFields, before.get(slug)!) : withClosedFields
      }),
      // Server-side only: downloads and text extraction read files through it (fileStoreOf).
      custom: { ...config.custom, fileStore: store },
    }
  }
}

/** The store of this Payload instance's configuration (set by `fileStorage` as `custom.fileStore`). */
export function fileStoreOf(payload: Payload): FileStore {
  const store = (payload.config.custom as { fileStore?: FileStore } | undefined)?.fileStore
  if (!store) throw new Error('no file store in the Payload configuration (custom.fileStore)')
  return store
}
