import { describe, expect, test } from 'vitest'

import { lexicalToPlainText, paragraphsToLexical } from '../../src/core/lexical'
import { slugPattern, toSlug } from '../../src/core/slug'
import { countries, themeGroupOf, themes, themeSelectOptions } from '../../src/vocab'

describe('slugs', () => {
  test.each([
    ['Qredits project', 'qredits-project'],
    ['EMPOWER!', 'empower'],
    ['Reconnaissance des diplômes étrangers', 'reconnaissance-des-diplomes-etrangers'],
    ['  Access to   micro-credit  ', 'access-to-micro-credit'],
  ])('%s -> %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
    expect(slugPattern.test(toSlug(title))).toBe(true)
  })
})

describe('Lexical text', () => {
  test('paragraphs round-trip to plain text', () => {
    const doc = paragraphsToLexical(['First paragraph.', 'Deuxième paragraphe.'])
    expect(lexicalToPlainText(doc)).toBe('First paragraph.\nDeuxième paragraphe.')
    expect(lexicalToPlainText(null)).toBe('')
  })
})

describe('vocabularies', () => {
  test('every theme belongs to exactly one group and codes are unique', () => {
    const codes = themes.map((theme) => theme.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(themeGroupOf(code)).toBeTruthy()
    expect(themeSelectOptions()).toHaveLength(codes.length)
  })

  test('country labels come in English and French', () => {
    const nl = countries.find((country) => country.code === 'NL')
    expect(nl?.label).toEqual({ en: 'Netherlands', fr: 'Pays-Bas' })
    for (const country of countries) {
      expect(country.label.en).toBeTruthy()
      expect(country.label.fr).toBeTruthy()
    }
  })
})
