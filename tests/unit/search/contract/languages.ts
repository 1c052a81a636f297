import { describe, expect, it } from 'vitest'
import { EN_FIXTURES, FR_FIXTURES } from '../fixtures'
import { expectedDistribution, searchableWords } from './expectations'
import type { ContractSuite } from './suite'

/** Records in one language only, the glossary in both directions, and the locales kept apart. */

export function describeAcrossLanguages({ search, ids }: ContractSuite): void {
  describe('across languages', () => {
    it('indexes a record without a translation with its original text, and says which language it is', async () => {
      const hit = (await search({ locale: 'fr', q: 'beekeeping' })).hits.find((h) => h.id === 'practice-52-fr')
      expect(hit?.contentLanguage).toBe('en')
      expect(hit?.title).toBe('Beekeeping cooperatives for refugee families')
      const french = (await search({ locale: 'en', q: 'apiculture' })).hits.find((h) => h.id === 'lesson-53-en')
      expect(french?.contentLanguage).toBe('fr')
      const own = (await search({ locale: 'fr', q: 'apiculture' })).hits.find((h) => h.id === 'lesson-53-fr')
      expect(own?.contentLanguage).toBe('fr')
    })

    it('finds an English-only record from a French query through the glossary', async () => {
      const found = ids(await search({ locale: 'fr', q: 'apiculture' }))
      expect(found).toContain('practice-52-fr') // says "Beekeeping", never "apiculture"
      expect(searchableWords(FR_FIXTURES.find((d) => d.id === 'practice-52-fr')!)).not.toContain('apiculture')
    })

    it('finds a French-only record from an English query, phrases included', async () => {
      expect(ids(await search({ locale: 'en', q: 'beekeeping' }))).toContain('lesson-53-en') // says "apiculture"
      expect(ids(await search({ locale: 'en', q: 'urban gardens' }))).toContain('lesson-53-en') // says "jardins partagés"
    })

    it("ranks the reader's own words above their translation", async () => {
      // The translated matches are in titles, the reader's own words only in bodies: still first.
      const fr = ids(await search({ locale: 'fr', q: 'apiculture' }))
      expect(fr.indexOf('practice-54-fr')).toBeGreaterThanOrEqual(0)
      expect(fr.indexOf('lesson-53-fr')).toBeLessThan(fr.indexOf('practice-52-fr'))
      expect(fr.indexOf('practice-54-fr')).toBeLessThan(fr.indexOf('practice-52-fr'))
      const en = ids(await search({ locale: 'en', q: 'beekeeping' }))
      expect(en.indexOf('practice-54-en')).toBeGreaterThanOrEqual(0)
      expect(en.indexOf('practice-52-en')).toBeLessThan(en.indexOf('lesson-53-en'))
      expect(en.indexOf('practice-54-en')).toBeLessThan(en.indexOf('lesson-53-en'))
    })

    it("at equal relevance, puts records written in the reader's language before another language's original text", async () => {
      // "SMILE" is only the pilot's name in these three records: the same match in the same
      // attribute. The one with text in the other language comes last in either locale,
      // whichever was published first.
      const en = ids(await search({ locale: 'en', q: 'SMILE' }))
      for (const own of ['practice-52-en', 'practice-54-en']) {
        expect(en.indexOf(own), own).toBeGreaterThanOrEqual(0)
        expect(en.indexOf(own), own).toBeLessThan(en.indexOf('lesson-53-en'))
      }
      const fr = ids(await search({ locale: 'fr', q: 'SMILE' }))
      for (const own of ['lesson-53-fr', 'practice-54-fr']) {
        expect(fr.indexOf(own), own).toBeGreaterThanOrEqual(0)
        expect(fr.indexOf(own), own).toBeLessThan(fr.indexOf('practice-52-fr'))
      }
    })

    it("finds the other terms of a glossary entry in the reader's own language, below the reader's words", async () => {
      // No English record says "beehives"; the entry's other English term "hives" is in two,
      // its French term "ruches" in the French-only lesson.
      expect(EN_FIXTURES.some((doc) => searchableWords(doc).includes('beehives'))).toBe(false)
      const withHives = EN_FIXTURES.filter((doc) => searchableWords(doc).includes('hives')).map((doc) => doc.id)
      expect(withHives.length).toBeGreaterThan(0)
      const found = ids(await search({ locale: 'en', q: 'beehives' }))
      for (const id of withHives) expect(found, id).toContain(id)
      expect(found).toContain('lesson-53-en')
      // A reader who types "hives" gets the records with that word before any variant's.
      const own = ids(await search({ locale: 'en', q: 'hives' }))
      expect(own.slice(0, withHives.length).sort()).toEqual([...withHives].sort())
    })

    it('counts translated matches in the totals and facets', async () => {
      const result = await search({ locale: 'fr', q: 'apiculture', facets: ['type'] })
      expect(result.totalHits).toBe(result.hits.length)
      expect(result.facetDistribution.type).toEqual(expectedDistribution(result.hits, 'type'))
    })
  })
}

export function describeLocales({ search }: ContractSuite): void {
  describe('locales', () => {
    it('never returns a document of another locale', async () => {
      for (const q of ['microcredit', 'microcrédit', 'migrant', 'SMILE', 'EMPOWER', '']) {
        for (const locale of ['en', 'fr'] as const) {
          const result = await search({ locale, q, facets: ['type'] })
          for (const hit of result.hits) expect(hit.locale, `${q} in ${locale}`).toBe(locale)
        }
      }
    })

    it('counts facets within the locale only', async () => {
      const result = await search({ locale: 'fr', facets: ['type'] })
      expect(result.facetDistribution.type).toEqual(expectedDistribution(FR_FIXTURES, 'type'))
    })
  })
}
