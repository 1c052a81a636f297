import type { Locale } from '@/core/locale'
import { labelOf, type Vocabulary } from '@/vocab'

/** A term list (themes, target groups...) as labelled tags; nothing when empty. */
export function Terms({ locale, label, vocabulary, codes }: { locale: Locale; label: string; vocabulary: Vocabulary; codes: string[] }) {
  if (codes.length === 0) return null
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <ul className="tags">
          {codes.map((code) => (
            <li key={code}>{labelOf(vocabulary, code, locale)}</li>
          ))}
        </ul>
      </dd>
    </div>
  )
}
