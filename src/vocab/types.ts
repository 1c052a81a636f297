import type { LocalizedLabel } from '../core/labels'

export type { LocalizedLabel }

/** One entry of a controlled vocabulary: the code is stable forever, the labels may be reworded. */
export type Term<Code extends string = string> = {
  code: Code
  label: LocalizedLabel
  /** Optional explanation shown to readers (e.g. what an evidence level means). */
  description?: LocalizedLabel
}

export type Vocabulary<Code extends string = string> = readonly Term<Code>[]

/** Payload select options: the stored value is the code, the admin shows the label in its language. */
export function selectOptions(vocabulary: Vocabulary): { value: string; label: LocalizedLabel }[] {
  return vocabulary.map((term) => ({ value: term.code, label: term.label }))
}

export function codesOf<Code extends string>(vocabulary: Vocabulary<Code>): Code[] {
  return vocabulary.map((term) => term.code)
}

export function labelOf(vocabulary: Vocabulary, code: string, locale: keyof LocalizedLabel): string {
  return vocabulary.find((term) => term.code === code)?.label[locale] ?? code
}
