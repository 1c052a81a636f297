import fs from 'node:fs'
import path from 'node:path'

import { parseFeed } from '@rowanmanning/feed-parser'
import jsonld from 'jsonld'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { withoutFrameworkRuntime } from '../../src/cli/public-html'
import { documentBySlug, lessonBySlug, pilotBySlug, practiceBySlug } from '../../src/site/content'
import { notModified, searchFeed } from '../../src/site/feed'
import { documentJsonLd, lessonJsonLd, pilotJsonLd, practiceJsonLd, serializeJsonLd, websiteJsonLd } from '../../src/site/structured-data'
import { documentData, lessonData, pdfFile, pilotData, practiceData } from '../support/fixtures'
import { testPayload, unique } from '../support/hub'
import { freshSearchIndex, runSearchJobs } from '../support/search'

/**
 * Feeds per search, read by an independent Atom parser from the registry (@rowanmanning/feed-parser),
 * and the pages' schema.org JSON-LD, expanded by the JSON-LD processor `jsonld` and checked
 * against the schema.org vocabulary that schema-dts ships (its type and property names).
 */

const WORD = `numbatgrant${process.pid}`
const BREAKOUT = '</script><script>alert(1)</script><!--'
let payload: Payload
const made: Record<string, { id: number | string; slug?: string | null; title?: string | null }> = {}

beforeAll(async () => {
  payload = await testPayload()
  freshSearchIndex()
  const pilot = await payload.create({
    collection: 'pilots',
    data: pilotData({
      country: 'FI',
      _status: 'published',
      implementer: 'City of Test',
      funding: {
        instruments: ['eu-grant'],
        euGrant: { fund: 'AMIF' },
        coFinancing: [{ organisation: 'Test Foundation', instrument: 'eu-grant' }],
      },
      partners: [{ name: 'Test partner' }],
    }) as never,
  })
  made.pilot = pilot
  made.practice = await payload.create({
    collection: 'practices',
    data: practiceData(pilot.id, {
      title: `Grille d’évaluation <b>${WORD}</b> & co ${BREAKOUT}`,
      summary: `About ${WORD}.`,
      themes: ['financial-inclusion'],
      deliveryLanguages: ['fi', 'en'],
      _status: 'published',
    }) as never,
  })
  made.other = await payload.create({
    collection: 'practices',
    data: practiceData(pilot.id, { summary: `Also about ${WORD}.`, themes: ['entrepreneurship'], _status: 'published' }) as never,
  })
  made.lesson = await payload.create({
    collection: 'lessons',
    data: lessonData(pilot.id, { summary: `A lesson on ${WORD}.`, themes: ['financial-inclusion'], _status: 'published' }) as never,
  })
  made.draft = await payload.create({
    collection: 'practices',
    data: practiceData(pilot.id, { title: unique(`Draft ${WORD}`), summary: `Draft on ${WORD}.` }) as never,
    draft: true,
  })
  made.document = await payload.create({
    collection: 'documents',
    data: documentData({
      pilot: pilot.id,
      summary: `A report on ${WORD}.`,
      languages: ['en'],
      date: '2024-05-01',
      _status: 'published',
    }) as never,
    file: await pdfFile(),
  })
  await runSearchJobs(payload)
})

describe('the Atom feed of a search', () => {
  test('only the matching records, with plain-text titles, xml:lang and categories with term, scheme and label', async () => {
    const feed = await searchFeed(
      payload,
      'fr',
      new URLSearchParams({ q: WORD, type: 'practice', theme: 'financial-inclusion', utm_source: 'x' }),
    )
    if (!feed.ok) throw new Error(JSON.stringify(feed.errors))
    const parsed = parseFeed(feed.xml)
    expect(parsed.meta.type).toBe('atom')
    expect(parsed.language).toBe('fr')
    expect(parsed.title).toContain('Recherche')
    expect(parsed.title).toContain(`«\u00a0${WORD}\u00a0»`)
    expect(parsed.url).toBe(`http://localhost:3000/fr/search?q=${WORD}&type=practice&theme=financial-inclusion`)
    expect(parsed.self).toBe(`http://localhost:3000/fr/feed.xml?q=${WORD}&type=practice&theme=financial-inclusion`)
    expect(parsed.items.map((item) => item.url)).toEqual([`http://localhost:3000/fr/practices/${made.practice!.slug}`])
    const [item] = parsed.items
    // Plain text: the apostrophe, the angle brackets and the ampersand come back as written.
    expect(item!.title).toBe(made.practice!.title)
    const categories = item!.categories.map((category) => ({ term: category.term, label: category.label, url: category.url }))
    expect(categories).toEqual(
      expect.arrayContaining([
        { term: 'practice', label: 'Pratique', url: 'http://localhost:3000/fr/search?type=' },
        { term: 'financial-inclusion', label: 'Inclusion financière', url: 'http://localhost:3000/fr/search?theme=' },
        { term: 'FI', label: 'Finlande', url: 'http://localhost:3000/fr/search?country=' },
      ]),
    )
    expect(item!.authors.map((author) => author.name)).toEqual([String((made.pilot as { name?: string }).name)])
    expect(feed.xml).toContain('<title type="text">')
    expect(feed.xml).not.toContain('type="html"')
  })

  test('the feed never lists a draft; without parameters it is the feed of new practices and lessons', async () => {
    const all = await searchFeed(payload, 'en', new URLSearchParams({ q: WORD }))
    if (!all.ok) throw new Error('feed failed')
    const urls = parseFeed(all.xml).items.map((item) => item.url)
    expect(urls).toEqual(
      expect.arrayContaining([
        `http://localhost:3000/en/practices/${made.practice!.slug}`,
        `http://localhost:3000/en/practices/${made.other!.slug}`,
        `http://localhost:3000/en/lessons/${made.lesson!.slug}`,
        `http://localhost:3000/en/documents/${made.document!.slug}`,
      ]),
    )
    expect(urls.some((url) => url?.includes(String(made.draft!.slug)))).toBe(false)
    const bare = await searchFeed(payload, 'en', new URLSearchParams())
    if (!bare.ok) throw new Error('feed failed')
    const items = parseFeed(bare.xml).items
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => /\/en\/(practices|lessons)\//.test(item.url ?? ''))).toBe(true)
  })

  test('bad parameters are refused by the search page’s own parser', async () => {
    const feed = await searchFeed(payload, 'en', new URLSearchParams({ country: 'Finland', page: 'two' }))
    expect(feed.ok).toBe(false)
    if (feed.ok) return
    expect(feed.errors.map((error) => error.parameter)).toEqual(['country'])
  })

  test('conditional GET: the same feed has the same ETag; If-None-Match and If-Modified-Since say not modified', async () => {
    const query = new URLSearchParams({ q: WORD })
    const one = await searchFeed(payload, 'en', query)
    const two = await searchFeed(payload, 'en', query)
    if (!one.ok || !two.ok) throw new Error('feed failed')
    expect(one.etag).toMatch(/^"[\w-]{32}"$/)
    expect(two.etag).toBe(one.etag)
    const request = (headers: Record<string, string>) => new Request('http://localhost/en/feed.xml', { headers })
    expect(notModified(request({ 'if-none-match': one.etag }), one.etag, one.lastModified)).toBe(true)
    expect(notModified(request({ 'if-none-match': `"other", W/${one.etag}` }), one.etag, one.lastModified)).toBe(true)
    expect(notModified(request({ 'if-none-match': '"other"' }), one.etag, one.lastModified)).toBe(false)
    expect(notModified(request({ 'if-modified-since': one.lastModified.toUTCString() }), one.etag, one.lastModified)).toBe(true)
    expect(
      notModified(request({ 'if-modified-since': new Date(one.lastModified.getTime() - 1000).toUTCString() }), one.etag, one.lastModified),
    ).toBe(false)
    // If-None-Match wins over If-Modified-Since (RFC 9110).
    expect(
      notModified(request({ 'if-none-match': '"other"', 'if-modified-since': one.lastModified.toUTCString() }), one.etag, one.lastModified),
    ).toBe(false)

    // A new matching record changes the feed, its ETag and its date.
    await payload.create({
      collection: 'lessons',
      data: lessonData(Number(made.pilot!.id), { summary: `Later on ${WORD}.`, _status: 'published' }) as never,
    })
    await runSearchJobs(payload)
    const three = await searchFeed(payload, 'en', query)
    if (!three.ok) throw new Error('feed failed')
    expect(three.etag).not.toBe(one.etag)
    expect(notModified(request({ 'if-none-match': one.etag }), three.etag, three.lastModified)).toBe(false)
  })
})

/** The schema.org vocabulary as schema-dts declares it: type names and property names. */
function schemaOrgVocabulary() {
  const source = fs.readFileSync(path.resolve('node_modules/schema-dts/dist/schema.d.ts'), 'utf8')
  const types = new Set([...source.matchAll(/"@type": "([A-Za-z]+)"/g)].map((match) => match[1]!))
  const properties = new Set([...source.matchAll(/^\s+"([a-zA-Z][\w-]*)"\?: /gm)].map((match) => match[1]!))
  return { types, properties }
}

/** Expands JSON-LD the way a consumer does (schema.org context served locally), failing on anything dropped. */
async function expand(serialized: string) {
  const document = JSON.parse(serialized)
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected context ${url}`)
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } }
  }
  return jsonld.expand(document, { documentLoader: documentLoader as never, safe: true } as never)
}

/** Every type and property IRI in an expanded graph. */
function termsOf(node: unknown, found = { types: new Set<string>(), properties: new Set<string>() }) {
  if (Array.isArray(node)) node.forEach((item) => termsOf(item, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') (Array.isArray(value) ? value : [value]).forEach((type) => found.types.add(String(type)))
      else if (!key.startsWith('@')) found.properties.add(key)
      termsOf(value, found)
    }
  }
  return found
}

describe('schema.org JSON-LD', () => {
  test('every record page type and the home page expand to schema.org terms only, with what each is about', async () => {
    const vocabulary = schemaOrgVocabulary()
    expect(vocabulary.types.size).toBeGreaterThan(500)
    const practice = (await practiceBySlug(payload, 'en', String(made.practice!.slug)))!
    const lesson = (await lessonBySlug(payload, 'fr', String(made.lesson!.slug)))!
    const pilot = (await pilotBySlug(payload, 'en', String(made.pilot!.slug)))!
    const document = (await documentBySlug(payload, 'en', String(made.document!.slug)))!
    const graphs = {
      practice: practiceJsonLd('en', practice, { published: '2025-01-02T03:04:05.000Z' }),
      lesson: lessonJsonLd('fr', lesson, { published: null }),
      pilot: pilotJsonLd('en', pilot),
      document: documentJsonLd('en', document, { published: null }),
      home: websiteJsonLd('fr'),
    }
    for (const [name, graph] of Object.entries(graphs)) {
      const expanded = await expand(serializeJsonLd(graph))
      const terms = termsOf(expanded)
      for (const type of terms.types) {
        expect(type, `${name}: type`).toMatch(/^https:\/\/schema\.org\//)
        expect(vocabulary.types, `${name}: ${type}`).toContain(type.replace('https://schema.org/', ''))
      }
      for (const property of terms.properties) {
        expect(property, `${name}: property`).toMatch(/^https:\/\/schema\.org\//)
        // `query-input` is schema.org's action constraint on `query` (schema-dts derives the -input names).
        expect(vocabulary.properties, `${name}: ${property}`).toContain(
          property.replace('https://schema.org/', '').replace(/-(input|output)$/, ''),
        )
      }
    }
    const [article, crumbs] = graphs.practice['@graph'] as unknown as Record<string, any>[]
    expect(article).toMatchObject({
      '@type': 'Article',
      name: made.practice!.title,
      inLanguage: 'en',
      datePublished: '2025-01-02T03:04:05.000Z',
    })
    expect(article!.producer).toEqual([expect.objectContaining({ '@type': 'Project', name: pilot.name })])
    expect(article!.about).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@type': 'DefinedTerm', name: 'Financial inclusion', termCode: 'financial-inclusion' }),
        expect.objectContaining({ '@type': 'Language', name: 'Finnish', alternateName: 'fi' }),
      ]),
    )
    expect(article!.workTranslation).toEqual([
      { '@type': 'Article', url: `http://localhost:3000/fr/practices/${practice.slug}`, inLanguage: 'fr' },
    ])
    expect(crumbs!.itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', 'Practices', practice.title])
    const [project] = graphs.pilot['@graph'] as unknown as Record<string, any>[]
    expect(project).toMatchObject({
      '@type': 'Project',
      parentOrganization: { name: 'City of Test' },
      areaServed: { name: 'Finland', identifier: 'FI' },
    })
    expect(project!.funder.map((funder: { name: string }) => funder.name)).toEqual([
      'European Union (AMIF)',
      'Council of Europe Development Bank (CEB)',
      'Test Foundation',
    ])
    const [digital] = graphs.document['@graph'] as unknown as Record<string, any>[]
    expect(digital).toMatchObject({
      '@type': 'DigitalDocument',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      encodingFormat: 'application/pdf',
      datePublished: '2024-05-01',
    })
    expect(digital!.encoding.contentUrl).toMatch(/^http:\/\/localhost:3000\/api\/documents\/file\//)
    const [site] = graphs.home['@graph'] as unknown as Record<string, any>[]
    expect(site!.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'http://localhost:3000/fr/search?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    })
  })

  test("no text of a record can end the script element, and the portal server's rewriting of public pages leaves the data block alone", async () => {
    const practice = (await practiceBySlug(payload, 'en', String(made.practice!.slug)))!
    const serialized = serializeJsonLd(practiceJsonLd('en', practice, { published: null }))
    expect(serialized).not.toMatch(/<|>|&/)
    expect(JSON.parse(serialized)['@graph'][0].name).toBe(made.practice!.title)
    const html = `<html><body><script type="application/ld+json">${serialized}</script></body></html>`
    const rewritten = withoutFrameworkRuntime(html)
    expect(rewritten).toEqual({ html, refused: 0, cacheSeconds: null })
    // The page's own HTML parser sees one script element whose text is the whole JSON.
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
    expect(scripts).toHaveLength(1)
    expect(scripts[0]![1]).toBe(serialized)
  })
})
