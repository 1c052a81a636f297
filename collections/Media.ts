import type { CollectionConfig } from 'payload'

import { editorOrUploader, isEditor, isEditorOrAdmin, isSignedIn, recordUploader } from '../src/access'
import { imageFileHandler } from '../src/documents/download'
import { checkUpload } from '../src/documents/uploads'
import { imageFileTypes } from '../src/documents/types'
import { label, recordMetaFields } from '../src/core/fields'
import { rejectUnknownLocale } from '../src/core/locale'
import { capPublicQueries } from '../src/security/query-caps'
import { uploadDir } from '../src/documents/upload-dir'

/** Images used in pages (pilot photos, diagrams). Public: images carry no draft content. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Image', 'Image'), plural: label('Images', 'Images') },
  admin: { group: label('Content', 'Contenu') },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: Object.values(imageFileTypes),
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
    // Served from local disk or the S3 bucket with their stored type and no sniffing (src/documents/download.ts).
    handlers: [imageFileHandler],
  },
  access: {
    read: () => true,
    create: isSignedIn,
    // A replaced image is public at once: its uploader and the editors only.
    update: editorOrUploader,
    delete: isEditorOrAdmin,
  },
  // Images are checked by their content and re-encoded without metadata (src/documents/uploads.ts).
  hooks: { beforeOperation: [rejectUnknownLocale, capPublicQueries, checkUpload('image')], beforeChange: [recordUploader] },
  fields: [
    { name: 'alt', label: label('Alternative text', 'Texte alternatif'), type: 'text', localized: true, required: true },
    { name: 'caption', label: label('Caption', 'Légende'), type: 'text', localized: true },
    ...recordMetaFields(isEditor),
    {
      name: 'uploadedBy',
      label: label('Uploaded by', 'Téléversée par'),
      type: 'relationship',
      relationTo: 'users',
      // Set by the server on upload, never by a client.
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
