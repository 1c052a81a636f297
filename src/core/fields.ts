import type { Field } from 'payload'

import { label, type LocalizedLabel } from './labels'

/** Field builders shared by the collections, so that the same idea is stored the same way everywhere. */

export { label }

/** Localized plain prose (a summary, a short answer). */
export const prose = (name: string, fieldLabel: LocalizedLabel, required = false): Field => ({
  name,
  label: fieldLabel,
  type: 'textarea',
  localized: true,
  ...(required ? { required: true } : {}),
})

/** Localized rich text (Lexical), for the longer parts of a record. */
export const richProse = (name: string, fieldLabel: LocalizedLabel): Field => ({
  name,
  label: fieldLabel,
  type: 'richText',
  localized: true,
})

/**
 * Every record says whether it is sample content and when its content was last reviewed. Both
 * are the editors' to set: `editorial` says who sees them in the admin (others would meet a box
 * they may not tick; the workflow's guards refuse it on the server).
 */
export const recordMetaFields = <User>(editorial?: (user: User) => boolean): Field[] => {
  const condition = editorial ? (_data: unknown, _siblingData: unknown, { user }: { user: unknown }) => editorial(user as User) : undefined
  return [
    {
      name: 'isSample',
      label: label('Sample content', "Contenu d'exemple"),
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        condition,
        description: {
          en: 'Illustrative content, not a fact of a pilot: labelled "Sample" wherever it is shown.',
          fr: 'Contenu d’illustration, pas un fait rapporté par un pilote : signalé « Exemple » partout où il apparaît.',
        },
      },
    },
    {
      name: 'lastReviewed',
      label: label('Last reviewed', 'Dernière relecture'),
      type: 'date',
      // A copy has not been reviewed yet.
      hooks: { beforeDuplicate: [() => null] },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, condition },
    },
  ]
}

/**
 * For relationship fields: with any filter set, Payload checks that each related id exists
 * (and is readable by the user), so a dangling id is a 400 naming the field, not a database error.
 */
export const existingRecordsOnly = () => true as const
