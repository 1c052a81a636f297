import { describe, expect, it } from 'vitest'
import type { SearchDocument, SearchLocale } from '../../../../src/search/document'
import { EN_FIXTURES, fixturesOf } from '../fixtures'
import { searchableWords } from './expectations'
import type { ContractSuite } from './suite'

/**
 * What a query finds by its words: ranking, typos, prefixes, accents, synonyms, compounds, and the
 * correction proposed for a query that finds nothing.
 */

export function describeFullText({ search, ids, typoRanksAbovePrefix }: ContractSuite): void {
  describe('full text', () => {
    it('ranks an exact match above a typo match above a prefix-only match', async () => {
      const en = EN_FIXTURES.map((d) => ({ id: d.id, words: searchableWords(d) }))
      const exact = en.filter((d) => d.words.includes('micro')).map((d) => d.id)
      const typo = en.filter((d) => !exact.includes(d.id) && d.words.includes('macro')).map((d) => d.id)
      const prefix = en
        .filter((d) => !exact.includes(d.id) && !typo.includes(d.id) && d.words.some((w) => w.startsWith('micro')))
        .map((d) => d.id)
      expect(exact.length).toBeGreaterThan(0)
      expect(typo.length).toBeGreaterThan(0)
      expect(prefix.length).toBeGreaterThan(2)

      const order = ids(await search({ q: 'micro' }))
      for (const id of [...exact, ...typo, ...prefix]) expect(order).toContain(id)
      const pos = (list: string[]) => list.map((id) => order.indexOf(id))
      expect(Math.max(...pos(exact))).toBeLessThan(Math.min(...pos(typo)))
      expect(Math.max(...pos(exact))).toBeLessThan(Math.min(...pos(prefix)))
      if (typoRanksAbovePrefix) expect(Math.max(...pos(typo))).toBeLessThan(Math.min(...pos(prefix)))
    })

    it('tolerates typos ("microcredt" finds microcredit)', async () => {
      const expected = EN_FIXTURES.filter((d) => searchableWords(d).includes('microcredit')).map((d) => d.id)
      const found = ids(await search({ q: 'microcredt' }))
      expect(expected.length).toBeGreaterThan(3)
      for (const id of expected) expect(found).toContain(id)
      // Two typos on a long word.
      expect(ids(await search({ q: 'entreprenuership' }))).toContain('practice-12-en')
      // No typo on words shorter than 5 letters: "bonk" does not find "bank".
      expect(ids(await search({ q: 'bonk' }))).toEqual([])
    })

    it('matches prefixes ("entrepre" finds entrepreneurship)', async () => {
      const expected = EN_FIXTURES.filter((d) => searchableWords(d).some((w) => w.startsWith('entrepre'))).map((d) => d.id)
      const found = ids(await search({ q: 'entrepre' }))
      expect(found).toContain('practice-12-en')
      expect(found.sort()).toEqual(expected.sort())
    })

    it('ranks documents with every query word in the title first', async () => {
      const found = ids(await search({ q: 'diploma recognition' }))
      expect(found.slice(0, 2).sort()).toEqual(['lesson-23-en', 'practice-14-en'])
    })

    it('answers a long question by its rarer words, records holding the most of them first', async () => {
      // Of these words, only "diploma" and "recognition" are in the records; the first is in none
      // (a short query, which must match its first word, would find nothing).
      const q = 'how does our city do diploma recognition'
      const has = (doc: SearchDocument, word: string) => searchableWords(doc).includes(word)
      expect(EN_FIXTURES.some((doc) => has(doc, 'how'))).toBe(false)
      const both = EN_FIXTURES.filter((doc) => has(doc, 'diploma') && has(doc, 'recognition')).map((doc) => doc.id)
      const either = EN_FIXTURES.filter((doc) => has(doc, 'diploma') || has(doc, 'recognition')).map((doc) => doc.id)
      expect(both.length).toBeGreaterThan(0)
      const found = ids(await search({ q }))
      expect(found.slice(0, both.length).sort()).toEqual([...both].sort())
      expect([...found].sort()).toEqual([...either].sort())
    })

    it('ignores French accents in both directions', async () => {
      const both = ['document-34-fr', 'practice-14-fr', 'lesson-23-fr', 'pilot-3-fr']
      for (const q of ['diplômes', 'diplomes', 'DIPLÔMES', 'Diplomes']) {
        const found = ids(await search({ locale: 'fr', q }))
        expect(found.sort(), q).toEqual([...both].sort())
      }
      expect(ids(await search({ locale: 'fr', q: 'étrangers' }))).toContain('document-34-fr')
      expect(ids(await search({ locale: 'fr', q: 'etrangers' }))).toContain('practice-14-fr')
    })

    it('expands synonyms', async () => {
      const onlyMicrocredit = EN_FIXTURES.find((d) => d.id === 'practice-11-en')!
      expect(searchableWords(onlyMicrocredit)).not.toContain('microfinance')
      expect(ids(await search({ q: 'microfinance' }))).toContain('practice-11-en')
      expect(ids(await search({ q: 'micro-loan' }))).toContain('practice-11-en')

      const onlyMigrant = EN_FIXTURES.find((d) => d.id === 'practice-16-en')!
      expect(searchableWords(onlyMigrant)).not.toContain('newcomer')
      expect(ids(await search({ q: 'newcomer' }))).toContain('practice-16-en')
      expect(ids(await search({ q: 'third-country national' }))).toContain('practice-16-en')
      expect(ids(await search({ q: 'entrepreneur' }))).toContain('practice-19-en') // says "self-employed"

      expect(ids(await search({ locale: 'fr', q: 'microfinance' }))).toContain('practice-11-fr')
      expect(ids(await search({ locale: 'fr', q: 'migrant' }))).toContain('document-35-fr') // says "immigré"
      expect(ids(await search({ locale: 'fr', q: 'nouvel arrivant' }))).toContain('practice-10-fr') // says "migrants"
    })

    it('finds nothing for words absent from the locale', async () => {
      const result = await search({ q: 'zzyzx' })
      expect(result.hits).toEqual([])
      expect(result.totalHits).toBe(0)
      expect(result.totalPages).toBe(0)
    })
  })
}

export function describeCompounds({ search, ids }: ContractSuite): void {
  describe('compounds and hyphens', () => {
    /** Documents that write the compound in any of its forms (checked on the text, not by the engine). */
    const withCompound = (locale: SearchLocale, parts: [string, string]) =>
      fixturesOf(locale)
        .filter((d) => {
          const text = [d.title, d.summary, d.pilotNames.join(' '), d.body].join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
          return new RegExp(`\\b${parts[0]}[\\s-]?${parts[1]}`).test(text)
        })
        .map((d) => d.id)

    it('finds "micro credit", "micro-credit" and "microcredit" with any of the three', async () => {
      const expected = withCompound('en', ['micro', 'credit'])
      // The fixtures hold all three forms.
      expect(expected).toEqual(expect.arrayContaining(['practice-11-en', 'practice-50-en', 'practice-51-en']))
      for (const q of ['micro credit', 'micro-credit', 'microcredit', 'Micro-Credit']) {
        const found = ids(await search({ q }))
        for (const id of expected) expect(found, `${q} finds ${id}`).toContain(id)
      }
    })

    it('ranks the documents with the whole compound above those with one of its parts', async () => {
      const expected = withCompound('en', ['micro', 'credit'])
      for (const q of ['micro credit', 'micro-credit']) {
        const found = ids(await search({ q }))
        const partOnly = found.filter((id) => !expected.includes(id))
        expect(partOnly.length, q).toBeGreaterThan(0) // "micro" alone: the macro/micro documents
        expect(Math.max(...expected.map((id) => found.indexOf(id))), q).toBeLessThan(Math.min(...partOnly.map((id) => found.indexOf(id))))
      }
    })

    it('does the same in French, with or without accents', async () => {
      const expected = withCompound('fr', ['micro', 'credit'])
      expect(expected).toEqual(expect.arrayContaining(['practice-11-fr', 'practice-50-fr', 'practice-51-fr']))
      for (const q of ['micro crédit', 'micro-crédit', 'microcrédit', 'microcredit', 'micro-credit']) {
        const found = ids(await search({ locale: 'fr', q }))
        for (const id of expected) expect(found, `${q} finds ${id}`).toContain(id)
      }
    })
  })
}

export function describeTypos({ search, ids }: ContractSuite): void {
  describe('typos', () => {
    it('finds the word behind one dropped or swapped letter, whatever its ending', async () => {
      const has = (word: string) => EN_FIXTURES.filter((d) => searchableWords(d).includes(word)).map((d) => d.id)
      const cases: [string, string][] = [
        ['intgration', 'integration'],
        ['integartion', 'integration'],
        ['recogntion', 'recognition'],
        ['mentorign', 'mentoring'],
        ['coachnig', 'coaching'],
      ]
      for (const [typed, word] of cases) {
        const expected = has(word)
        expect(expected.length, word).toBeGreaterThan(0)
        const found = ids(await search({ q: typed }))
        for (const id of expected) expect(found, `${typed} finds ${id}`).toContain(id)
      }
    })
  })
}

export function describeDidYouMean({ search }: ContractSuite): void {
  describe('did you mean', () => {
    it('proposes a correction from the indexed words when a query finds nothing', async () => {
      const result = await search({ q: 'bonk' })
      expect(result.totalHits).toBe(0)
      expect(result.suggestion).toBe('bank')
      expect((await search({ q: result.suggestion! })).totalHits).toBeGreaterThan(0)
    })

    it('drops a word that no document has and keeps the others', async () => {
      const result = await search({ q: 'zzyzx microcredit' })
      expect(result.totalHits).toBe(0)
      expect(result.suggestion).toBe('microcredit')
    })

    it('only proposes what finds something with the same filters, and nothing when all is well', async () => {
      expect((await search({ q: 'zzyzx' })).suggestion).toBeUndefined()
      expect((await search({ q: 'zzyzx microcredit', filters: { country: ['FI'] } })).suggestion).toBeUndefined()
      expect((await search({ q: 'microcredit' })).suggestion).toBeUndefined()
    })

    it('proposes nothing when the caller asks for the count only (suggest: false)', async () => {
      const result = await search({ q: 'bonk', suggest: false })
      expect(result.totalHits).toBe(0)
      expect(result).not.toHaveProperty('suggestion')
    })
  })
}
