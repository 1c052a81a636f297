import { lessons } from '../../src/seed/content/lessons'
import { pilots } from '../../src/seed/content/pilots'
import { practices } from '../../src/seed/content/practices'
import { SEARCH_LOCALES } from '../../src/search/document'
import type { FacetName } from '../../src/search/port'
import { themeGroupOf } from '../../src/vocab'
import { CUTOFF } from './metrics'
import { QUERY_KINDS, type JudgedQuery } from './queries'
import { existsIn, ONE_LANGUAGE_RECORDS, seedRecords, type RecordRef } from './records'

/**
 * Checks the judged set against the seed content, before any engine runs: every expected record
 * exists, the language rules hold, and the records expected by a facet-only query are exactly
 * those whose seed data carries the filtered values. Throws an Error listing every problem.
 */

type Facets = Partial<Record<FacetName, readonly string[]>>

/** The facet values of every seed record, read from the seed content itself. */
function seedFacets(): Map<RecordRef, Facets> {
  const pilotBySlug = new Map(pilots.map((pilot) => [pilot.slug, pilot]))
  const countriesOf = (slugs: readonly string[]) => [...new Set(slugs.map((slug) => pilotBySlug.get(slug)!.country))]
  const groupsOf = (themes: readonly string[]) => [...new Set(themes.map((theme) => themeGroupOf(theme)!))]
  const facets = new Map<RecordRef, Facets>()
  for (const pilot of pilots) {
    facets.set(`pilot:${pilot.slug}`, {
      type: ['pilot'],
      pilot: [pilot.slug],
      country: [pilot.country],
      theme: pilot.themes,
      themeGroup: groupsOf(pilot.themes),
      targetGroup: pilot.targetGroups,
      interventionType: pilot.interventionTypes,
      fundingInstrument: pilot.funding.instruments,
    })
    facets.set(`document:sample-document-${pilot.slug}`, {
      type: ['document'],
      pilot: [pilot.slug],
      country: [pilot.country],
      language: ['en', 'fr'],
    })
  }
  for (const practice of practices) {
    facets.set(`practice:${practice.slug}`, {
      type: ['practice'],
      pilot: practice.pilots,
      country: countriesOf(practice.pilots),
      theme: practice.themes,
      themeGroup: groupsOf(practice.themes),
      targetGroup: practice.targetGroups,
      interventionType: practice.interventionTypes,
      evidenceLevel: [practice.evidenceLevel],
      language: practice.deliveryLanguages,
    })
  }
  for (const lesson of lessons) {
    facets.set(`lesson:${lesson.slug}`, {
      type: ['lesson'],
      pilot: [lesson.pilot],
      country: countriesOf([lesson.pilot]),
      theme: lesson.themes,
      themeGroup: groupsOf(lesson.themes),
      lessonKind: [lesson.kind],
    })
  }
  return facets
}

/** Values within a facet are OR-ed, facets AND-ed (as in the search port). */
function matches(record: Facets, filters: Facets): boolean {
  return Object.entries(filters).every(([facet, values]) => (record[facet as FacetName] ?? []).some((value) => values!.includes(value)))
}

export function validateJudgedSet(queries: readonly JudgedQuery[]): void {
  const problems: string[] = []
  const known = new Set<string>(seedRecords)
  const facets = seedFacets()
  const ids = new Set<string>()
  for (const query of queries) {
    const where = `query ${query.id}`
    if (ids.has(query.id)) problems.push(`${where}: the id is used twice`)
    ids.add(query.id)
    if (!QUERY_KINDS.includes(query.kind)) problems.push(`${where}: unknown kind ${query.kind}`)
    if (query.expected.length === 0 || query.expected.length > CUTOFF)
      problems.push(`${where}: expects ${query.expected.length} records (1 to ${CUTOFF})`)
    if (new Set(query.expected).size !== query.expected.length) problems.push(`${where}: a record is expected twice`)
    for (const record of query.expected) if (!known.has(record)) problems.push(`${where}: ${record} is not a seed record`)
    if (query.kind === 'facet') {
      if (query.q !== '' || !query.filters || Object.keys(query.filters).length === 0)
        problems.push(`${where}: a facet query has filters and no words`)
      // Synthetic distractors have a type and no other facet: a filter beyond the type keeps them out.
      if (!Object.keys(query.filters ?? {}).some((facet) => facet !== 'type'))
        problems.push(`${where}: filter on more than the record type`)
      const matching = [...facets].filter(([, values]) => matches(values, query.filters ?? {})).map(([record]) => record)
      const expected = [...query.expected].sort()
      if (JSON.stringify(matching.sort()) !== JSON.stringify(expected)) {
        problems.push(`${where}: the seed records matching the filters are ${matching.join(', ')}, not ${expected.join(', ')}`)
      }
    } else {
      if (!query.q.trim()) problems.push(`${where}: a ${query.kind} query needs words`)
      const elsewhere = query.expected.filter((record) => !existsIn(record, query.locale))
      if (query.kind === 'cross-language' && elsewhere.length === 0) {
        problems.push(`${where}: a cross-language query must expect a record that exists only in the other language`)
      }
      if (query.kind !== 'cross-language' && elsewhere.length > 0) {
        problems.push(`${where}: expects ${elsewhere.join(', ')}, which has no ${query.locale} text (make it cross-language)`)
      }
    }
  }
  for (const locale of SEARCH_LOCALES) {
    for (const record of ONE_LANGUAGE_RECORDS[locale])
      if (!known.has(record)) problems.push(`one-language record ${record} is not a seed record`)
  }
  if (queries.length < 80) problems.push(`the set has ${queries.length} queries (at least 80)`)
  for (const kind of QUERY_KINDS) {
    for (const locale of SEARCH_LOCALES) {
      if (!queries.some((query) => query.kind === kind && query.locale === locale)) problems.push(`no ${locale} query of kind ${kind}`)
    }
  }
  if (problems.length) throw new Error(`The judged set has problems:\n- ${problems.join('\n- ')}`)
}
