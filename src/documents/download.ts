import path from 'node:path'

import type { PayloadRequest, TypeWithID, Where } from 'payload'

import { fileStoreOf, StorageError, type UploadCollection } from './storage'

/**
 * Serves uploaded files after Payload's access check, from wherever they are kept (local disk or
 * the S3 bucket, src/documents/storage).
 *
 * Documents: a draft or archived document's file is refused to the public before this runs;
 * signed-in editors and admins, and contributors of the document's pilot, also get the file of a
 * pending draft revision (a new file uploaded as a draft of a published document), while the
 * public keeps getting the published file. Sent as an attachment with its own name, the type
 * decided at upload, and no content sniffing by the browser.
 *
 * Images (media) are public: served inline with their stored type, also without sniffing.
 */

/** `attachment; filename="..."; filename*=UTF-8''...`: an ASCII fallback and the exact name. */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const clean = path.basename(filename).replace(/[\u0000-\u001f\u007f"\\/]/g, '_') || 'download'
  const ascii = clean
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`
}

type SizeData = { filename?: string | null; mimeType?: string | null } | null
type UploadDoc = TypeWithID & { filename?: string | null; mimeType?: string | null; sizes?: Record<string, SizeData> | null }
type HandlerArgs = { doc: TypeWithID | boolean | undefined; params: { filename: string } }

const notFound = (message = 'Not found') => Response.json({ errors: [{ message }] }, { status: 404 })

/**
 * The record whose file is asked for, when Payload's access check let everything through (it
 * then hands over no record): editors and admins. The file is the main row's (published or
 * never-published) or, failing that, the latest draft revision's.
 */
async function documentForEditors(req: PayloadRequest, filename: string): Promise<UploadDoc | null> {
  const where: Where = { filename: { equals: filename } }
  const main = (await req.payload.db.findOne({ collection: 'documents', where, req })) as UploadDoc | null
  if (main) return main
  const { docs } = await req.payload.db.queryDrafts({
    collection: 'documents',
    where: { 'version.filename': { equals: filename } },
    limit: 1,
    req,
  })
  return (docs[0] as UploadDoc | undefined) ?? null
}

async function streamStored(
  req: PayloadRequest,
  collection: UploadCollection,
  filename: string,
  headers: Record<string, string>,
): Promise<Response> {
  let file
  try {
    file = await fileStoreOf(req.payload).open(req, collection, filename)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `reading the ${collection} file ${filename} failed` })
    const status = error instanceof StorageError && error.status === 400 ? 400 : 502
    return Response.json({ errors: [{ message: status === 400 ? 'Invalid filename' : 'The file cannot be read right now' }] }, { status })
  }
  if (!file) return notFound(collection === 'documents' ? 'The file of this document is missing' : 'The file of this image is missing')
  const response = new Headers({
    ...headers,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  })
  const status = file.status ?? 200
  if (file.size !== undefined && status !== 304) response.set('Content-Length', String(file.size))
  // From the bucket: the answer to the request's own Range or If-None-Match, after the checks above.
  for (const name of ['Accept-Ranges', 'Content-Range', 'ETag']) {
    const value = file.headers?.get(name)
    if (value) response.set(name, value)
  }
  return new Response(file.body, { status, headers: response })
}

export async function documentDownloadHandler(req: PayloadRequest, { doc, params }: HandlerArgs): Promise<Response> {
  const record = doc && typeof doc === 'object' ? (doc as UploadDoc) : await documentForEditors(req, params.filename)
  const filename = record?.filename
  if (!filename || filename !== params.filename) return notFound()
  return streamStored(req, 'documents', filename, {
    'Content-Type': record.mimeType || 'application/octet-stream',
    'Content-Disposition': contentDisposition(filename),
    // Private: a signed-in reader may be getting a draft revision's file.
    'Cache-Control': 'private, max-age=300',
  })
}

export async function imageFileHandler(req: PayloadRequest, { params }: HandlerArgs): Promise<Response> {
  const sizeNames = (
    req.payload.collections.media?.config.upload && typeof req.payload.collections.media.config.upload === 'object'
      ? (req.payload.collections.media.config.upload.imageSizes ?? [])
      : []
  ).map((size) => size.name)
  const where: Where = {
    or: [
      { filename: { equals: params.filename } },
      ...sizeNames.map((name) => ({ [`sizes.${name}.filename`]: { equals: params.filename } })),
    ],
  }
  const record = (await req.payload.db.findOne({ collection: 'media', where, req })) as UploadDoc | null
  if (!record) return notFound()
  const size = Object.values(record.sizes ?? {}).find((item) => item?.filename === params.filename)
  const mimeType = (size ? size.mimeType : record.mimeType) || 'application/octet-stream'
  return streamStored(req, 'media', params.filename, {
    'Content-Type': mimeType,
    'Content-Disposition': contentDisposition(params.filename, 'inline'),
    'Cache-Control': 'public, max-age=300',
  })
}
