import type { Field, SelectField } from 'payload'

import type { LocalizedLabel, Vocabulary } from '../vocab'
import { selectOptions } from '../vocab'

/** Field builders shared by the collections, so that the same idea is stored the same way everywhere. */

export const label = (en: string, fr: string): LocalizedLabel => ({ en, fr })

/** A select over a controlled vocabulary: stores the stable code, shows the label in the admin's language. */
export function vocabularySelect(
  name: string,
  fieldLabel: LocalizedLabel,
  vocabulary: Vocabulary | { value: string; label: LocalizedLabel }[],
  options: { hasMany?: boolean; required?: boolean; defaultValue?: string } = {},
): SelectField {
  const choices = vocabulary.length && 'code' in vocabulary[0]! ? selectOptions(vocabulary as Vocabulary) : vocabulary
  return {
    name,
    label: fieldLabel,
    type: 'select',
    options: choices as { value: string; label: LocalizedLabel }[],
    ...(options.hasMany ? { hasMany: true } : {}),
    ...(options.required ? { required: true } : {}),
    ...(options.defaultValue ? { defaultValue: options.defaultValue } : {}),
  } as SelectField
}

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

/** Every record says whether it is sample content and when its content was last reviewed. */
export const recordMetaFields = (): Field[] => [
  {
    name: 'isSample',
    label: label('Sample content', "Contenu d'exemple"),
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: 'Illustrative content, not a fact of a pilot: labelled "Sample" wherever it is shown.',
    },
  },
  {
    name: 'lastReviewed',
    label: label('Last reviewed', 'Dernière relecture'),
    type: 'date',
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  },
]

/**
 * For relationship fields: with any filter set, Payload checks that each related id exists
 * (and is readable by the user), so a dangling id is a 400 naming the field, not a database error.
 */
export const existingRecordsOnly = () => true as const
