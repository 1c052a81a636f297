import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../src/access'
import { label } from '../src/core/fields'
import { CONTENT_COLLECTIONS } from '../src/model/content-types'
import { PUBLICATIONS } from '../src/publication/log'

/**
 * The publication log (src/publication/log.ts): when each record first became public, when its
 * public version last changed, and whether it is public now. Written by the content collections'
 * hooks only; it outlives the records, so that harvesters are told of deletions (OAI-PMH) and
 * alerts know what is new. Editors may read it; nobody writes it by hand.
 */
export const Publications: CollectionConfig = {
  slug: PUBLICATIONS,
  labels: { singular: label('Publication record', 'Trace de publication'), plural: label('Publication log', 'Journal des publications') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'recordCollection', 'firstPublishedAt', 'datestamp', 'withdrawn'],
    group: label('Administration', 'Administration'),
    description:
      'Written by the hub: what was public when. Withdrawn records (archived or deleted) are announced as deleted to harvesters.',
  },
  defaultSort: '-datestamp',
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['recordCollection', 'recordId'], unique: true }],
  fields: [
    {
      name: 'recordCollection',
      label: label('Collection', 'Collection'),
      type: 'select',
      required: true,
      index: true,
      options: CONTENT_COLLECTIONS.map((value) => ({ value, label: value })),
    },
    { name: 'recordId', label: label('Record id', 'Identifiant'), type: 'number', required: true, index: true },
    { name: 'slug', type: 'text' },
    { name: 'title', label: label('Title (English)', 'Titre (anglais)'), type: 'text' },
    // OAI-PMH set specs: type:<content type> and pilot:<slug of each published pilot>.
    { name: 'sets', label: label('Sets', 'Ensembles'), type: 'text', hasMany: true },
    {
      name: 'firstPublishedAt',
      label: label('First published', 'Première publication'),
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'datestamp',
      label: label('Public version changed', 'Version publique modifiée'),
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'withdrawn', label: label('Withdrawn', 'Retiré'), type: 'checkbox', defaultValue: false, index: true },
  ],
}
