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
import { existingRecordsOnly, label, prose, recordMetaFields, richProse } from '../src/core/fields'
import { rejectUnknownLocale } from '../src/core/locale'
import { revalidateAfterChange, revalidateAfterDelete } from '../src/site/revalidate'
import { capPublicQueries } from '../src/security/query-caps'
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
import { audiences, lessonKinds, lessonPhases, themeSelectOptions, vocabularySelect } from '../src/vocab'

/** A lesson learned, in the after-action form: context, expectation, what happened, why, what to do. */
export const Lessons: CollectionConfig = {
  slug: contentTypes.lesson.collection,
  labels: { singular: label('Lesson', 'Enseignement'), plural: label('Lessons', 'Enseignements') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', contentTypes.lesson.pilotField, 'kind', 'phase', 'reviewState', 'updatedAt'],
    group: label('Content', 'Contenu'),
    // A contributor's list opens on their own pilots' records.
    baseFilter: ownPilotsList('lessons'),
    ...workflowAdmin,
  },
  endpoints: [...workflowEndpoints('lessons')],
  versions: { drafts: true, maxPerDoc: 50 },
  // The public reads published, non-archived records; contributors write for their own pilots (src/access).
  access: {
    read: publishedOrOwnPilot('lessons'),
    readVersions: versionsOfOwnPilot('lessons'),
    create: editorOrContributorOfPilot('lessons'),
    update: editorOrOwnPilot('lessons'),
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [rejectUnknownLocale, capPublicQueries, guardEditorialWrite],
    // Review workflow: ordinary saves never publish nor change the review state (src/workflow).
    beforeChange: [recordEditorialChange],
    // Search follows every change through the jobs queue (see src/search/sync).
    afterChange: [revalidateAfterChange, enqueueSearchSync, logPublicState],
    afterDelete: [revalidateAfterDelete, enqueueSearchRemoval, logDeletion],
    beforeValidate: [generateSlug('title')],
  },
  fields: [
    reviewNoticeField(),
    { name: 'title', label: label('Title', 'Titre'), type: 'text', localized: true, required: true },
    slugField(),
    {
      name: contentTypes.lesson.pilotField,
      label: label('Pilot', 'Projet pilote'),
      type: 'relationship',
      relationTo: 'pilots',
      // A contributor's own pilots only, theirs preset (src/access/pilot-field.ts).
      filterOptions: ownPilotOptions,
      defaultValue: ownPilotDefault(false),
      admin: { description: bothLanguages((m) => m.pilotHelp) },
      required: true,
    },
    {
      type: 'row',
      fields: [
        vocabularySelect('kind', label('Kind', 'Nature'), lessonKinds, { required: true }),
        vocabularySelect('phase', label('Phase', 'Phase'), lessonPhases, { required: true }),
      ],
    },
    prose('summary', label('Summary', 'Résumé')),
    richProse('context', label('Context', 'Contexte')),
    richProse('expected', label('What was expected', 'Ce qui était attendu')),
    richProse('whatHappened', label('What happened', "Ce qui s'est passé")),
    richProse('why', label('Why', 'Pourquoi')),
    richProse('recommendation', label('Recommendation', 'Recommandation')),
    vocabularySelect('audience', label('Audience', 'Public visé'), audiences, { hasMany: true }),
    vocabularySelect('themes', label('Themes', 'Thèmes'), themeSelectOptions(), { hasMany: true }),
    {
      name: 'documents',
      label: label('Linked documents', 'Documents liés'),
      type: 'relationship',
      relationTo: 'documents',
      filterOptions: existingRecordsOnly,
      hasMany: true,
    },
    ...recordMetaFields(isEditor),
    ...workflowFields(),
  ],
}
