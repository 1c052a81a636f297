import type { Field } from 'payload'

import { signedInFieldOnly } from '../access'
import { label } from '../core/fields'
import { bothLanguages } from '../i18n/admin'
import { reviewStateLabels, reviewStates } from './states'

/**
 * The moderation fields every reviewed collection carries. They are written by the transition
 * function only (src/workflow/transition.ts); the editorial guards keep ordinary saves from
 * changing them (src/workflow/guards.ts). Copies made by "duplicate" start over as drafts.
 */
/**
 * Placed first in a reviewed collection's fields: the editor's note above the form while changes
 * are requested (and what a record in review waits for).
 */
export const reviewNoticeField = (): Field => ({
  name: 'reviewNotice',
  type: 'ui',
  admin: { components: { Field: '/components/admin/ReviewNotice#ReviewNotice' } },
})

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
        // The edit view shows the state once, as the record's status (workflowAdmin's Status).
        Field: '/components/admin/ReviewNotice#NotInForm',
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
      description: bothLanguages((m) => m.noteHelp),
      // Shown above the form while changes are requested (reviewNoticeField).
      components: { Field: '/components/admin/ReviewNotice#NotInForm' },
    },
  },
  {
    name: 'submittedBy',
    access: { read: signedInFieldOnly },
    label: label('Submitted by', 'Soumis par'),
    type: 'relationship',
    relationTo: 'users',
    hooks: { beforeDuplicate: [() => null] },
    // By name, whoever may read users or not.
    admin: { position: 'sidebar', readOnly: true, components: { Field: '/components/admin/PersonField#PersonField' } },
  },
  {
    name: 'submittedAt',
    access: { read: signedInFieldOnly },
    label: label('Submitted at', 'Soumis le'),
    type: 'date',
    hooks: { beforeDuplicate: [() => null] },
    // Shown once the record has been submitted.
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
      condition: (data) => Boolean(data?.submittedAt),
    },
  },
  {
    name: 'lastEditedBy',
    access: { read: signedInFieldOnly },
    label: label('Last edited by', 'Dernière modification par'),
    type: 'relationship',
    relationTo: 'users',
    hooks: { beforeDuplicate: [() => null] },
    admin: { position: 'sidebar', readOnly: true, components: { Field: '/components/admin/PersonField#PersonField' } },
  },
  {
    name: 'reviewHistory',
    label: label('Review history', 'Historique de relecture'),
    type: 'ui',
    admin: { components: { Field: '/components/admin/ReviewHistory#ReviewHistory' } },
  },
]
