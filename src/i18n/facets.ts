import type { ContentType } from '../model/content-types'
import {
  audiences,
  countries,
  documentKinds,
  evidenceLevels,
  fundingInstruments,
  interventionTypes,
  labelOf,
  languages,
  lessonKinds,
  targetGroups,
  themeGroups,
  themes,
  type Vocabulary,
} from '../vocab'
import type { Locale } from '../core/locale'
import { messagesFor } from './messages'

/** Labels of the codes of each facet, from the vocabularies. */
const facetVocabulary: Record<string, Vocabulary | undefined> = {
  country: countries,
  themeGroup: themeGroups,
  theme: themes,
  targetGroup: targetGroups,
  interventionType: interventionTypes,
  evidenceLevel: evidenceLevels,
  lessonKind: lessonKinds,
  language: languages,
  fundingInstrument: fundingInstruments,
  documentKind: documentKinds,
  audience: audiences,
}

/** The label of one facet value in the reader's language (a pilot by its name when the caller knows it). */
export function facetValueLabel(locale: Locale, facet: string, value: string, pilotNames?: Map<string, string>): string {
  if (facet === 'type') return messagesFor(locale).types[value as ContentType] ?? value
  if (facet === 'pilot') return pilotNames?.get(value) ?? value
  const vocabulary = facetVocabulary[facet]
  return vocabulary ? labelOf(vocabulary, value, locale) : value
}

/**
 * A saved search in words, for mails, feed titles and pages: “microcredit” · Country: Belgium,
 * Italy · Type: Practice. The query comes first, then each facet in the order of the search page.
 */
export function describeSearch(locale: Locale, search: URLSearchParams | string, pilotNames?: Map<string, string>): string {
  const t = messagesFor(locale)
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const parts: string[] = []
  const colon = t.colon
  const q = params.get('q')?.trim()
  if (q) parts.push(t.searchFor(q))
  for (const facet of Object.keys(t.facets) as (keyof typeof t.facets)[]) {
    const values = params.getAll(facet)
    if (values.length === 0) continue
    parts.push(`${t.facets[facet]}${colon}${values.map((value) => facetValueLabel(locale, facet, value, pilotNames)).join(', ')}`)
  }
  return parts.length ? parts.join(' · ') : t.allRecords
}
