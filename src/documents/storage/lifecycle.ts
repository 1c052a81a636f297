import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { S3FileStore } from './s3'
import { afterTransaction } from './transaction'
import type { UploadCollection } from './types'

/**
 * Keeps the objects in the bucket in step with the records, when uploads go to S3 through
 * Payload's S3 storage plugin (`upload.disableLocalStorage`, so Payload writes nothing to disk).
 * The plugin stores a new file and its image sizes after the record is written (its
 * `afterChange` hook, which this one wraps and runs first); around it, what the plugin does not do:
 *
 * - if the PUT fails the save fails with the reason (502) and the row is rolled back; if
 *   anything fails after the PUT, the rollback removes the objects again (the plugin leaves them);
 * - the files a record no longer uses (a replaced file, a published revision's predecessor,
 *   every file of a deleted record) are removed once the change is committed, never before: a
 *   rolled-back change keeps its files (the plugin deletes inside the transaction, and only
 *   the previous file of a non-draft replacement);
 * - a new file's name is free among pending draft revisions and image sizes too (Payload
 *   checks the records' main rows only), so that no object in use is overwritten.
 *
 * A record uses the files of its published main row (what the public downloads) and of its
 * latest version (a pending draft's new file, what editors work on); image sizes are files of
 * their own.
 * Older versions' files are not kept, as with Payload's own local storage.
 */

type SizeData = { filename?: string | null } | null | undefined
type UploadData = { id?: number | string; filename?: string | null; sizes?: Record<string, SizeData> | null }

const filesOf = (record: UploadData | null | undefined): string[] =>
  record
    ? [record.filename, ...Object.values(record.sizes ?? {}).map((size) => size?.filename)].filter(
        (name): name is string => typeof name === 'string' && name.length > 0,
      )
    : []

/**
 * The files a record uses now, read inside the request's transaction. With drafts, the main row
 * counts only while it is published: a draft save leaves an unpublished main row as it was, and
 * its file is then no one's (the latest version has the current one).
 */
async function filesInUse(req: PayloadRequest, collection: UploadCollection, id: number | string): Promise<Set<string>> {
  const main = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as
    (UploadData & { _status?: string }) | null
  if (!req.payload.collections[collection]?.config.versions?.drafts) return new Set(filesOf(main))
  const files = new Set(main?._status === 'published' ? filesOf(main) : [])
  const { docs } = await req.payload.db.queryDrafts({ collection, where: { parent: { equals: id } }, limit: 1, req })
  for (const name of filesOf(docs[0] as UploadData | undefined)) files.add(name)
  return files
}

/** `report.pdf` -> `report-1.pdf` -> `report-2.pdf`, as Payload names a file whose name is taken. */
export function nextFilename(filename: string): string {
  const dot = filename.lastIndexOf('.')
  const [base, extension] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, '']
  const numbered = /^(.*)-(\d+)$/.exec(base)
  return numbered ? `${numbered[1]}-${Number(numbered[2]) + 1}${extension}` : `${base}-1${extension}`
}

const baseOf = (filename: string) => (filename.lastIndexOf('.') > 0 ? filename.slice(0, filename.lastIndexOf('.')) : filename)

/** What a change of this request had before it was written, by collection and id. */
const before = new WeakMap<PayloadRequest, Map<string, Set<string>>>()
const remember = (req: PayloadRequest, key: string, files: Set<string>) => {
  const map = before.get(req) ?? new Map<string, Set<string>>()
  before.set(req, map)
  map.set(key, files)
}
const recall = (req: PayloadRequest, key: string) => {
  const files = before.get(req)?.get(key)
  before.get(req)?.delete(key)
  return files
}

/**
 * Whether a file name is held by a record of the collection: its main row or its latest version
 * (a pending draft revision), as the file or as one of its image sizes.
 */
async function nameTaken(req: PayloadRequest, collection: UploadCollection, name: string): Promise<boolean> {
  const config = req.payload.collections[collection].config
  const sizes = typeof config.upload === 'object' ? (config.upload.imageSizes ?? []).map((size) => size.name) : []
  const fields = ['filename', ...sizes.map((size) => `sizes.${size}.filename`)]
  const main = await req.payload.db.findOne({ collection, where: { or: fields.map((field) => ({ [field]: { equals: name } })) }, req })
  if (main) return true
  if (!config.versions?.drafts) return false
  const { docs } = await req.payload.db.queryDrafts({
    collection,
    where: { or: fields.map((field) => ({ [`version.${field}`]: { equals: name } })) },
    limit: 1,
    req,
  })
  return docs.length > 0
}

/** The files of this save that the plugin stores: the new file and the image sizes generated for it. */
const incomingFiles = (record: UploadData, req: PayloadRequest): string[] =>
  req.file && record.filename
    ? [
        record.filename,
        ...Object.entries(record.sizes ?? {})
          .filter(([name, size]) => size?.filename && req.payloadUploadSizes?.[name])
          .map(([, size]) => size!.filename!),
      ]
    : []

/**
 * The plugin saves the record once more after storing its files, to keep what an adapter answers
 * about them. The S3 adapter answers with the record itself: that save would change nothing, yet
 * run every hook of the collection again, add a version, and fail the upload with whatever one of
 * those hooks throws. The plugin is handed a request on which that save is skipped.
 */
function withoutResave(req: PayloadRequest): PayloadRequest {
  const payload = Object.create(req.payload, { update: { value: async () => undefined } }) as Payload
  return { ...req, payload } as PayloadRequest
}

const codeOf = (error: unknown) => {
  const service = error as { Code?: string; name?: string; code?: string } | undefined
  return service?.Code ?? (service?.name && service.name !== 'Error' ? service.name : undefined) ?? service?.code ?? 'storage error'
}

/**
 * The hooks that keep one upload collection's objects in step with its records, around the
 * plugin's `afterChange` hook (`storeFiles`).
 */
export function s3Lifecycle(store: S3FileStore, collection: UploadCollection, storeFiles: CollectionAfterChangeHook) {
  /**
   * Before the write: note the files the record uses, and make sure a new file's name (and its
   * image sizes' names) is free. Payload checks names against the records' main rows only; a
   * pending draft's file, or an image size, can hold a name too.
   */
  const beforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined) {
      remember(req, `${collection}:${originalDoc.id}`, await filesInUse(req, collection, originalDoc.id))
    }
    const upload = data as UploadData
    if (!req.file || !upload.filename) return data
    const original = upload.filename
    let candidate = original
    const sizeNames = (name: string) =>
      Object.values(upload.sizes ?? {})
        .map((size) => size?.filename)
        .filter((sizeName): sizeName is string => Boolean(sizeName))
        .map((sizeName) =>
          sizeName.startsWith(`${baseOf(original)}-`) ? `${baseOf(name)}-${sizeName.slice(baseOf(original).length + 1)}` : sizeName,
        )
    for (let attempt = 0; ; attempt++) {
      const taken = await Promise.all([candidate, ...sizeNames(candidate)].map((name) => nameTaken(req, collection, name)))
      if (!taken.some(Boolean)) break
      if (attempt >= 50) throw new APIError(`No free file name for ${original}`, 409, null, true)
      candidate = nextFilename(candidate)
    }
    if (candidate !== original) {
      upload.filename = candidate
      for (const size of Object.values(upload.sizes ?? {})) {
        if (size?.filename?.startsWith(`${baseOf(original)}-`))
          size.filename = `${baseOf(candidate)}-${size.filename.slice(baseOf(original).length + 1)}`
      }
    }
    return data
  }

  /**
   * After the write, still inside the transaction: the plugin stores a new file and its sizes;
   * once the transaction has ended, what the record no longer uses is removed (committed), or
   * what was just stored (rolled back).
   */
  const afterChange: CollectionAfterChangeHook = async (args) => {
    const { doc, operation, req } = args
    const record = doc as UploadData
    const previous = operation === 'update' ? recall(req, `${collection}:${record.id}`) : undefined
    const incoming = incomingFiles(record, req)
    let result = doc
    if (incoming.length) {
      try {
        // No previous record for the plugin: what the record no longer uses goes after the commit (below).
        result = (await storeFiles({ ...args, previousDoc: {}, req: withoutResave(req) })) ?? doc
      } catch (error) {
        await store.remove(req, collection, incoming, record.id)
        req.payload.logger.error({ err: error, msg: `file storage: storing ${record.filename} failed` })
        throw new APIError(
          `The file could not be stored (${codeOf(error)}); nothing was saved. Try again, or tell an administrator if it persists.`,
          502,
          null,
          true,
        )
      }
      await afterTransaction(req, { rolledBack: () => store.remove(req, collection, incoming, record.id) })
    }
    if (previous && record.id !== undefined) {
      const now = await filesInUse(req, collection, record.id)
      const unused = [...previous].filter((name) => !now.has(name))
      if (unused.length) await afterTransaction(req, { committed: () => store.remove(req, collection, unused, record.id) })
    }
    return result
  }

  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    remember(req, `${collection}:${id}`, await filesInUse(req, collection, id))
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    const files = new Set([...(recall(req, `${collection}:${id}`) ?? []), ...filesOf(doc as UploadData)])
    if (files.size) await afterTransaction(req, { committed: () => store.remove(req, collection, files, id) })
    return doc
  }

  return { beforeChange, afterChange, beforeDelete, afterDelete }
}
