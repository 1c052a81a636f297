import countryNames from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }

import type { Term } from './types'

countryNames.registerLocale(en)
countryNames.registerLocale(fr)

/**
 * Countries a record can be located in: the member states of the Council of Europe, by their
 * ISO 3166-1 alpha-2 code. Labels come from the ISO country-name tables, so they never drift.
 */
export const countryCodes = [
  'AL',
  'AD',
  'AM',
  'AT',
  'AZ',
  'BE',
  'BA',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'GE',
  'DE',
  'GR',
  'HU',
  'IS',
  'IE',
  'IT',
  'LV',
  'LI',
  'LT',
  'LU',
  'MT',
  'MD',
  'MC',
  'ME',
  'NL',
  'MK',
  'NO',
  'PL',
  'PT',
  'RO',
  'SM',
  'RS',
  'SK',
  'SI',
  'ES',
  'SE',
  'CH',
  'TR',
  'UA',
  'GB',
] as const

export type CountryCode = (typeof countryCodes)[number]

export const countries: readonly Term<CountryCode>[] = countryCodes
  .map((code) => ({
    code,
    label: {
      en: countryNames.getName(code, 'en', { select: 'official' }) ?? code,
      fr: countryNames.getName(code, 'fr', { select: 'official' }) ?? code,
    },
  }))
  .sort((a, b) => a.label.en.localeCompare(b.label.en, 'en'))
