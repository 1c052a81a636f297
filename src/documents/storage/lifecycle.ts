import fs from 'node:fs/promises'

import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import type { S3FileStore } from './s3'
import { afterTransaction } from './transaction'
import type { UploadCollection } from './types'

/**
 * Keeps the objects in the bucket in step with the records, when uploads go to S3
 * (`upload.disableLocalStorage`, so Payload writes nothing to disk):
 *
 * - a new file (create, or a replacement) is stored once the record has been written, inside
 *   its transaction: if the PUT fails the save fails with the reason and the row is rolled back;
 *   if anything fails after the PUT, the rollback removes the object again;
 * - the files a record no longer uses (a replaced file, every file of a deleted record) are
 *   removed once the change is committed, never before: a rolled-back change keeps its files.
 *
 * A record uses the files of its published main row (what the public downloads) and of its
 * latest version (a pending draft's new file, what editors work on); image sizes are files of
 * their own.
 * Older versions' files are not kept, as with Payload's own local storage.
 */

type SizeData = { filename?: string | null; mimeType?: string | null } | null | undefined
type UploadData = { id?: number | string; filename?: string | null; mimeType?: string | null; sizes?: Record<string, SizeData> | null }

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

async function fileBytes(req: PayloadRequest): Promise<Buffer | undefined> {
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  if (!file) return undefined
  if (file.data?.byteLength) return file.data
  return file.tempFilePath ? fs.readFile(file.tempFilePath) : undefined
}

export function s3Lifecycle(store: S3FileStore, collection: UploadCollection) {
  /**
   * Before the write: note the files the record uses, and make sure a new file's name (and its
   * image sizes' names) is free in the bucket. Payload checks names against the records' main
   * rows only; a pending draft's file, or an image size, can hold a name too.
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
      const taken = await Promise.all([candidate, ...sizeNames(candidate)].map((name) => store.exists(collection, name)))
      if (!taken.some(Boolean)) break
      if (attempt >= 50) throw new APIError(`No free file name for ${original} in the storage bucket`, 409, null, true)
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
   * After the write, still inside the transaction: store a new file and its sizes; once the
   * transaction has ended, remove what the record no longer uses (committed) or what was just
   * stored (rolled back).
   */
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    const record = doc as UploadData
    const previous = operation === 'update' ? recall(req, `${collection}:${record.id}`) : undefined
    const data = await fileBytes(req)
    if (data && record.filename && !previous?.has(record.filename)) {
      const stored: string[] = []
      try {
        await store.put(collection, record.filename, data, record.mimeType || 'application/octet-stream')
        stored.push(record.filename)
        for (const [name, size] of Object.entries(record.sizes ?? {})) {
          const bytes = req.payloadUploadSizes?.[name]
          if (!size?.filename || !bytes) continue
          await store.put(collection, size.filename, bytes, size.mimeType || record.mimeType || 'application/octet-stream')
          stored.push(size.filename)
        }
      } catch (error) {
        await store.remove(collection, stored).catch(() => undefined)
        req.payload.logger.error({ err: error, msg: `file storage: storing ${record.filename} failed` })
        throw new APIError(
          `The file could not be stored (${(error as { code?: string }).code ?? 'storage error'}); nothing was saved. Try again, or tell an administrator if it persists.`,
          502,
          null,
          true,
        )
      }
      await afterTransaction(req, { rolledBack: () => store.remove(collection, stored) })
    }
    if (previous && record.id !== undefined) {
      const now = await filesInUse(req, collection, record.id)
      const unused = [...previous].filter((name) => !now.has(name))
      if (unused.length) await afterTransaction(req, { committed: () => store.remove(collection, unused) })
    }
    return doc
  }

  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    remember(req, `${collection}:${id}`, await filesInUse(req, collection, id))
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    const files = new Set([...(recall(req, `${collection}:${id}`) ?? []), ...filesOf(doc as UploadData)])
    if (files.size) await afterTransaction(req, { committed: () => store.remove(collection, files) })
    return doc
  }

  return { beforeChange, afterChange, beforeDelete, afterDelete }
}
