import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { DOMParser } from '@xmldom/xmldom'
import { OaiPmh, OaiPmhError } from 'oai-pmh'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { oaiResponse } from '../../src/oai/respond'
import { transition } from '../../src/workflow/transition'
import { documentData, lessonData, pdfFile, pilotData, practiceData } from '../support/fixtures'
import { createUser, testPayload } from '../support/hub'

/**
 * The OAI-PMH repository, harvested by an OAI-PMH client from the npm registry (`oai-pmh`), which
 * follows the resumption tokens itself; the expected records come from the database as the public
 * reads it, not from the repository's code. Protocol errors are checked on the raw XML.
 */

/** Set in beforeAll: small pages, so that the harvest takes several responses. */
let PAGE_SIZE = 7
const OAI_NS = 'http://www.openarchives.org/OAI/2.0/'
const DC_NS = 'http://purl.org/dc/elements/1.1/'
let payload: Payload
let server: http.Server
let baseUrl: string
let requests = 0
const made = {
  published: [] as string[],
  draft: [] as string[],
  archived: '' as string,
  deleted: '' as string,
  pilotSlug: '',
  frenchTitle: '',
  practiceId: 0,
}

const id = (collection: string, record: { id: number | string }) => `oai:localhost:${collection}/${record.id}`

/** One request to the test server (the repository with small pages), parsed by an XML parser that reports every error. */
async function raw(query: Record<string, string> | string): Promise<Document> {
  const params = new URLSearchParams(query)
  const response = await fetch(`${baseUrl}?${params}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/xml')
  const text = await response.text()
  const errors: string[] = []
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml')
  expect(errors, text).toEqual([])
  return doc as unknown as Document
}
const errorCode = (doc: Document) => doc.getElementsByTagNameNS(OAI_NS, 'error')[0]?.getAttribute('code') ?? null
const requestAttributes = (doc: Document) => {
  const request = doc.getElementsByTagNameNS(OAI_NS, 'request')[0]!
  return Object.fromEntries([...Array.from(request.attributes as unknown as Attr[])].map((attr) => [attr.name, attr.value]))
}

type Header = { identifier: string; datestamp: string; sets: string[]; deleted: boolean }

/** Follows a list through its resumption tokens on the wire, checking cursor and completeListSize. */
async function harvestHeaders(query: Record<string, string>): Promise<Header[]> {
  const headers: Header[] = []
  let params: Record<string, string> = query
  for (let page = 0; page < 1000; page++) {
    const doc = await raw(params)
    if (errorCode(doc) === 'noRecordsMatch') return headers
    expect(errorCode(doc)).toBeNull()
    for (const node of Array.from(doc.getElementsByTagNameNS(OAI_NS, 'header') as unknown as Element[])) {
      const text = (name: string) =>
        Array.from(node.getElementsByTagNameNS(OAI_NS, name) as unknown as Element[]).map((item) => item.textContent ?? '')
      headers.push({
        identifier: text('identifier')[0]!,
        datestamp: text('datestamp')[0]!,
        sets: text('setSpec'),
        deleted: node.getAttribute('status') === 'deleted',
      })
    }
    const token = doc.getElementsByTagNameNS(OAI_NS, 'resumptionToken')[0]
    if (!token || !token.textContent) {
      if (token) expect(Number(token.getAttribute('completeListSize'))).toBe(headers.length)
      return headers
    }
    expect(Number(token.getAttribute('cursor'))).toBe(
      headers.length - Array.from(doc.getElementsByTagNameNS(OAI_NS, 'header') as unknown as Element[]).length,
    )
    params = { verb: query.verb!, resumptionToken: token.textContent }
  }
  throw new Error('the list never ended')
}

/** Records of other test files that were public once and are no longer. */
async function withdrawnIdentifiers(): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { withdrawn: { equals: true } },
    overrideAccess: true,
    limit: 10_000,
    pagination: false,
    depth: 0,
  })
  return docs.map((row) => `oai:localhost:${row.recordCollection}/${row.recordId}`)
}

/** Every public record, as an anonymous reader gets it from the Local API: the oracle of the harvest. */
async function publicIdentifiers(): Promise<Set<string>> {
  const all = new Set<string>()
  for (const collection of ['pilots', 'practices', 'lessons', 'documents'] as const) {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      user: null,
      draft: false,
      depth: 0,
      limit: 10_000,
      pagination: false,
      select: {},
    })
    for (const doc of docs) all.add(id(collection, doc))
  }
  return all
}

beforeAll(async () => {
  payload = await testPayload()
  const editor = (await createUser(payload, 'editor')).user
  const pilot = await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })
  made.pilotSlug = String(pilot.slug)
  const draftPilot = await payload.create({ collection: 'pilots', data: pilotData() as never, draft: true })
  made.draft.push(id('pilots', draftPilot))
  made.published.push(id('pilots', pilot))
  for (let i = 0; i < 24; i++) {
    const practice = await payload.create({ collection: 'practices', data: practiceData(pilot.id, { _status: 'published' }) as never })
    made.published.push(id('practices', practice))
    if (i === 0) {
      made.practiceId = Number(practice.id)
      made.frenchTitle = `Pratique moissonnée ${i} d’évaluation`
      await payload.update({
        collection: 'practices',
        id: practice.id,
        locale: 'fr',
        data: { title: made.frenchTitle, summary: 'Une pratique moissonnée.', _status: 'published' } as never,
      })
    }
  }
  for (let i = 0; i < 10; i++) {
    const lesson = await payload.create({ collection: 'lessons', data: lessonData(pilot.id, { _status: 'published' }) as never })
    made.published.push(id('lessons', lesson))
  }
  for (let i = 0; i < 4; i++) {
    const document = await payload.create({
      collection: 'documents',
      data: documentData({ pilot: pilot.id, _status: 'published' }) as never,
      file: await pdfFile(),
    })
    made.published.push(id('documents', document))
  }
  for (let i = 0; i < 3; i++) {
    const draft = await payload.create({ collection: 'practices', data: practiceData(pilot.id) as never, draft: true })
    made.draft.push(id('practices', draft))
  }
  // One archived through the review workflow, one deleted: both were public, both answer as deleted.
  const toArchive = await payload.create({ collection: 'lessons', data: lessonData(pilot.id, { _status: 'published' }) as never })
  await transition(payload, {
    collection: 'lessons',
    id: toArchive.id,
    action: 'archive',
    user: { ...editor, collection: 'users' } as never,
  })
  made.archived = id('lessons', toArchive)
  const toDelete = await payload.create({ collection: 'practices', data: practiceData(pilot.id, { _status: 'published' }) as never })
  await payload.delete({ collection: 'practices', id: toDelete.id })
  made.deleted = id('practices', toDelete)

  // The client iterates over a page's records and cannot read a page of exactly one (its XML parser
  // then gives an object, not a list): pick a page size that never leaves one record for the last page.
  const rows = (await payload.count({ collection: 'publications', overrideAccess: true })).totalDocs
  PAGE_SIZE = [7, 6, 8, 9, 5].find((size) => rows % size !== 1)!

  server = http.createServer((req, res) => {
    requests++
    const url = new URL(req.url ?? '/', 'http://localhost')
    oaiResponse(payload, url.searchParams, { pageSize: PAGE_SIZE }).then(
      (xml) => {
        res.setHeader('content-type', 'text/xml; charset=utf-8')
        res.end(xml)
      },
      (error: unknown) => {
        res.statusCode = 500
        res.end(String(error))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oai`
})

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve))
})

describe('harvested by an independent OAI-PMH client', () => {
  test('Identify: name, base URL, protocol version, persistent deletes, second granularity', async () => {
    const info = await new OaiPmh(baseUrl).identify()
    expect(info.repositoryName).toBe('Inclusion Practice Hub')
    expect(info.baseURL).toBe('http://localhost:3000/oai')
    expect(info.protocolVersion).toBe('2.0')
    expect(info.deletedRecord).toBe('persistent')
    expect(info.granularity).toBe('YYYY-MM-DDThh:mm:ssZ')
    expect(info.earliestDatestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  })

  test('ListMetadataFormats offers oai_dc', async () => {
    const formats = await new OaiPmh(baseUrl).listMetadataFormats()
    expect(formats).toMatchObject({ metadataPrefix: 'oai_dc', metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/' })
  })

  test('ListSets: the content types and the published pilots (not a draft pilot)', async () => {
    const sets: { setSpec: string; setName: string }[] = []
    for await (const set of new OaiPmh(baseUrl).listSets()) sets.push(set as { setSpec: string; setName: string })
    const specs = sets.map((set) => set.setSpec)
    expect(specs).toEqual(
      expect.arrayContaining(['type', 'type:pilot', 'type:practice', 'type:lesson', 'type:document', 'pilot', `pilot:${made.pilotSlug}`]),
    )
    const drafts = await payload.find({ collection: 'pilots', where: { _status: { equals: 'draft' } }, draft: true, depth: 0, limit: 100 })
    for (const draft of drafts.docs) expect(specs).not.toContain(`pilot:${draft.slug}`)
  })

  test('ListRecords: the whole repository through resumption tokens, equal to what the public may read, deletes included', async () => {
    const client = new OaiPmh(baseUrl)
    requests = 0
    const started = performance.now()
    const live = new Set<string>()
    const deleted = new Set<string>()
    const seen: string[] = []
    let titleFr = ''
    for await (const record of client.listRecords({ metadataPrefix: 'oai_dc' })) {
      const identifier = String(record.header.identifier)
      seen.push(identifier)
      if (record.header.$?.status === 'deleted') {
        expect(record.metadata).toBeUndefined()
        deleted.add(identifier)
        continue
      }
      live.add(identifier)
      const dc = record.metadata['oai_dc:dc']
      expect(dc['dc:title'], identifier).toBeDefined()
      expect(dc['dc:identifier'], identifier).toBeDefined()
      if (identifier === `oai:localhost:practices/${made.practiceId}`) {
        const titles = ([] as any[]).concat(dc['dc:title'])
        titleFr = titles.find((title) => title.$?.['xml:lang'] === 'fr')?._ ?? ''
        expect(([] as any[]).concat(dc['dc:relation'])).toContain(`http://localhost:3000/en/pilots/${made.pilotSlug}`)
      }
    }
    const ms = performance.now() - started
    console.log(
      `OAI-PMH harvest (oai-pmh client): ${seen.length} records (${live.size} live, ${deleted.size} deleted) in ${requests} responses of at most ${PAGE_SIZE}, ${ms.toFixed(0)} ms`,
    )

    expect(new Set(seen).size).toBe(seen.length) // nothing twice
    expect(requests).toBe(Math.ceil(seen.length / PAGE_SIZE))
    expect(live).toEqual(await publicIdentifiers())
    for (const identifier of made.published) expect(live).toContain(identifier)
    for (const identifier of made.draft) expect(seen).not.toContain(identifier)
    expect(deleted).toContain(made.archived)
    expect(deleted).toContain(made.deleted)
    expect(titleFr).toBe(made.frenchTitle)
  })

  test('ListIdentifiers: the whole list, headers only', async () => {
    const headers: string[] = []
    for await (const header of new OaiPmh(baseUrl).listIdentifiers({ metadataPrefix: 'oai_dc' })) headers.push(String(header.identifier))
    expect(new Set(headers)).toEqual(
      new Set([...(await publicIdentifiers()), made.archived, made.deleted, ...(await withdrawnIdentifiers())]),
    )
  })

  test('one set, and from/until windows at the second', async () => {
    // Lists of any length: read on the wire (the client cannot read a last page of one record).
    const inPilot = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: `pilot:${made.pilotSlug}` })
    for (const header of inPilot) expect(header.sets).toContain(`pilot:${made.pilotSlug}`)
    const inPilotIds = inPilot.map((header) => header.identifier)
    // Everything made for this pilot that was public (the deleted practice's row keeps its sets).
    for (const identifier of made.published) expect(inPilotIds).toContain(identifier)
    expect(inPilotIds).toContain(made.deleted)
    expect(inPilotIds).not.toContain(made.draft[0])

    const all = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' })
    const stamps = [...new Set(all.map((header) => header.datestamp))].sort()
    expect(stamps.length).toBeGreaterThan(1)
    const middle = stamps[Math.floor(stamps.length / 2)]!
    const from = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', from: middle })
    expect(from.length).toBe(all.filter((header) => header.datestamp >= middle).length)
    expect(from.every((header) => header.datestamp >= middle)).toBe(true)
    const until = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', until: middle })
    expect(until.length).toBe(all.filter((header) => header.datestamp <= middle).length)
    const day = middle.slice(0, 10)
    const sameDay = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', from: day, until: day })
    expect(sameDay.length).toBe(all.filter((header) => header.datestamp.startsWith(day)).length)
  })

  test('GetRecord of a live record, of a deleted one, and of an unknown identifier', async () => {
    const client = new OaiPmh(baseUrl)
    const live = await client.getRecord(`oai:localhost:practices/${made.practiceId}`, 'oai_dc')
    expect(live.header.identifier).toBe(`oai:localhost:practices/${made.practiceId}`)
    expect(live.metadata['oai_dc:dc']['dc:type']).toContain('Text')
    const gone = await client.getRecord(made.archived, 'oai_dc')
    expect(gone.header.$.status).toBe('deleted')
    const error = await client.getRecord('oai:localhost:practices/999999999', 'oai_dc').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OaiPmhError)
    expect((error as OaiPmhError).code).toBe('idDoesNotExist')
  })
})

describe('the protocol on the wire', () => {
  test('responses are namespaced OAI-PMH with a UTC responseDate and the request echoed', async () => {
    const doc = await raw({ verb: 'ListRecords', metadataPrefix: 'oai_dc', set: `pilot:${made.pilotSlug}` })
    const root = doc.documentElement
    expect(root.localName).toBe('OAI-PMH')
    expect(root.namespaceURI).toBe(OAI_NS)
    expect(doc.getElementsByTagNameNS(OAI_NS, 'responseDate')[0]?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(requestAttributes(doc)).toEqual({ verb: 'ListRecords', metadataPrefix: 'oai_dc', set: `pilot:${made.pilotSlug}` })
    const token = doc.getElementsByTagNameNS(OAI_NS, 'resumptionToken')[0]!
    expect(token.getAttribute('cursor')).toBe('0')
    expect(Number(token.getAttribute('completeListSize'))).toBeGreaterThan(40)
    expect(token.getAttribute('expirationDate')).toMatch(/Z$/)
    const titles = doc.getElementsByTagNameNS(DC_NS, 'title')
    expect(titles.length).toBeGreaterThan(0)
  })

  test.each([
    [{}, 'badVerb'],
    [{ verb: 'Harvest' }, 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
    [{ verb: 'Identify', extra: '1' }, 'badArgument'],
    [{ verb: 'ListRecords' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2024-13-01' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2024-01-01', until: '2024-01-02T00:00:00Z' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2024-02-01', until: '2024-01-01' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_dc', resumptionToken: 'x' }, 'badArgument'],
    [{ verb: 'GetRecord', identifier: 'oai:localhost:practices/1' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'marc21' }, 'cannotDisseminateFormat'],
    [{ verb: 'GetRecord', identifier: 'oai:localhost:practices/1', metadataPrefix: 'mods' }, 'cannotDisseminateFormat'],
    [{ verb: 'GetRecord', identifier: 'oai:elsewhere.org:practices/1', metadataPrefix: 'oai_dc' }, 'idDoesNotExist'],
    [{ verb: 'ListMetadataFormats', identifier: 'oai:localhost:lessons/999999999' }, 'idDoesNotExist'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_dc', until: '1990-01-01' }, 'noRecordsMatch'],
    [{ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'pilot:no-such-pilot' }, 'noRecordsMatch'],
    [{ verb: 'ListRecords', resumptionToken: 'not-a-token' }, 'badResumptionToken'],
    [{ verb: 'ListSets', resumptionToken: 'anything' }, 'badResumptionToken'],
  ] as [Record<string, string> | string, string][])('%j answers %s', async (query, code) => {
    const doc = await raw(query)
    expect(errorCode(doc)).toBe(code)
    // After badVerb and badArgument the request element carries no attributes.
    if (code === 'badVerb' || code === 'badArgument') expect(requestAttributes(doc)).toEqual({})
  })

  test('a forged, a reused-for-another-verb and an expired resumption token are refused', async () => {
    const first = await raw({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' })
    const token = first.getElementsByTagNameNS(OAI_NS, 'resumptionToken')[0]!.textContent!
    const [body, signature] = token.split('.') as [string, string]
    const state = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    state.v.c = 0
    state.v.a = [0, 0]
    const forged = `${Buffer.from(JSON.stringify(state)).toString('base64url')}.${signature}`
    expect(errorCode(await raw({ verb: 'ListIdentifiers', resumptionToken: forged }))).toBe('badResumptionToken')
    expect(errorCode(await raw({ verb: 'ListRecords', resumptionToken: token }))).toBe('badResumptionToken')
    expect(errorCode(await raw({ verb: 'ListIdentifiers', resumptionToken: token }))).toBeNull()
    const later = new Date(Date.now() + 25 * 60 * 60 * 1000)
    const expired = await oaiResponse(payload, new URLSearchParams({ verb: 'ListIdentifiers', resumptionToken: token }), { now: later })
    expect(expired).toContain('code="badResumptionToken"')
    expect(expired).toContain('expired')
  })

  test('a set of one content type holds only that type', async () => {
    const documents = await harvestHeaders({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'type:document' })
    expect(documents.length).toBeGreaterThanOrEqual(4)
    expect(documents.every((header) => header.identifier.startsWith('oai:localhost:documents/'))).toBe(true)
    expect(documents.every((header) => header.sets.includes('type:document') && !header.sets.includes('type:practice'))).toBe(true)
  })

  test('a record put back into draft through a new revision stays live; an archived one never shows its metadata', async () => {
    const doc = await raw({ verb: 'GetRecord', identifier: made.archived, metadataPrefix: 'oai_dc' })
    const header = doc.getElementsByTagNameNS(OAI_NS, 'header')[0]!
    expect(header.getAttribute('status')).toBe('deleted')
    expect(doc.getElementsByTagNameNS(OAI_NS, 'metadata').length).toBe(0)
    // A draft revision of a live practice leaves its public version, and its datestamp, as they were.
    const before = await raw({ verb: 'GetRecord', identifier: `oai:localhost:practices/${made.practiceId}`, metadataPrefix: 'oai_dc' })
    const stampBefore = before.getElementsByTagNameNS(OAI_NS, 'datestamp')[0]!.textContent
    await payload.update({
      collection: 'practices',
      id: made.practiceId,
      data: { title: 'Unpublished working title' } as never,
      draft: true,
    })
    const after = await raw({ verb: 'GetRecord', identifier: `oai:localhost:practices/${made.practiceId}`, metadataPrefix: 'oai_dc' })
    expect(after.getElementsByTagNameNS(OAI_NS, 'header')[0]!.getAttribute('status')).toBeNull()
    expect(after.getElementsByTagNameNS(OAI_NS, 'datestamp')[0]!.textContent).toBe(stampBefore)
    const titles = [...Array.from(after.getElementsByTagNameNS(DC_NS, 'title') as unknown as Element[])].map((title) => title.textContent)
    expect(titles).not.toContain('Unpublished working title')
  })
})
