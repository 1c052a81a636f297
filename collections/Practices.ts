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
import { label, prose, recordMetaFields, richProse } from '../src/core/fields'
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
import { evidenceLevels, interventionTypes, languages, targetGroups, themeSelectOptions, vocabularySelect } from '../src/vocab'

/** A reusable method from one or more pilots, in a fixed template so that practices compare. */
export const Practices: CollectionConfig = {
  slug: contentTypes.practice.collection,
  labels: { singular: label('Practice', 'Pratique'), plural: label('Practices', 'Pratiques') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', contentTypes.practice.pilotField, 'evidenceLevel', 'reviewState', 'updatedAt'],
    group: label('Content', 'Contenu'),
    // A contributor's list opens on their own pilots' records.
    baseFilter: ownPilotsList('practices'),
    ...workflowAdmin,
  },
  endpoints: [...workflowEndpoints('practices')],
  versions: { drafts: true, maxPerDoc: 50 },
  // The public reads published, non-archived records; contributors write for their own pilots (src/access).
  access: {
    read: publishedOrOwnPilot('practices'),
    readVersions: versionsOfOwnPilot('practices'),
    create: editorOrContributorOfPilot('practices'),
    update: editorOrOwnPilot('practices'),
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
      name: contentTypes.practice.pilotField,
      label: label('Pilots', 'Projets pilotes'),
      type: 'relationship',
      relationTo: 'pilots',
      // A contributor's own pilots only, theirs preset (src/access/pilot-field.ts).
      filterOptions: ownPilotOptions,
      defaultValue: ownPilotDefault(true),
      admin: { description: bothLanguages((m) => m.pilotHelp) },
      hasMany: true,
      required: true,
      minRows: 1,
    },
    prose('summary', label('Summary', 'Résumé'), true),
    richProse('problem', label('Problem addressed', 'Problème traité')),
    {
      name: 'steps',
      label: label('How it works (steps)', 'Fonctionnement (étapes)'),
      type: 'array',
      labels: { singular: label('Step', 'Étape'), plural: label('Steps', 'Étapes') },
      fields: [
        { name: 'title', label: label('Step', 'Étape'), type: 'text', localized: true, required: true },
        { name: 'description', label: label('Description', 'Description'), type: 'textarea', localized: true },
      ],
    },
    {
      name: 'resources',
      label: label('Resources', 'Ressources'),
      type: 'group',
      fields: [
        { name: 'staff', label: label('Staff', 'Personnel'), type: 'textarea', localized: true },
        {
          name: 'costPerParticipantEur',
          label: label('Cost per participant (EUR)', 'Coût par participant (EUR)'),
          type: 'number',
          min: 0,
        },
      ],
    },
    richProse('results', label('Results', 'Résultats')),
    vocabularySelect('evidenceLevel', label('Evidence level', 'Niveau de preuve'), evidenceLevels, {
      required: true,
      defaultValue: 'described',
    }),
    richProse('transferConditions', label('Conditions for transfer', 'Conditions de transfert')),
    vocabularySelect('deliveryLanguages', label('Delivery languages', 'Langues de mise en œuvre'), languages, { hasMany: true }),
    vocabularySelect('themes', label('Themes', 'Thèmes'), themeSelectOptions(), { hasMany: true }),
    vocabularySelect('targetGroups', label('Target groups', 'Publics cibles'), targetGroups, { hasMany: true }),
    vocabularySelect('interventionTypes', label('Intervention types', "Types d'intervention"), interventionTypes, { hasMany: true }),
    ...recordMetaFields(isEditor),
    ...workflowFields(),
  ],
}
