import type { CollectionConfig } from 'payload'

import { editorOrOwnPilotFieldOnly, isEditorOrAdmin, publishedOrOwnPilot } from '../src/access'
import { contentTypes } from '../src/model/content-types'
import { label, prose, recordMetaFields, richProse } from '../src/core/fields'
import { rejectUnknownLocale } from '../src/core/locale'
import { revalidateAfterChange, revalidateAfterDelete } from '../src/site/revalidate'
import { contactEndpoint } from '../src/contact/endpoint'
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
import { enqueueSearchRemoval, enqueueSearchSync, rememberSearchDependents } from '../src/search/sync/hooks'
import { logDeletion, logPublicState } from '../src/publication/log'
import {
  countries,
  fundingInstruments,
  interventionTypes,
  pilotStatuses,
  targetGroups,
  themeSelectOptions,
  vocabularySelect,
} from '../src/vocab'

/** A pilot project of a programme: where, who, when, with what money, and what it measured. */
export const Pilots: CollectionConfig = {
  slug: contentTypes.pilot.collection,
  labels: { singular: label('Pilot', 'Projet pilote'), plural: label('Pilots', 'Projets pilotes') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'implementer', 'projectStatus', 'reviewState'],
    group: label('Content', 'Contenu'),
    ...workflowAdmin,
  },
  endpoints: [...workflowEndpoints('pilots'), contactEndpoint],
  versions: { drafts: true, maxPerDoc: 50 },
  // Editors manage pilots; contributors read their own pilots and the published ones (src/access).
  access: {
    read: publishedOrOwnPilot('pilots'),
    readVersions: isEditorOrAdmin,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [rejectUnknownLocale, capPublicQueries, guardEditorialWrite],
    // Review workflow: ordinary saves never publish nor change the review state (src/workflow).
    beforeChange: [recordEditorialChange],
    // Search follows every change through the jobs queue (see src/search/sync).
    afterChange: [revalidateAfterChange, enqueueSearchSync, logPublicState],
    beforeDelete: [rememberSearchDependents],
    afterDelete: [revalidateAfterDelete, enqueueSearchRemoval, logDeletion],
    beforeValidate: [generateSlug('name')],
  },
  fields: [
    reviewNoticeField(),
    { name: 'name', label: label('Name', 'Nom'), type: 'text', localized: true, required: true },
    slugField(),
    {
      type: 'row',
      fields: [
        vocabularySelect('country', label('Country', 'Pays'), countries, { required: true }),
        { name: 'place', label: label('City or region', 'Ville ou région'), type: 'text', localized: true },
        vocabularySelect('projectStatus', label('Project status', 'Statut du projet'), pilotStatuses, {
          required: true,
          defaultValue: 'ongoing',
        }),
      ],
    },
    { name: 'implementer', label: label('Implementer', 'Organisme de mise en œuvre'), type: 'text', required: true },
    {
      name: 'partners',
      label: label('Partner organisations', 'Organisations partenaires'),
      type: 'array',
      labels: { singular: label('Partner', 'Partenaire'), plural: label('Partners', 'Partenaires') },
      fields: [{ name: 'name', label: label('Name', 'Nom'), type: 'text', required: true }],
    },
    {
      name: 'period',
      label: label('Period', 'Période'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', label: label('Start', 'Début'), type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } } },
            {
              name: 'end',
              label: label('End', 'Fin'),
              type: 'date',
              admin: { date: { pickerAppearance: 'monthOnly' } },
              validate: (value: unknown, { siblingData }: { siblingData: { start?: string | null } }) => {
                if (!value || !siblingData?.start) return true
                return new Date(value as string) >= new Date(siblingData.start) ? true : 'The end date must not be before the start date'
              },
            },
          ],
        },
      ],
    },
    prose('summary', label('Summary', 'Résumé'), true),
    richProse('body', label('Description', 'Description')),
    vocabularySelect('themes', label('Themes', 'Thèmes'), themeSelectOptions(), { hasMany: true }),
    vocabularySelect('targetGroups', label('Target groups', 'Publics cibles'), targetGroups, { hasMany: true }),
    vocabularySelect('interventionTypes', label('Intervention types', "Types d'intervention"), interventionTypes, { hasMany: true }),
    {
      name: 'funding',
      label: label('Funding', 'Financement'),
      type: 'group',
      fields: [
        {
          name: 'euGrant',
          label: label('EU grant', 'Subvention de l’UE'),
          type: 'group',
          fields: [
            { name: 'programme', label: label('Programme', 'Programme'), type: 'text', localized: true },
            { name: 'fund', label: label('Fund', 'Fonds'), type: 'text', localized: true },
          ],
        },
        {
          name: 'cebLoan',
          label: label('CEB loan', 'Prêt de la CEB'),
          type: 'group',
          fields: [
            { name: 'borrower', label: label('Borrower', 'Emprunteur'), type: 'text' },
            { name: 'amountEur', label: label('Amount (EUR)', 'Montant (EUR)'), type: 'number', min: 0 },
            { name: 'year', label: label('Year', 'Année'), type: 'number', min: 1956, max: 2100 },
          ],
        },
        {
          name: 'coFinancing',
          label: label('Co-financing', 'Cofinancement'),
          type: 'array',
          labels: { singular: label('Co-financer', 'Cofinanceur'), plural: label('Co-financers', 'Cofinanceurs') },
          fields: [
            { name: 'organisation', label: label('Organisation', 'Organisation'), type: 'text', required: true },
            vocabularySelect('instrument', label('Instrument', 'Instrument'), fundingInstruments, { required: true }),
            { name: 'amountEur', label: label('Amount (EUR)', 'Montant (EUR)'), type: 'number', min: 0 },
          ],
        },
        vocabularySelect('instruments', label('Funding instruments', 'Instruments de financement'), fundingInstruments, { hasMany: true }),
      ],
    },
    {
      name: 'indicators',
      label: label('Indicators', 'Indicateurs'),
      type: 'array',
      labels: { singular: label('Indicator', 'Indicateur'), plural: label('Indicators', 'Indicateurs') },
      fields: [
        { name: 'label', label: label('Indicator', 'Indicateur'), type: 'text', localized: true, required: true },
        { name: 'unit', label: label('Unit', 'Unité'), type: 'text', localized: true },
        {
          type: 'row',
          fields: [
            { name: 'baseline', label: label('Baseline', 'Valeur de départ'), type: 'number' },
            { name: 'target', label: label('Target', 'Cible'), type: 'number' },
            { name: 'actual', label: label('Actual', 'Réalisé'), type: 'number' },
          ],
        },
        { name: 'source', label: label('Source', 'Source'), type: 'text', localized: true },
        {
          name: 'isSample',
          label: label('Sample values', "Valeurs d'exemple"),
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description: {
              en: 'Illustrative figures, not reported by the pilot: shown labelled "Sample".',
              fr: 'Chiffres d’illustration, non rapportés par le pilote : signalés « Exemple ».',
            },
          },
        },
      ],
    },
    {
      name: 'contactEmail',
      label: label('Contact relay address', 'Adresse de contact (relais)'),
      type: 'email',
      // Editors and the pilot's own contributors: other signed-in users neither read nor query it.
      access: { read: editorOrOwnPilotFieldOnly },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Messages from the public page are relayed here; the address is never shown.',
          fr: 'Les messages de la page publique sont relayés à cette adresse, qui n’est jamais affichée.',
        },
      },
    },
    ...recordMetaFields(),
    ...workflowFields(),
  ],
}
