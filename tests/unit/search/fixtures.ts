import type { SearchDocument, SearchLocale } from '../../../src/search/document'
import { EN_ACROSS_LANGUAGES, FR_ACROSS_LANGUAGES } from './fixtures/across-languages'
import { EN_COMPOUNDS, FR_COMPOUNDS } from './fixtures/compounds'
import { doc } from './fixtures/document'
import { EN_EXAMPLES } from './fixtures/examples-en'
import { FR_EXAMPLES } from './fixtures/examples-fr'
import { EN_PILOTS, FR_PILOTS } from './fixtures/pilots'

export { TEST_GLOSSARY } from './fixtures/across-languages'

/**
 * Hand-written search documents for the contract suite: the four PAFMI pilots and example
 * practices, lessons and documents around them, in English and French. Everything that is
 * not a fact of a pilot is marked as sample content. Written in fixtures/, by what they are for;
 * made here, in this order, which gives each its publication date.
 */

export const EN_FIXTURES: SearchDocument[] = [...EN_PILOTS, ...EN_EXAMPLES, ...EN_COMPOUNDS, ...EN_ACROSS_LANGUAGES].map((input) =>
  doc(input),
)

export const FR_FIXTURES: SearchDocument[] = [...FR_PILOTS, ...FR_EXAMPLES, ...FR_COMPOUNDS, ...FR_ACROSS_LANGUAGES].map((input) =>
  doc(input),
)

export const ALL_FIXTURES: SearchDocument[] = [...EN_FIXTURES, ...FR_FIXTURES]

export function fixturesOf(locale: SearchLocale): SearchDocument[] {
  return locale === 'en' ? EN_FIXTURES : FR_FIXTURES
}
