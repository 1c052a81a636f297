import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest, TypeWithID } from 'payload'

/**
 * Serves an uploaded document after Payload's access check (a draft or archived document's file
 * is refused to the public before this runs): as an attachment with its own name, the type
 * decided at upload, and no content sniffing by the browser.
 */

/** `attachment; filename="..."; filename*=UTF-8''...`: an ASCII fallback and the exact name. */
export function contentDisposition(filename: string): string {
  const clean = path.basename(filename).replace(/[\u0000-\u001f\u007f"\\/]/g, '_') || 'download'
  const ascii = clean.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`
}

type UploadDoc = TypeWithID & { filename?: string | null; mimeType?: string | null }

export function documentDownloadHandler(staticDir: string) {
  return async (req: PayloadRequest, { doc, params }: { doc: TypeWithID | boolean; params: { filename: string } }) => {
    // Signed-in readers pass the access check with `true`: look the record up by file name.
    const record: UploadDoc | null =
      doc && typeof doc === 'object'
        ? (doc as UploadDoc)
        : ((await req.payload.db.findOne({ collection: 'documents', where: { filename: { equals: params.filename } }, req })) as UploadDoc | null)
    const filename = record?.filename
    if (!filename || filename !== params.filename) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
    const filePath = path.resolve(staticDir, filename)
    if (!filePath.startsWith(path.resolve(staticDir) + path.sep)) return Response.json({ errors: [{ message: 'Invalid filename' }] }, { status: 400 })
    let size: number
    try {
      size = (await fs.promises.stat(filePath)).size
    } catch {
      return Response.json({ errors: [{ message: 'The file of this document is missing' }] }, { status: 404 })
    }
    const headers = new Headers({
      'Content-Type': record.mimeType || 'application/octet-stream',
      'Content-Length': String(size),
      'Content-Disposition': contentDisposition(filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, max-age=300',
    })
    const stream = Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>
    return new Response(stream, { status: 200, headers })
  }
}
