import type { CollectionConfig } from 'payload'

import {
  editorOrContributorOfPilot,
  editorOrOwnPilot,
  isEditor,
  isEditorOrAdmin,
  publishedOrOwnPilot,
  versionsOfOwnPilot,
} from '../src/access'
import { ownPilotDefault, ownPilotOptions, ownPilotsList } from '../src/access/pilot-field'
import { bothLanguages } from '../src/i18n/admin'
import { contentTypes } from '../src/model/content-types'
import { documentDownloadHandler } from '../src/documents/download'
import { deleteExtractedTexts, enqueueTextExtraction } from '../src/documents/extraction'
import { documentFileTypes } from '../src/documents/types'
import { checkUpload } from '../src/documents/uploads'
import { label, prose, recordMetaFields } from '../src/core/fields'
import { rejectUnknownLocale } from '../src/core/locale'
import { revalidateAfterChange, revalidateAfterDelete } from '../src/site/revalidate'
import { capPublicQueries } from '../src/security/query-caps'
import { uploadDir } from '../src/documents/upload-dir'
import { generateSlug, slugField } from '../src/core/slug'
import {
  guardEditorialWrite,
  recordEditorialChange,
  reviewNoticeField,
  workflowAdmin,
  workflowEndpoints,
  workflowFields,
} from '../src/workflow'
import { enqueueSearchRemoval, enqueueSearchSync } from '../src/search/sync/hooks'
import { logDeletion, logPublicState } from '../src/publication/log'
import { documentKinds, languages, licences, themeSelectOptions, vocabularySelect } from '../src/vocab'

/** An uploaded file (report, toolkit, template...) with the metadata a reader needs to judge it. */
export const Documents: CollectionConfig = {
  slug: contentTypes.document.collection,
  labels: { singular: label('Document', 'Document'), plural: label('Documents', 'Documents') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', contentTypes.document.pilotField, 'date', 'reviewState'],
    group: label('Content', 'Contenu'),
    // A contributor's list opens on their own pilots' records.
    baseFilter: ownPilotsList('documents'),
    ...workflowAdmin,
  },
  endpoints: [...workflowEndpoints('documents')],
  versions: { drafts: true, maxPerDoc: 20 },
  upload: {
    staticDir: uploadDir('documents'),
    // The file picker's filter; the real check is on the content (src/documents/inspect.ts).
    mimeTypes: Object.values(documentFileTypes),
    // Downloads from local disk or the S3 bucket: attachment with the file's own name, no
    // sniffing; a pending draft's new file for editors and the pilot's contributors (src/documents/download.ts).
    handlers: [documentDownloadHandler],
  },
  // The public reads published, non-archived records; contributors write for their own pilots (src/access).
  access: {
    read: publishedOrOwnPilot('documents'),
    readVersions: versionsOfOwnPilot('documents'),
    create: editorOrContributorOfPilot('documents'),
    update: editorOrOwnPilot('documents'),
    delete: isEditorOrAdmin,
  },
  hooks: {
    // Uploads are checked by their content before anything is written (src/documents/uploads.ts).
    beforeOperation: [rejectUnknownLocale, capPublicQueries, guardEditorialWrite, checkUpload('document')],
    // Review workflow: ordinary saves never publish nor change the review state (src/workflow).
    beforeChange: [recordEditorialChange],
    // Search follows every change through the jobs queue (see src/search/sync).
    afterChange: [revalidateAfterChange, enqueueSearchSync, logPublicState, enqueueTextExtraction],
    afterDelete: [revalidateAfterDelete, enqueueSearchRemoval, logDeletion, deleteExtractedTexts],
    beforeValidate: [generateSlug('title')],
  },
  fields: [
    reviewNoticeField(),
    { name: 'title', label: label('Title', 'Titre'), type: 'text', localized: true, required: true },
    slugField(),
    prose('summary', label('Summary', 'Résumé')),
    {
      type: 'row',
      fields: [
        vocabularySelect('kind', label('Kind', 'Type'), documentKinds, { required: true }),
        { name: 'date', label: label('Date', 'Date'), type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    vocabularySelect('languages', label('Languages', 'Langues'), languages, { hasMany: true }),
    { name: 'organisation', label: label('Organisation', 'Organisation'), type: 'text' },
    vocabularySelect('licence', label('Licence', 'Licence'), licences, { required: true, defaultValue: 'cc-by-4.0' }),
    {
      name: contentTypes.document.pilotField,
      label: label('Pilot', 'Projet pilote'),
      type: 'relationship',
      relationTo: 'pilots',
      // A contributor's own pilots only, theirs preset (src/access/pilot-field.ts).
      filterOptions: ownPilotOptions,
      defaultValue: ownPilotDefault(false),
      admin: { description: bothLanguages((m) => m.pilotHelp) },
    },
    vocabularySelect('themes', label('Themes', 'Thèmes'), themeSelectOptions(), { hasMany: true }),
    ...recordMetaFields(isEditor),
    ...workflowFields(),
  ],
}
