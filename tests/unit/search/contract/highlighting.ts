import { describe, expect, it } from 'vitest'
import { expectSafeHighlight } from './expectations'
import type { ContractSuite } from './suite'

/** The text of a highlight without its marks and entities: the field it was made from. */
const unescape = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

export function describeHighlighting({ search }: ContractSuite): void {
  describe('highlighting', () => {
    it('wraps matches in <mark> and escapes hostile text', async () => {
      const result = await search({ q: 'coaching' })
      const hit = result.hits.find((h) => h.id === 'document-32-en')!
      expect(hit).toBeDefined()
      expect(hit.highlight.title).toContain('<mark>Coaching</mark>')
      expect(hit.highlight.title).toContain('&lt;script&gt;')
      expect(hit.highlight.title).not.toContain('<script')
      expect(hit.highlight.summary).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
      expect(hit.highlight.summary).toContain('&lt;mark&gt;fake&lt;/mark&gt;')
      expect(hit.highlight.summary).toContain('sentinel characters')
      expect(hit.highlight.body).toContain('<mark>coaching</mark>')
      expect(hit.highlight.body).toContain('&lt;b&gt;agree&lt;/b&gt;')
      for (const h of result.hits) {
        for (const html of Object.values(h.highlight)) expectSafeHighlight(html)
        expect(unescape(h.highlight.title)).toBe(h.title)
        expect(unescape(h.highlight.summary)).toBe(h.summary)
      }
    })

    it('marks matches found through typos, prefixes and accents', async () => {
      const typo = (await search({ q: 'microcredt' })).hits.find((h) => h.id === 'practice-11-en')!
      expect(typo.highlight.title).toContain('<mark>Microcredit</mark>')
      const prefix = (await search({ q: 'entrepre' })).hits.find((h) => h.id === 'practice-12-en')!
      expect(prefix.highlight.title).toMatch(/<mark>Entrepre[a-z]*<\/mark>/)
      const accent = (await search({ locale: 'fr', q: 'diplomes' })).hits.find((h) => h.id === 'practice-14-fr')!
      expect(accent.highlight.title).toContain('<mark>diplômes</mark>')
    })

    it('crops the body to a snippet around the first match', async () => {
      const hit = (await search({ q: 'apprenticeship' })).hits.find((h) => h.id === 'practice-18-en')!
      expect(hit).toBeDefined()
      expect(hit.highlight.body).toContain('<mark>apprenticeship</mark>')
      expect(hit.highlight.body.startsWith('…')).toBe(true)
      const snippetWords = unescape(hit.highlight.body).match(/[\p{L}\p{N}]+/gu) ?? []
      expect(snippetWords.length).toBeLessThanOrEqual(32)
      expect(snippetWords.length).toBeGreaterThanOrEqual(10)
      expect(hit.body.length).toBeGreaterThan(unescape(hit.highlight.body).length)
      // Without a match in the body, the snippet is the start of the body.
      const noBodyMatch = (await search({ q: 'established' })).hits.find((h) => h.id === 'practice-18-en')!
      expect(unescape(noBodyMatch.highlight.body).startsWith('Mentors are recruited')).toBe(true)
    })
  })
}
