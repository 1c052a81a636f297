import { describe, expect, it } from 'vitest'
import {
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  prepareSearchDocument,
  searchDocumentId,
  type SearchDocument,
} from '../../../src/search/document'
import { escapeHtml, markMatches, renderHighlight } from '../../../src/search/highlight'
import { expectSafeHighlight } from './contract'
import { EN_FIXTURES } from './fixtures'

describe('renderHighlight', () => {
  it('escapes everything and turns sentinels into <mark>', () => {
    expect(renderHighlight(`a ${S}b${E} & c`)).toBe('a <mark>b</mark> &amp; c')
  })

  it('neutralises hostile markup', () => {
    const cases = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      "' onmouseover='alert(1)",
      '<mark>fake</mark> and </mark><mark onclick=alert(1)>',
      '&lt;script&gt; already escaped',
      '<<script>script>',
    ]
    for (const text of cases) {
      const html = renderHighlight(`${S}x${E} ${text}`)
      expectSafeHighlight(html)
      expect(html).not.toMatch(/<(?!\/?mark>)/)
      expect(html.startsWith('<mark>x</mark> ')).toBe(true)
    }
    expect(renderHighlight('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;')
    expect(renderHighlight('&lt;')).toBe('&amp;lt;')
  })

  it('balances unbalanced or nested sentinels', () => {
    expect(renderHighlight(`${S}open`)).toBe('<mark>open</mark>')
    expect(renderHighlight(`close${E}`)).toBe('close')
    expect(renderHighlight(`${S}${S}a${E}${E}b`)).toBe('<mark>a</mark>b')
    expect(renderHighlight(`${S}${E}x`)).toBe('x')
    expectSafeHighlight(renderHighlight(`${E}${S}<b>${S}${E}${E}`))
  })

  it('drops NUL characters', () => {
    expect(renderHighlight('a\u0000b')).toBe('ab')
  })

  it('escapes quotes for attribute safety', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })
})

describe('sentinels in indexed text', () => {
  it('are stripped before a document reaches an index', () => {
    const base: SearchDocument = EN_FIXTURES[0]!
    const doc = prepareSearchDocument({
      ...base,
      title: `${S}forged${E} title`,
      summary: `a${S}b`,
      body: `c${E}d\u0000`,
      pilotNames: [`${S}x${E}`],
    })
    expect(doc.title).toBe('forged title')
    expect(doc.summary).toBe('ab')
    expect(doc.body).toBe('cd')
    expect(doc.pilotNames).toEqual(['x'])
    // A forged highlight cannot survive: the engine's own marks are the only ones.
    expect(renderHighlight(markMatches(doc.title, (w) => w === 'title'))).toBe('forged <mark>title</mark>')
  })
})

describe('markMatches', () => {
  const isMatch = (word: string) => word.toLowerCase() === 'target'

  it('marks whole words only', () => {
    expect(renderHighlight(markMatches('Target, targets and <target>', isMatch))).toBe(
      '<mark>Target</mark>, targets and &lt;<mark>target</mark>&gt;',
    )
  })

  it('crops around the first match with markers', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`)
    words[60] = 'target'
    const html = renderHighlight(markMatches(words.join(' '), isMatch, { cropWords: 30, cropMarker: '…' }))
    expect(html.startsWith('…w50 ')).toBe(true)
    expect(html).toContain('<mark>target</mark>')
    expect(html.endsWith('w79…')).toBe(true)
    expect(
      html
        .replace(/<\/?mark>/g, '')
        .replace(/…/g, '')
        .split(' ').length,
    ).toBe(30)
  })

  it('crops to the first words when nothing matches, without a leading marker', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')
    expect(markMatches(text, isMatch, { cropWords: 5 })).toBe('w0 w1 w2 w3 w4…')
    expect(markMatches('short text.', isMatch, { cropWords: 5 })).toBe('short text.')
    expect(markMatches('', isMatch, { cropWords: 5 })).toBe('')
  })

  it('handles combining accents and long texts', () => {
    const decomposed = 'diplo\u0302mes'
    expect(markMatches(`les ${decomposed}`, (w) => w === decomposed)).toBe(`les ${S}${decomposed}${E}`)
    const long = `${'word '.repeat(200_000)}target end`
    const snippet = markMatches(long, isMatch, { cropWords: 30 })
    expect(snippet).toContain(`${S}target${E}`)
    expect(snippet.length).toBeLessThan(200)
  })
})

describe('searchDocumentId', () => {
  it('builds ids and refuses characters Meilisearch does not accept', () => {
    expect(searchDocumentId('practice', '12', 'fr')).toBe('practice-12-fr')
    expect(searchDocumentId('document', 7, 'en')).toBe('document-7-en')
    expect(() => searchDocumentId('practice', '1/2', 'en')).toThrow()
    expect(() => searchDocumentId('practice', 'é', 'en')).toThrow()
  })
})
