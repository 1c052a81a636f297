import { z } from 'zod'

import { CONTENT_TYPES, contentTypes, type ContentType } from '../model/content-types'

/**
 * The search document: one per published record per locale. It is the only shape the
 * search engines see; mapping a Payload record to it happens elsewhere (sync tasks).
 */
/** The content types whose published records are indexed (the registry's `indexed` entries). */
export const SEARCH_DOC_TYPES = CONTENT_TYPES.filter((type) => contentTypes[type].indexed) as [ContentType, ...ContentType[]]
export type SearchDocType = ContentType

export const SEARCH_LOCALES = ['en', 'fr'] as const
export type SearchLocale = (typeof SEARCH_LOCALES)[number]

export interface SearchDocument {
  /** `${type}-${recordId}-${locale}`, e.g. 'practice-12-fr' (only [A-Za-z0-9_-]). */
  id: string
  type: SearchDocType
  recordId: string
  locale: SearchLocale
  /**
   * The language the text is written in: the locale, or the other language when the record has
   * no translation in this locale and is indexed with its original text (the site shows a badge
   * and marks the text with `lang`).
   */
  contentLanguage: SearchLocale
  slug: string
  title: string
  /** Plain text. */
  summary: string
  /** Plain text: flattened rich text, and for documents the extracted file text. */
  body: string
  /** Denormalised names of the linked pilots. */
  pilotNames: string[]
  pilotSlugs: string[]
  /** ISO 3166-1 alpha-2 codes, e.g. 'BE'. */
  countries: string[]
  /** Second-level theme codes. */
  themes: string[]
  /** First-level theme group codes. */
  themeGroups: string[]
  targetGroups: string[]
  interventionTypes: string[]
  evidenceLevel: string | null
  lessonKind: string | null
  /** Year of the record (pilot start, document date, publication). */
  year: number | null
  /** ISO 639-1 delivery / document languages. */
  languages: string[]
  fundingInstruments: string[]
  /** Epoch milliseconds, for the "newest" sort. */
  publishedAt: number
  isSample: boolean
}

/** Meilisearch accepts ids of at most 511 bytes made of letters, digits, '-' and '_'. */
export const SEARCH_DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/

/** The id of the search document of one record in one locale, e.g. `practice-12-fr`. */
export function searchDocumentId(type: SearchDocType, recordId: string | number, locale: SearchLocale): string {
  const id = `${type}-${recordId}-${locale}`
  if (!SEARCH_DOCUMENT_ID_PATTERN.test(id)) {
    throw new Error(`Invalid search document id "${id}": record ids may only contain letters, digits, '-' and '_'`)
  }
  return id
}

/**
 * Private characters the engines wrap matches in before the highlight is escaped and turned
 * into <mark> (see highlight.ts). They are removed from every indexed text, so a record can
 * never forge a highlight.
 */
export const HIGHLIGHT_START = '\u0001'
export const HIGHLIGHT_END = '\u0002'

/** Removes the highlight sentinels (and NUL) from a text that goes into an index. */
export function stripSentinels(text: string): string {
  return text.replace(/[\u0000\u0001\u0002]/g, '')
}

const code = z.string().min(1).max(200)
const text = z.string().max(5_000_000)

const searchDocumentSchema = z
  .object({
    id: z.string().regex(SEARCH_DOCUMENT_ID_PATTERN, 'only letters, digits, - and _ (max 511)'),
    type: z.enum(SEARCH_DOC_TYPES),
    recordId: z.string().min(1).max(200),
    locale: z.enum(SEARCH_LOCALES),
    contentLanguage: z.enum(SEARCH_LOCALES),
    slug: z.string().max(500),
    title: text,
    summary: text,
    body: text,
    pilotNames: z.array(z.string().max(500)),
    pilotSlugs: z.array(code),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 (two uppercase letters)')),
    themes: z.array(code),
    themeGroups: z.array(code),
    targetGroups: z.array(code),
    interventionTypes: z.array(code),
    evidenceLevel: code.nullable(),
    lessonKind: code.nullable(),
    year: z.number().int().min(0).max(9999).nullable(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 (two lowercase letters)')),
    fundingInstruments: z.array(code),
    publishedAt: z.number().finite(),
    isSample: z.boolean(),
  })
  .superRefine((doc, ctx) => {
    if (doc.id !== `${doc.type}-${doc.recordId}-${doc.locale}`) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must equal "${doc.type}-${doc.recordId}-${doc.locale}" (type-recordId-locale)`,
      })
    }
  })

/**
 * Validates a document before it goes into an index and returns a clean copy: sentinel
 * characters stripped from every text, arrays copied. Throws an Error naming the field.
 */
export function prepareSearchDocument(input: SearchDocument): SearchDocument {
  const parsed = searchDocumentSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || '(document)'
    const id = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : '?'
    throw new Error(`Invalid search document ${id}: ${field}: ${issue?.message ?? 'invalid'}`)
  }
  const doc = parsed.data
  return {
    ...doc,
    slug: stripSentinels(doc.slug),
    title: stripSentinels(doc.title),
    summary: stripSentinels(doc.summary),
    body: stripSentinels(doc.body),
    pilotNames: doc.pilotNames.map(stripSentinels),
    pilotSlugs: [...doc.pilotSlugs],
    countries: [...doc.countries],
    themes: [...doc.themes],
    themeGroups: [...doc.themeGroups],
    targetGroups: [...doc.targetGroups],
    interventionTypes: [...doc.interventionTypes],
    languages: [...doc.languages],
    fundingInstruments: [...doc.fundingInstruments],
  }
}
