import { lessons } from '../../src/seed/content/lessons'
import { pilots } from '../../src/seed/content/pilots'
import { practices } from '../../src/seed/content/practices'
import type { SearchDocType, SearchLocale } from '../../src/search/document'

/**
 * The records of the judged set: the seed content (src/seed/content), named `type:slug`.
 * Documents are the seed's sample PDFs, one per pilot (src/seed/index.ts).
 */
export type RecordRef = `${SearchDocType}:${string}`

export const seedRecords: readonly RecordRef[] = [
  ...pilots.map((pilot): RecordRef => `pilot:${pilot.slug}`),
  ...practices.map((practice): RecordRef => `practice:${practice.slug}`),
  ...lessons.map((lesson): RecordRef => `lesson:${lesson.slug}`),
  ...pilots.map((pilot): RecordRef => `document:sample-document-${pilot.slug}`),
]

/**
 * Records the runner makes single-language: after the seed, the text of the other language is
 * removed from the database, as if the record had been written in one language and never
 * translated. All seed records are bilingual; these six are chosen for topics no other record
 * covers in the same words, so that a query in the other language can only find them across
 * languages. The judged set uses this list: a query of any text kind other than `cross-language`
 * expects only records that exist in its own language.
 */
export const ONE_LANGUAGE_RECORDS: Readonly<Record<SearchLocale, readonly RecordRef[]>> = {
  /** Written in English only. */
  en: [
    'practice:welcome-sessions-for-parents-at-school',
    'lesson:repayment-schedules-should-follow-the-rhythm-of-business-income',
    'lesson:joint-activities-had-to-fit-the-school-calendar',
  ],
  /** Written in French only. */
  fr: [
    'practice:business-plan-review-before-a-microcredit-application',
    'lesson:diploma-recognition-took-longer-than-the-training-cycle',
    'lesson:coaching-capacity-can-limit-growth-when-loan-demand-rises',
  ],
}

/** True when the record has text in this locale (every seed record except the other language's one-language records). */
export function existsIn(record: RecordRef, locale: SearchLocale): boolean {
  const other: SearchLocale = locale === 'en' ? 'fr' : 'en'
  return !ONE_LANGUAGE_RECORDS[other].includes(record)
}
