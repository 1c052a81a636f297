import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { hubEnv } from '../core/env'
import { inspectUpload, reencodeImage, UploadRefused, type UploadKind } from './inspect'
import type { ImageFileType } from './types'

/**
 * Checks every upload before Payload writes anything (no file on disk, no row): refused files
 * answer 400 naming the `file` field and the reason. Images are re-encoded without metadata.
 */
export function checkUpload(kind: UploadKind): CollectionBeforeOperationHook {
  return async ({ req, operation, collection }) => {
    if (operation !== 'create' && operation !== 'update') return
    const file = req.file
    if (!file) {
      if (operation === 'create') {
        throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: 'A file is required' }] })
      }
      return
    }
    try {
      const inspected = await inspectUpload({ data: file.data, name: file.name }, kind, hubEnv().UPLOAD_MAX_BYTES)
      file.mimetype = inspected.mimeType
      if (kind === 'image') {
        file.data = await reencodeImage(file.data, inspected.type as ImageFileType)
        file.size = file.data.byteLength
      }
    } catch (error) {
      if (error instanceof UploadRefused) {
        throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: `File refused: ${error.reason}` }] })
      }
      throw error
    }
  }
}
