import type { Term } from './types'

/** Languages a service is delivered in or a document is written in (ISO 639-1). */
export const languages = [
  { code: 'en', label: { en: 'English', fr: 'Anglais' } },
  { code: 'fr', label: { en: 'French', fr: 'Français' } },
  { code: 'nl', label: { en: 'Dutch', fr: 'Néerlandais' } },
  { code: 'fi', label: { en: 'Finnish', fr: 'Finnois' } },
  { code: 'sv', label: { en: 'Swedish', fr: 'Suédois' } },
  { code: 'it', label: { en: 'Italian', fr: 'Italien' } },
  { code: 'de', label: { en: 'German', fr: 'Allemand' } },
  { code: 'es', label: { en: 'Spanish', fr: 'Espagnol' } },
  { code: 'pt', label: { en: 'Portuguese', fr: 'Portugais' } },
  { code: 'ar', label: { en: 'Arabic', fr: 'Arabe' } },
  { code: 'fa', label: { en: 'Persian', fr: 'Persan' } },
  { code: 'ps', label: { en: 'Pashto', fr: 'Pachto' } },
  { code: 'so', label: { en: 'Somali', fr: 'Somali' } },
  { code: 'ti', label: { en: 'Tigrinya', fr: 'Tigrigna' } },
  { code: 'tr', label: { en: 'Turkish', fr: 'Turc' } },
  { code: 'ru', label: { en: 'Russian', fr: 'Russe' } },
  { code: 'uk', label: { en: 'Ukrainian', fr: 'Ukrainien' } },
  { code: 'ro', label: { en: 'Romanian', fr: 'Roumain' } },
  { code: 'et', label: { en: 'Estonian', fr: 'Estonien' } },
  { code: 'zh', label: { en: 'Chinese', fr: 'Chinois' } },
] as const satisfies readonly Term[]

export type LanguageCode = (typeof languages)[number]['code']
