import { lexicalToPlainText } from '../../core/lexical'
import { themeGroupOf } from '../../vocab'
import { contentTypeOf, INDEXED_COLLECTIONS, type ContentCollection } from '../../model/content-types'
import { searchDocumentId, type SearchDocType, type SearchDocument, type SearchLocale } from '../document'

/**
 * Payload records (as read by the public, in one locale, depth 1) to search documents.
 * Relations that the public may not read (a draft pilot) arrive as bare ids and are left out.
 */

type Record_ = Record<string, unknown> & { id: number | string; updatedAt?: string; createdAt?: string }

export type IndexedCollection = ContentCollection
export const indexedCollections: IndexedCollection[] = INDEXED_COLLECTIONS

/** The search document type of an indexed collection, e.g. 'practices' -> 'practice'. */
export const docTypeOf = (collection: IndexedCollection): SearchDocType => contentTypeOf(collection)

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])
const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const yearOf = (value: unknown): number | null => {
  if (typeof value !== 'string' || !value) return null
  const year = new Date(value).getUTCFullYear()
  return Number.isFinite(year) ? year : null
}
const joinText = (...parts: string[]) => parts.filter((part) => part.trim()).join('\n')

type PilotRef = { name: string; slug: string; country: string }
function pilotRefs(value: unknown): PilotRef[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list
    .filter((item): item is Record_ => Boolean(item) && typeof item === 'object')
    .map((pilot) => ({ name: text(pilot.name), slug: text(pilot.slug), country: text(pilot.country) }))
    .filter((pilot) => pilot.slug)
}

function base(collection: IndexedCollection, record: Record_, locale: SearchLocale, title: string) {
  const themes = strings(record.themes)
  return {
    id: searchDocumentId(docTypeOf(collection), record.id, locale),
    type: docTypeOf(collection),
    recordId: String(record.id),
    locale,
    slug: text(record.slug),
    title,
    summary: text(record.summary),
    themes,
    themeGroups: [...new Set(themes.map(themeGroupOf).filter((group): group is NonNullable<typeof group> => Boolean(group)))],
    publishedAt: Date.parse(record.updatedAt ?? record.createdAt ?? '') || 0,
    isSample: record.isSample === true,
  }
}

function withPilots(pilots: PilotRef[]) {
  return {
    pilotNames: pilots.map((pilot) => pilot.name),
    pilotSlugs: pilots.map((pilot) => pilot.slug),
    countries: [...new Set(pilots.map((pilot) => pilot.country).filter(Boolean))],
  }
}

export function pilotToSearchDocument(record: Record_, locale: SearchLocale): SearchDocument {
  const period = (record.period ?? {}) as Record_
  const funding = (record.funding ?? {}) as Record_
  const indicators = Array.isArray(record.indicators) ? (record.indicators as Record_[]) : []
  return {
    ...base('pilots', record, locale, text(record.name)),
    body: joinText(
      text(record.place),
      text(record.implementer),
      ...(Array.isArray(record.partners) ? (record.partners as Record_[]).map((partner) => text(partner.name)) : []),
      lexicalToPlainText(record.body),
      ...indicators.map((indicator) => text(indicator.label)),
    ),
    pilotNames: [text(record.name)],
    pilotSlugs: [text(record.slug)],
    countries: record.country ? [text(record.country)] : [],
    targetGroups: strings(record.targetGroups),
    interventionTypes: strings(record.interventionTypes),
    evidenceLevel: null,
    lessonKind: null,
    year: yearOf(period.start) ?? yearOf(period.end),
    languages: [],
    fundingInstruments: strings(funding.instruments),
  }
}

export function practiceToSearchDocument(record: Record_, locale: SearchLocale): SearchDocument {
  const steps = Array.isArray(record.steps) ? (record.steps as Record_[]) : []
  const resources = (record.resources ?? {}) as Record_
  return {
    ...base('practices', record, locale, text(record.title)),
    ...withPilots(pilotRefs(record.pilots)),
    body: joinText(
      lexicalToPlainText(record.problem),
      ...steps.map((step) => joinText(text(step.title), text(step.description))),
      text(resources.staff),
      lexicalToPlainText(record.results),
      lexicalToPlainText(record.transferConditions),
    ),
    targetGroups: strings(record.targetGroups),
    interventionTypes: strings(record.interventionTypes),
    evidenceLevel: text(record.evidenceLevel) || null,
    lessonKind: null,
    year: yearOf(record.lastReviewed) ?? yearOf(record.createdAt),
    languages: strings(record.deliveryLanguages),
    fundingInstruments: [],
  }
}

export function lessonToSearchDocument(record: Record_, locale: SearchLocale): SearchDocument {
  return {
    ...base('lessons', record, locale, text(record.title)),
    ...withPilots(pilotRefs(record.pilot)),
    body: joinText(...['context', 'expected', 'whatHappened', 'why', 'recommendation'].map((field) => lexicalToPlainText(record[field]))),
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: text(record.kind) || null,
    year: yearOf(record.createdAt),
    languages: [],
    fundingInstruments: [],
  }
}

export function documentToSearchDocument(record: Record_, locale: SearchLocale): SearchDocument {
  return {
    ...base('documents', record, locale, text(record.title)),
    ...withPilots(pilotRefs(record.pilot)),
    body: joinText(text(record.organisation), text(record.fileText)),
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: null,
    year: yearOf(record.date) ?? yearOf(record.createdAt),
    languages: strings(record.languages),
    fundingInstruments: [],
  }
}

export const toSearchDocument: Record<IndexedCollection, (record: Record_, locale: SearchLocale) => SearchDocument> = {
  pilots: pilotToSearchDocument,
  practices: practiceToSearchDocument,
  lessons: lessonToSearchDocument,
  documents: documentToSearchDocument,
}
