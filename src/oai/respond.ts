import type { Payload } from 'payload'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { hubEnv } from '../core/env'
import { messagesFor } from '../i18n/messages'
import { contentTypeOf, contentTypes, type ContentCollection } from '../model/content-types'
import type { PublicationRow } from '../publication/log'
import { countries, documentKinds, labelOf, licences, targetGroups, themes } from '../vocab'
import {
  GRANULARITY,
  METADATA_PREFIX,
  OaiError,
  parseOaiRequest,
  resumptionToken,
  TOKEN_TTL_SECONDS,
  type ListQuery,
  type OaiRequest,
} from './protocol'
import {
  countRows,
  earliestDatestamp,
  listRows,
  listSets,
  oaiIdentifier,
  parseOaiIdentifier,
  publicRecordsOf,
  repositoryHost,
  rowOfRecord,
  type Localized,
  type PublicRecord,
} from './repository'

/**
 * The OAI-PMH 2.0 repository of the hub (`/oai`): every verb, with Dublin Core (oai_dc) records of
 * the published pilots, practices, lessons and documents in English and French, sets by content
 * type and by pilot, datestamps to the second, stateless signed resumption tokens, and persistent
 * deletes: a record that was public and is no longer (archived or deleted) answers as deleted.
 */

const OAI = 'http://www.openarchives.org/OAI/2.0/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
const DC = 'http://purl.org/dc/elements/1.1/'
const XML = 'http://www.w3.org/XML/1998/namespace'

/** Records (or headers) per response of a list. */
export const OAI_PAGE_SIZE = 50

export type OaiOptions = { now?: Date; pageSize?: number }

const stamp = (date: Date | string | number) =>
  new Date(Math.floor(new Date(date).getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z')
const xmlText = (value: string) => value.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
const origin = () => hubEnv().SERVER_URL.replace(/\/+$/, '')
export const oaiBaseUrl = () => `${origin()}/oai`

function envelope(now: Date, request: OaiRequest | null, error?: OaiError) {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const root = doc.ele(OAI, 'OAI-PMH').att(XSI, 'xsi:schemaLocation', `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`)
  root.ele('responseDate').txt(stamp(now))
  // After badVerb and badArgument the request element carries no attributes (the protocol's rule).
  const echo =
    error && (error.code === 'badVerb' || error.code === 'badArgument') ? {} : request ? { verb: request.verb, ...request.args } : {}
  root.ele('request', echo).txt(oaiBaseUrl())
  return { doc, root }
}

const values = (value: Localized): { lang: 'en' | 'fr' | null; text: string }[] => {
  if (value == null) return []
  if (typeof value === 'string') return value.trim() ? [{ lang: null, text: value }] : []
  const out: { lang: 'en' | 'fr'; text: string }[] = []
  for (const lang of ['en', 'fr'] as const) {
    const text = value[lang]
    if (typeof text === 'string' && text.trim() && !out.some((item) => item.text === text)) out.push({ lang, text })
  }
  return out
}

const codes = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])

type PilotLink = { slug: string; name: Localized; country?: string | null; implementer?: string | null }
const pilotsOf = (record: PublicRecord, collection: ContentCollection): PilotLink[] => {
  if (collection === 'pilots') return []
  const field = contentTypes[contentTypeOf(collection)].pilotField
  const list = Array.isArray(record[field]) ? (record[field] as unknown[]) : record[field] ? [record[field]] : []
  return list.filter((pilot): pilot is PilotLink => Boolean(pilot && typeof pilot === 'object' && (pilot as PilotLink).slug))
}

/** Dublin Core of one public record, in both languages where it has them. */
function dublinCore(parent: XMLBuilder, collection: ContentCollection, record: PublicRecord, row: PublicationRow) {
  const type = contentTypeOf(collection)
  const entry = contentTypes[type]
  const dc = parent
    .ele(OAI_DC, 'oai_dc:dc')
    .att('xmlns:dc', DC)
    .att(XSI, 'xsi:schemaLocation', `${OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`)
  const el = (name: string, text: string, lang?: string | null) => {
    const node = dc.ele(DC, `dc:${name}`)
    if (lang) node.att(XML, 'xml:lang', lang)
    node.txt(xmlText(text))
  }
  const both = (name: string, value: Localized) => values(value).forEach((item) => el(name, item.text, item.lang))
  const bilingual = (name: string, vocabulary: Parameters<typeof labelOf>[0], list: string[]) => {
    for (const code of list) for (const lang of ['en', 'fr'] as const) el(name, labelOf(vocabulary, code, lang), lang)
  }
  const pilots = pilotsOf(record, collection)

  both('title', record[entry.titleField] as Localized)
  if (collection === 'pilots') {
    if (typeof record.implementer === 'string' && record.implementer) el('creator', record.implementer)
    for (const partner of Array.isArray(record.partners) ? (record.partners as { name?: unknown }[]) : []) {
      if (typeof partner.name === 'string' && partner.name) el('contributor', partner.name)
    }
  } else if (collection === 'documents' && typeof record.organisation === 'string' && record.organisation.trim()) {
    el('creator', record.organisation)
  } else {
    for (const pilot of pilots) if (pilot.implementer) el('creator', pilot.implementer)
  }
  bilingual('subject', themes, codes(record.themes))
  bilingual('subject', targetGroups, codes(record.targetGroups))
  both('description', record.summary as Localized)
  if (record.isSample === true) {
    for (const lang of ['en', 'fr'] as const) el('description', messagesFor(lang).sampleNote, lang)
  }
  el('publisher', messagesFor('en').siteName)
  const date = collection === 'documents' && typeof record.date === 'string' ? record.date : row.firstPublishedAt
  el('date', date.slice(0, 10))
  el('type', 'Text')
  for (const lang of ['en', 'fr'] as const) el('type', messagesFor(lang).types[type], lang)
  if (collection === 'documents') {
    if (typeof record.kind === 'string')
      for (const lang of ['en', 'fr'] as const) el('type', labelOf(documentKinds, record.kind, lang), lang)
    if (typeof record.mimeType === 'string' && record.mimeType) el('format', record.mimeType)
  } else {
    el('format', 'text/html')
  }
  const slug = String(record.slug ?? row.slug ?? '')
  for (const lang of ['en', 'fr'] as const) el('identifier', `${origin()}/${lang}/${entry.path}/${slug}`)
  const recordLanguages =
    collection === 'documents'
      ? codes(record.languages)
      : (['en', 'fr'] as const).filter((lang) => values(record[entry.titleField] as Localized).some((item) => item.lang === lang))
  for (const language of recordLanguages) el('language', language)
  for (const pilot of pilots) el('relation', `${origin()}/en/${contentTypes.pilot.path}/${pilot.slug}`)
  const places = collection === 'pilots' ? [String(record.country ?? '')] : pilots.map((pilot) => String(pilot.country ?? ''))
  for (const code of [...new Set(places.filter(Boolean))]) bilingual('coverage', countries, [code])
  if (collection === 'documents' && typeof record.licence === 'string') el('rights', labelOf(licences, record.licence, 'en'))
}

function header(parent: XMLBuilder, row: PublicationRow, deleted: boolean) {
  const node = parent.ele('header', deleted ? { status: 'deleted' } : {})
  node.ele('identifier').txt(oaiIdentifier(row.recordCollection, Number(row.recordId)))
  node.ele('datestamp').txt(stamp(row.datestamp))
  // The leaves only: a parent set (type, pilot) is implied by its children.
  for (const spec of (row.sets ?? []).filter((set) => set.includes(':')).sort()) node.ele('setSpec').txt(spec)
}

/** The public versions of the rows' records, by collection; a row without one is a deleted record. */
async function recordsOfRows(payload: Payload, rows: PublicationRow[]): Promise<Map<string, PublicRecord>> {
  const byCollection = new Map<ContentCollection, number[]>()
  for (const row of rows) {
    if (row.withdrawn) continue
    byCollection.set(row.recordCollection, [...(byCollection.get(row.recordCollection) ?? []), Number(row.recordId)])
  }
  const found = new Map<string, PublicRecord>()
  for (const [collection, ids] of byCollection) {
    for (const [id, record] of await publicRecordsOf(payload, collection, ids)) found.set(`${collection}/${id}`, record)
  }
  return found
}

function record(parent: XMLBuilder, row: PublicationRow, found: Map<string, PublicRecord>, withMetadata: boolean) {
  const public_ = found.get(`${row.recordCollection}/${row.recordId}`)
  const target = withMetadata ? parent.ele('record') : parent
  header(target, row, !public_)
  if (withMetadata && public_) dublinCore(target.ele('metadata'), row.recordCollection, public_, row)
}

async function list(payload: Payload, root: XMLBuilder, query: ListQuery, now: Date, pageSize: number) {
  const { rows, more } = await listRows(payload, query, pageSize)
  if (rows.length === 0) {
    if (query.after) throw new OaiError('badResumptionToken', 'resumptionToken: the list has no more records')
    throw new OaiError('noRecordsMatch', 'No records match these arguments')
  }
  const completeListSize = query.completeListSize ?? (await countRows(payload, query))
  const found = await recordsOfRows(payload, rows)
  const node = root.ele(query.verb)
  for (const row of rows) record(node, row, found, query.verb === 'ListRecords')
  if (more) {
    const last = rows[rows.length - 1]!
    const after = { datestamp: new Date(last.datestamp).getTime(), id: last.id }
    const token = resumptionToken(query, after, query.cursor + rows.length, Math.max(completeListSize, query.cursor + rows.length + 1), now)
    node
      .ele('resumptionToken', {
        expirationDate: stamp(now.getTime() + TOKEN_TTL_SECONDS * 1000),
        completeListSize: String(Math.max(completeListSize, query.cursor + rows.length + 1)),
        cursor: String(query.cursor),
      })
      .txt(token)
  } else if (query.after) {
    // The last part of a list sent in parts ends with an empty token.
    node.ele('resumptionToken', { completeListSize: String(query.cursor + rows.length), cursor: String(query.cursor) })
  }
}

async function answer(payload: Payload, request: OaiRequest, root: XMLBuilder, now: Date, pageSize: number) {
  switch (request.verb) {
    case 'Identify': {
      const node = root.ele('Identify')
      node.ele('repositoryName').txt(messagesFor('en').siteName)
      node.ele('baseURL').txt(oaiBaseUrl())
      node.ele('protocolVersion').txt('2.0')
      node.ele('adminEmail').txt(hubEnv().MAIL_FROM ?? 'noreply@inclusion-practice-hub.local')
      node.ele('earliestDatestamp').txt(stamp(await earliestDatestamp(payload)))
      node.ele('deletedRecord').txt('persistent')
      node.ele('granularity').txt(GRANULARITY)
      const host = repositoryHost()
      // The oai-identifier description needs a registered domain name (with a dot).
      if (/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/.test(host)) {
        const id = node
          .ele('description')
          .ele('http://www.openarchives.org/OAI/2.0/oai-identifier', 'oai-identifier')
          .att(
            XSI,
            'xsi:schemaLocation',
            'http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd',
          )
        id.ele('scheme').txt('oai')
        id.ele('repositoryIdentifier').txt(host)
        id.ele('delimiter').txt(':')
        id.ele('sampleIdentifier').txt(`oai:${host}:practices/1`)
      }
      return
    }
    case 'ListMetadataFormats': {
      if (request.identifier) {
        const target = parseOaiIdentifier(request.identifier)
        if (!target || !(await rowOfRecord(payload, target.collection, target.id))) {
          throw new OaiError('idDoesNotExist', `identifier: "${request.identifier}" is not a record of this repository`)
        }
      }
      const format = root.ele('ListMetadataFormats').ele('metadataFormat')
      format.ele('metadataPrefix').txt(METADATA_PREFIX)
      format.ele('schema').txt('http://www.openarchives.org/OAI/2.0/oai_dc.xsd')
      format.ele('metadataNamespace').txt(OAI_DC)
      return
    }
    case 'ListSets': {
      const node = root.ele('ListSets')
      for (const set of await listSets(payload)) {
        const item = node.ele('set')
        item.ele('setSpec').txt(set.spec)
        item.ele('setName').txt(xmlText(set.name))
      }
      return
    }
    case 'GetRecord': {
      const target = parseOaiIdentifier(request.identifier)
      const row = target ? await rowOfRecord(payload, target.collection, target.id) : null
      if (!row) throw new OaiError('idDoesNotExist', `identifier: "${request.identifier}" is not a record of this repository`)
      const found = await recordsOfRows(payload, [row])
      record(root.ele('GetRecord'), row, found, true)
      return
    }
    case 'ListIdentifiers':
    case 'ListRecords':
      return list(payload, root, request.list, now, pageSize)
  }
}

/** Answers one OAI-PMH request (its arguments from the query string or a POST body) with the XML to send. */
export async function oaiResponse(payload: Payload, params: URLSearchParams, options: OaiOptions = {}): Promise<string> {
  const now = options.now ?? new Date()
  let request: OaiRequest | null = null
  try {
    request = parseOaiRequest(params, now)
    const { doc, root } = envelope(now, request)
    await answer(payload, request, root, now, options.pageSize ?? OAI_PAGE_SIZE)
    return doc.end({ prettyPrint: true })
  } catch (error) {
    if (!(error instanceof OaiError)) throw error
    const { doc, root } = envelope(now, request, error)
    root.ele('error', { code: error.code }).txt(xmlText(error.message))
    return doc.end({ prettyPrint: true })
  }
}
