import type { Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import type { TextLanguages } from '@/site/content'

/**
 * Says that a record (or parts of it) has not been translated into the page's language yet, and in
 * which language its text is shown instead; that text carries its own `lang` (see `langOf`).
 */
export function UntranslatedNotice({ locale, translation }: { locale: Locale; translation: TextLanguages }) {
  if (translation.paths.length === 0) return null
  const t = messagesFor(locale)
  const language = t.languageNames[translation.language]
  return (
    <p className="untranslated-notice" role="note" data-testid="untranslated-notice">
      {translation.whole ? t.untranslated.whole(language) : t.untranslated.some(language)}
    </p>
  )
}
