import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

export const locales = ['en', 'fr'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

/**
 * Payload quietly falls back to English for an unknown `locale`; a client asking for `de` would
 * then overwrite the English text. Refuse it instead, naming the parameter.
 */
export const rejectUnknownLocale: CollectionBeforeOperationHook = ({ req, collection }) => {
  const requested = [req.query?.locale, req.searchParams?.get('locale')].find((value) => value != null)
  if (requested == null) return
  if (requested === 'all' || requested === '*' || isLocale(requested)) return
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'locale', message: `Unknown locale "${String(requested)}": use one of ${locales.join(', ')}` }],
  })
}
