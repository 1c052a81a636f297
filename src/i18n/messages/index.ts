import type { Locale } from '../../core/locale'

import { en, type Messages } from './en'
import { fr } from './fr'

/** Interface strings of the public site, in every locale. Vocabulary labels live in src/vocab. */

export type { Messages } from './en'

const messages: Record<Locale, Messages> = { en, fr }

export function messagesFor(locale: Locale): Messages {
  return messages[locale]
}

/** The strings of the 404 page. */
export function notFoundStrings(locale: Locale) {
  const t = messages[locale]
  return {
    title: t.notFoundTitle,
    text: t.notFoundText,
    home: t.notFoundHome,
    search: t.notFoundSearch,
    searchLabel: t.searchLabel,
    searchButton: t.searchButton,
  }
}
