import { expect } from 'vitest'
import type { SearchDocument } from '../../../../src/search/document'
import type { FacetName, SearchRequest } from '../../../../src/search/port'
import { FACET_ATTRIBUTES } from '../../../../src/search/settings'

/** What the contract expects, worked out from the fixtures' text and fields, never by an engine. */

const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

export const searchableWords = (doc: SearchDocument) => words([doc.title, doc.summary, doc.pilotNames.join(' '), doc.body].join(' '))

function facetValues(doc: SearchDocument, facet: FacetName): string[] {
  const value = doc[FACET_ATTRIBUTES[facet]]
  if (value === null) return []
  return Array.isArray(value) ? value.map(String) : [String(value)]
}

export function matchesFilters(doc: SearchDocument, filters: SearchRequest['filters']): boolean {
  return Object.entries(filters).every(([facet, values]) => {
    if (!values || values.length === 0) return true
    return facetValues(doc, facet as FacetName).some((v) => values.includes(v))
  })
}

export function expectedDistribution(docs: SearchDocument[], facet: FacetName): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const doc of docs) for (const value of new Set(facetValues(doc, facet))) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

/** Safe highlight: only bare <mark>/</mark> tags, balanced, no raw '<', '>' or sentinels anywhere else. */
export function expectSafeHighlight(html: string): void {
  expect(html).not.toMatch(/[\u0000-\u0008]/)
  const withoutMarks = html.replace(/<\/?mark>/g, '')
  expect(withoutMarks).not.toMatch(/[<>]/)
  expect(withoutMarks).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/)
  const opens = html.match(/<mark>/g)?.length ?? 0
  const closes = html.match(/<\/mark>/g)?.length ?? 0
  expect(opens).toBe(closes)
}
