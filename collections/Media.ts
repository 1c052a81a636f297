import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, isSignedIn } from '../src/access'
import { hubEnv } from '../src/lib/env'
import { label, recordMetaFields } from '../src/lib/fields'
import { rejectUnknownLocale } from '../src/lib/locale'

/** Images used in pages (pilot photos, diagrams). Public: images carry no draft content. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Image', 'Image'), plural: label('Images', 'Images') },
  admin: { group: label('Content', 'Contenu') },
  upload: {
    staticDir: path.join(hubEnv().DATA_DIR, 'uploads', 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
  },
  access: {
    read: () => true,
    create: isSignedIn,
    update: isSignedIn,
    delete: isEditorOrAdmin,
  },
  hooks: { beforeOperation: [rejectUnknownLocale] },
  fields: [
    { name: 'alt', label: label('Alternative text', 'Texte alternatif'), type: 'text', localized: true, required: true },
    { name: 'caption', label: label('Caption', 'Légende'), type: 'text', localized: true },
    ...recordMetaFields(),
  ],
}
