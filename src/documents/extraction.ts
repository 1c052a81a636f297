import { createLocalReq, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type Payload, type TaskConfig } from 'payload'

import { SEARCH_QUEUE } from '../search/sync/tasks'
import { fileStoreOf } from './storage'
import { extractDocumentText } from './text'
import { documentFileTypes, type DocumentFileType } from './types'
import { hubEnv } from '../core/env'

/**
 * The text inside uploaded documents, for search. Extraction runs as a job after the upload
 * (queued in the same transaction); its outcome is kept per document and file in
 * `document-texts`: the text with its full and kept size, or "not extracted" with the reason.
 * A failed extraction never undoes the upload.
 */

export const extractionQueue = SEARCH_QUEUE

const typeOfMime = (mimeType: string | null | undefined): DocumentFileType | undefined =>
  (Object.entries(documentFileTypes).find(([, mime]) => mime === mimeType)?.[0] as DocumentFileType | undefined) ?? undefined

/** The texts of a deleted document go with it. */
export const deleteExtractedTexts: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'document-texts', where: { document: { equals: id } }, overrideAccess: true, req })
}

export const enqueueTextExtraction: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (!doc.filename) return doc
  if (operation === 'update' && previousDoc?.filename === doc.filename) return doc
  await req.payload.jobs.queue({
    task: 'extractDocumentText' as never,
    queue: extractionQueue,
    input: { documentId: String(doc.id), filename: doc.filename, mimeType: doc.mimeType ?? '' } as never,
    req,
  })
  return doc
}

export async function extractAndStore(
  payload: Payload,
  input: { documentId: string; filename: string; mimeType: string },
): Promise<{ status: 'extracted' | 'failed' | 'skipped'; characters: number; truncated: boolean; reason?: string }> {
  const started = Date.now()
  // The document may have been deleted since its upload: nothing to extract for.
  const exists = await payload.count({ collection: 'documents', where: { id: { equals: input.documentId } }, overrideAccess: true })
  if (exists.totalDocs === 0) return { status: 'skipped', characters: 0, truncated: false, reason: 'the document no longer exists' }
  let outcome: { status: 'extracted' | 'failed'; text: string; characters: number; truncated: boolean; pages?: number; reason?: string }
  try {
    const type = typeOfMime(input.mimeType)
    if (!type) throw new Error(`no text extraction for ${input.mimeType || 'an unknown type'}`)
    // From local disk or the S3 bucket, wherever uploads are kept (src/documents/storage).
    const data = await fileStoreOf(payload).read(await createLocalReq({}, payload), 'documents', input.filename)
    const extracted = await extractDocumentText(data, type)
    outcome = { status: 'extracted', ...extracted }
  } catch (error) {
    outcome = {
      status: 'failed',
      text: '',
      characters: 0,
      truncated: false,
      reason: error instanceof Error ? error.message : String(error),
    }
  }
  const data = {
    document: Number(input.documentId),
    filename: input.filename,
    status: outcome.status,
    reason: outcome.reason ?? null,
    text: outcome.text,
    characters: outcome.characters,
    truncated: outcome.truncated,
    pages: outcome.pages ?? null,
    durationMs: Date.now() - started,
  }
  const existing = await payload.find({
    collection: 'document-texts',
    where: { and: [{ document: { equals: input.documentId } }, { filename: { equals: input.filename } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs[0])
    await payload.update({ collection: 'document-texts', id: existing.docs[0].id, data: data as never, overrideAccess: true })
  else await payload.create({ collection: 'document-texts', data: data as never, overrideAccess: true })
  // The document's search entry now has words from inside its file.
  await payload.jobs.queue({
    task: 'searchSync' as never,
    queue: SEARCH_QUEUE,
    input: { collection: 'documents', id: input.documentId } as never,
  })
  return { status: outcome.status, characters: outcome.characters, truncated: outcome.truncated, reason: outcome.reason }
}

export function extractionTask(): TaskConfig {
  return {
    slug: 'extractDocumentText',
    label: 'Documents: extract the text of a file',
    inputSchema: [
      { name: 'documentId', type: 'text', required: true },
      { name: 'filename', type: 'text', required: true },
      { name: 'mimeType', type: 'text' },
    ],
    outputSchema: [
      { name: 'status', type: 'text' },
      { name: 'characters', type: 'number' },
      { name: 'truncated', type: 'checkbox' },
      { name: 'reason', type: 'text' },
    ],
    retries: { attempts: 3, backoff: { type: 'exponential', delay: hubEnv().SEARCH_SYNC_BACKOFF_MS } },
    handler: async ({ input, job, req }: { input: unknown; job: { id: number | string }; req: { payload: Payload } }) => {
      const file = input as { documentId: string; filename: string; mimeType: string }
      const output = await extractAndStore(req.payload, file)
      req.payload.logger[output.status === 'failed' ? 'warn' : 'info']({
        msg: `Documents: text of ${file.filename} ${output.status === 'extracted' ? 'extracted' : output.status === 'failed' ? 'not extracted' : 'skipped'}${output.reason ? `: ${output.reason}` : ''}`,
        job: 'extractDocumentText',
        jobId: job.id,
        documentId: file.documentId,
        filename: file.filename,
        ...output,
      })
      return { output }
    },
  } as unknown as TaskConfig
}
