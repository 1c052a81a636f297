import { lexicalToPlainText } from '../../core/lexical'
import { themeGroupOf } from '../../vocab'
import { contentTypeOf, INDEXED_COLLECTIONS, type ContentCollection } from '../../model/content-types'
import { searchDocumentId, type SearchDocType, type SearchDocument, type SearchLocale } from '../document'

/**
 * Payload records (as read by the public, in one locale, depth 1) to search documents.
 * Relations that the public may not read (a draft pilot) arrive as bare ids and are left out.
 */

type Record_ = Record<string, unknown> & { id: number | string; updatedAt?: string; createdAt?: string }

/** What the mapping needs to know about a record besides its fields (source.ts reads it). */
export interface RecordContext {
  /**
   * The language of the record's text in this locale: the locale itself, or the other language
   * when the record has no translation here and is indexed with its original text.
   */
  contentLanguage?: SearchLocale
  /** When an editor first published the record (its first 'publish' review event), if ever. */
  firstPublishedAt?: string | null
}

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

function base(collection: IndexedCollection, record: Record_, locale: SearchLocale, title: string, context: RecordContext) {
  const themes = strings(record.themes)
  return {
    id: searchDocumentId(docTypeOf(collection), record.id, locale),
    type: docTypeOf(collection),
    recordId: String(record.id),
    locale,
    contentLanguage: context.contentLanguage ?? locale,
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

/*
 * The year facet comes from the record's own dates, never from when the row was written (a seed
 * run, an import): a pilot's start (else its end), a document's date; a practice or a lesson has
 * no date of its own, so it is the year an editor first published it. Without any of these the
 * record has no year. A pilot counts once, in its start year, like every other record (a
 * facet whose counts add up to the records shown); its whole period is on its page.
 */
const firstPublished = (context: RecordContext) => yearOf(context.firstPublishedAt)

export function pilotToSearchDocument(record: Record_, locale: SearchLocale, context: RecordContext = {}): SearchDocument {
  const period = (record.period ?? {}) as Record_
  const funding = (record.funding ?? {}) as Record_
  const indicators = Array.isArray(record.indicators) ? (record.indicators as Record_[]) : []
  return {
    ...base('pilots', record, locale, text(record.name), context),
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
    year: yearOf(period.start) ?? yearOf(period.end) ?? firstPublished(context),
    languages: [],
    fundingInstruments: strings(funding.instruments),
  }
}

export function practiceToSearchDocument(record: Record_, locale: SearchLocale, context: RecordContext = {}): SearchDocument {
  const steps = Array.isArray(record.steps) ? (record.steps as Record_[]) : []
  const resources = (record.resources ?? {}) as Record_
  return {
    ...base('practices', record, locale, text(record.title), context),
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
    year: firstPublished(context),
    languages: strings(record.deliveryLanguages),
    fundingInstruments: [],
  }
}

export function lessonToSearchDocument(record: Record_, locale: SearchLocale, context: RecordContext = {}): SearchDocument {
  return {
    ...base('lessons', record, locale, text(record.title), context),
    ...withPilots(pilotRefs(record.pilot)),
    body: joinText(...['context', 'expected', 'whatHappened', 'why', 'recommendation'].map((field) => lexicalToPlainText(record[field]))),
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: text(record.kind) || null,
    year: firstPublished(context),
    languages: [],
    fundingInstruments: [],
  }
}

export function documentToSearchDocument(record: Record_, locale: SearchLocale, context: RecordContext = {}): SearchDocument {
  return {
    ...base('documents', record, locale, text(record.title), context),
    ...withPilots(pilotRefs(record.pilot)),
    body: joinText(text(record.organisation), text(record.fileText)),
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: null,
    year: yearOf(record.date) ?? firstPublished(context),
    languages: strings(record.languages),
    fundingInstruments: [],
  }
}

export const toSearchDocument: Record<
  IndexedCollection,
  (record: Record_, locale: SearchLocale, context?: RecordContext) => SearchDocument
> = {
  pilots: pilotToSearchDocument,
  practices: practiceToSearchDocument,
  lessons: lessonToSearchDocument,
  documents: documentToSearchDocument,
}
