import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'

/** The visible "Sample" label of illustrative content (never a fact of a pilot). */
export function SampleBadge({ locale, note = false }: { locale: Locale; note?: boolean }) {
  const t = messagesFor(locale)
  return (
    <span className="badge badge-sample" title={t.sampleNote}>
      {t.sample}
      {note ? <span className="visually-hidden">: {t.sampleNote}</span> : null}
    </span>
  )
}

/** A banner at the top of a sample record page. */
export function SampleNotice({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <p className="sample-notice">
      <span className="badge badge-sample">{t.sample}</span> {t.sampleNote}
    </p>
  )
}
