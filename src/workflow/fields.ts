import type { Field } from 'payload'

import { signedInFieldOnly } from '../access'
import { label } from '../core/fields'
import { reviewStateLabels, reviewStates } from './states'

/**
 * The moderation fields every reviewed collection carries. They are written by the transition
 * function only (src/workflow/transition.ts); the editorial guards keep ordinary saves from
 * changing them (src/workflow/guards.ts). Copies made by "duplicate" start over as drafts.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'reviewState',
    label: label('Review state', 'État de relecture'),
    type: 'select',
    // Not required in the API input: ordinary saves never set it (the guards refuse a change).
    defaultValue: 'draft',
    index: true,
    options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
    hooks: { beforeDuplicate: [() => 'draft'] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: {
        Cell: '/components/admin/ReviewStateBadge#ReviewStateCell',
        Field: '/components/admin/ReviewStateBadge#ReviewStateField',
      },
    },
  },
  {
    name: 'reviewNote',
    // Who did what in the moderation is for the admin, not for the public.
    access: { read: signedInFieldOnly },
    label: label('Note from the editor', "Note de l'éditeur"),
    type: 'textarea',
    hooks: { beforeDuplicate: [() => null] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'What the editor asked to change. Set by "Request changes".',
    },
  },
  {
    name: 'submittedBy',
    access: { read: signedInFieldOnly },
    label: label('Submitted by', 'Soumis par'),
    type: 'relationship',
    relationTo: 'users',
    hooks: { beforeDuplicate: [() => null] },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'submittedAt',
    access: { read: signedInFieldOnly },
    label: label('Submitted at', 'Soumis le'),
    type: 'date',
    hooks: { beforeDuplicate: [() => null] },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'lastEditedBy',
    access: { read: signedInFieldOnly },
    label: label('Last edited by', 'Dernière modification par'),
    type: 'relationship',
    relationTo: 'users',
    hooks: { beforeDuplicate: [() => null] },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewHistory',
    label: label('Review history', 'Historique de relecture'),
    type: 'ui',
    admin: { components: { Field: '/components/admin/ReviewHistory#ReviewHistory' } },
  },
]
