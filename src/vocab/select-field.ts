import type { SelectField } from 'payload'

import type { LocalizedLabel } from '../core/labels'
import { selectOptions, type Vocabulary } from './types'

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
