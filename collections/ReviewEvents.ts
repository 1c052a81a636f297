import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../src/access'
import { label } from '../src/core/fields'
import { bothLanguages, mailStatuses } from '../src/i18n/admin'
import { entryOf } from '../src/model/content-types'
import { historyActionLabels, historyActions, reviewStateLabels, reviewStates, workflowCollections } from '../src/workflow/states'

const stateOptions = reviewStates.map((value) => ({ value, label: reviewStateLabels[value] }))

/**
 * The review history: one event per transition (who, when, from, to, note), written by the
 * transition function only (src/workflow/transition.ts) and never changed afterwards. Each record
 * shows its own events in the admin; the list of this collection starts with the review queue.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: {
    singular: label('Review event', 'Événement de relecture'),
    plural: label('Review history', 'Historique de relecture'),
  },
  admin: {
    useAsTitle: 'recordTitle',
    defaultColumns: ['createdAt', 'recordCollection', 'recordTitle', 'action', 'fromState', 'toState', 'actorName', 'mailStatus'],
    group: label('Content', 'Contenu'),
    components: { beforeList: ['/components/admin/ReviewQueue#ReviewQueue'] },
  },
  defaultSort: '-createdAt',
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'recordCollection',
      label: label('Collection', 'Collection'),
      type: 'select',
      required: true,
      index: true,
      options: workflowCollections.map((value) => ({ value, label: entryOf(value).plural })),
    },
    { name: 'recordId', label: label('Record id', 'Identifiant'), type: 'text', required: true, index: true },
    { name: 'recordTitle', label: label('Record', 'Fiche'), type: 'text' },
    {
      name: 'action',
      label: label('Action', 'Action'),
      type: 'select',
      required: true,
      options: historyActions.map((value) => ({ value, label: historyActionLabels[value] })),
    },
    { name: 'fromState', label: label('From', 'De'), type: 'select', required: true, options: stateOptions },
    { name: 'toState', label: label('To', 'Vers'), type: 'select', required: true, options: stateOptions },
    { name: 'note', label: label('Note', 'Note'), type: 'textarea' },
    {
      name: 'actor',
      label: label('By', 'Par'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      // Editors may not read users: the admin shows the name recorded with the event instead.
      admin: { hidden: true },
    },
    { name: 'actorName', label: label('By', 'Par'), type: 'text' },
    {
      name: 'mailStatus',
      label: label('E-mail', 'Courriel'),
      type: 'select',
      options: mailStatuses.map((value) => ({ value, label: bothLanguages((m) => m.mailStatusLabels[value]) })),
      admin: {
        description: label(
          'Whether the people concerned were told by e-mail.',
          'Si les personnes concernées ont été prévenues par courriel.',
        ),
      },
    },
    { name: 'mailRecipients', label: label('People to tell', 'Personnes à prévenir'), type: 'number', min: 0 },
    { name: 'mailError', label: label('E-mail error', 'Erreur d’envoi'), type: 'text' },
  ],
}
