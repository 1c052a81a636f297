import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../src/access'
import { label } from '../src/core/fields'

/**
 * The text extracted from a document's file (one row per document and file), used by search.
 * Written only by the extraction job; editors see the outcome, including why a text could not
 * be extracted. Not versioned: it is derived from the file, not written by anyone.
 */
export const DocumentTexts: CollectionConfig = {
  slug: 'document-texts',
  labels: { singular: label('Document text', 'Texte de document'), plural: label('Document texts', 'Textes de documents') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'document', 'status', 'characters', 'truncated', 'reason'],
    group: label('Content', 'Contenu'),
    description: {
      en: 'Text extracted from uploaded files for search. When a text could not be extracted, the upload itself still stands.',
      fr: 'Texte extrait des fichiers déposés, pour la recherche. Quand un texte n’a pas pu être extrait, le fichier déposé reste valable.',
    },
  },
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: () => false,
    delete: isEditorOrAdmin,
  },
  fields: [
    { name: 'document', type: 'relationship', relationTo: 'documents', required: true, index: true },
    { name: 'filename', type: 'text', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'extracted', label: label('Extracted', 'Extrait') },
        { value: 'failed', label: label('Text not extracted', 'Texte non extrait') },
      ],
    },
    { name: 'reason', label: label('Reason', 'Raison'), type: 'text' },
    { name: 'characters', label: label('Characters in the file', 'Caractères dans le fichier'), type: 'number' },
    { name: 'truncated', label: label('Capped for search', 'Tronqué pour la recherche'), type: 'checkbox' },
    { name: 'pages', type: 'number' },
    { name: 'durationMs', type: 'number' },
    { name: 'text', type: 'textarea', admin: { readOnly: true } },
  ],
}
