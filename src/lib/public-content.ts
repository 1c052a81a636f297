import { contactTarget } from '../contact/relay'
import type { Locale } from './locale'
import { hubPayload } from './payload'
import { slugPattern } from './slug'

/**
 * Reads for the public site. Each runs as an anonymous reader (`overrideAccess: false`, no user,
 * `draft: false`), so the collections' access rules decide: only published records come back.
 * Every query sets `depth` and `select`, so a page never reads more than it shows.
 */

type Row = Record<string, unknown> & { id: number | string }
type Collection = 'pilots' | 'practices' | 'lessons' | 'documents'

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((v): v is Row => Boolean(v) && typeof v === 'object') : [])

/** The anonymous reader: the one set of options every public query shares. */
const anonymous = (locale: Locale) => ({ locale, fallbackLocale: 'en', overrideAccess: false, user: null, draft: false }) as const

async function findPublic(
  collection: Collection,
  locale: Locale,
  options: { where?: Record<string, unknown>; select: Record<string, unknown>; depth?: number; limit?: number; sort?: string },
): Promise<Row[]> {
  const payload = await hubPayload()
  const { docs } = await payload.find({
    collection,
    ...anonymous(locale),
    depth: options.depth ?? 0,
    limit: options.limit ?? 100,
    pagination: false,
    ...(options.sort ? { sort: options.sort } : {}),
    ...(options.where ? { where: options.where as never } : {}),
    select: options.select as never,
  })
  return docs as unknown as Row[]
}

/** A slug from a URL that could name a record (the same rule as the slug field): others are a 404 without a query. */
const isPlausibleSlug = (slug: string) => slug.length <= 200 && slugPattern.test(slug)

async function oneBySlug(collection: Collection, locale: Locale, slug: string, select: Record<string, unknown>, depth = 0) {
  if (!isPlausibleSlug(slug)) return null
  const docs = await findPublic(collection, locale, { where: { slug: { equals: slug } }, select, depth, limit: 1 })
  return docs[0] ?? null
}

// ---------------------------------------------------------------- pilots

export type PilotCard = {
  id: number
  slug: string
  name: string
  country: string
  place: string | null
  implementer: string
  summary: string
  status: string
}

const pilotCardSelect = { slug: true, name: true, country: true, place: true, implementer: true, summary: true, projectStatus: true }

const toPilotCard = (doc: Row): PilotCard => ({
  id: Number(doc.id),
  slug: text(doc.slug),
  name: text(doc.name),
  country: text(doc.country),
  place: textOrNull(doc.place),
  implementer: text(doc.implementer),
  summary: text(doc.summary),
  status: text(doc.projectStatus),
})

export async function listPilots(locale: Locale): Promise<PilotCard[]> {
  const docs = await findPublic('pilots', locale, { select: pilotCardSelect, sort: 'name' })
  return docs.map(toPilotCard)
}

export type Indicator = {
  label: string
  unit: string | null
  baseline: number | null
  target: number | null
  actual: number | null
  source: string | null
  isSample: boolean
}

export type PilotPage = PilotCard & {
  partners: string[]
  period: { start: string | null; end: string | null }
  body: unknown
  themes: string[]
  targetGroups: string[]
  interventionTypes: string[]
  funding: {
    euGrant: { programme: string | null; fund: string | null }
    cebLoan: { borrower: string | null; amountEur: number | null; year: number | null }
    coFinancing: { organisation: string; instrument: string; amountEur: number | null }[]
    instruments: string[]
  }
  indicators: Indicator[]
  isSample: boolean
  lastReviewed: string | null
  updatedAt: string | null
}

export async function getPilot(locale: Locale, slug: string): Promise<PilotPage | null> {
  const doc = await oneBySlug('pilots', locale, slug, {
    ...pilotCardSelect,
    partners: true,
    period: true,
    body: true,
    themes: true,
    targetGroups: true,
    interventionTypes: true,
    funding: true,
    indicators: true,
    isSample: true,
    lastReviewed: true,
    updatedAt: true,
  })
  if (!doc) return null
  const period = (doc.period ?? {}) as Row
  const funding = (doc.funding ?? {}) as Row
  const euGrant = (funding.euGrant ?? {}) as Row
  const cebLoan = (funding.cebLoan ?? {}) as Row
  return {
    ...toPilotCard(doc),
    partners: rows(doc.partners)
      .map((row) => text(row.name))
      .filter(Boolean),
    period: { start: textOrNull(period.start), end: textOrNull(period.end) },
    body: doc.body ?? null,
    themes: strings(doc.themes),
    targetGroups: strings(doc.targetGroups),
    interventionTypes: strings(doc.interventionTypes),
    funding: {
      euGrant: { programme: textOrNull(euGrant.programme), fund: textOrNull(euGrant.fund) },
      cebLoan: { borrower: textOrNull(cebLoan.borrower), amountEur: numberOrNull(cebLoan.amountEur), year: numberOrNull(cebLoan.year) },
      coFinancing: rows(funding.coFinancing).map((row) => ({
        organisation: text(row.organisation),
        instrument: text(row.instrument),
        amountEur: numberOrNull(row.amountEur),
      })),
      instruments: strings(funding.instruments),
    },
    indicators: rows(doc.indicators).map((row) => ({
      label: text(row.label),
      unit: textOrNull(row.unit),
      baseline: numberOrNull(row.baseline),
      target: numberOrNull(row.target),
      actual: numberOrNull(row.actual),
      source: textOrNull(row.source),
      isSample: row.isSample === true,
    })),
    isSample: doc.isSample === true,
    lastReviewed: textOrNull(doc.lastReviewed),
    updatedAt: textOrNull(doc.updatedAt),
  }
}

/**
 * Whether the pilot's page offers "Ask the pilot team": a relay address is set. The address is
 * read by the relay's own reader (src/contact/relay.ts) and goes no further than this boolean.
 */
export async function pilotAcceptsMessages(pilotId: number): Promise<boolean> {
  const target = await contactTarget(await hubPayload(), String(pilotId))
  return Boolean(target?.address)
}

// ---------------------------------------------------------------- practices, lessons, documents

/** A linked pilot as the public may see it: a relation to an unpublished pilot arrives as a bare id and is dropped. */
export type PilotRef = { slug: string; name: string; country: string }
const pilotRefs = (value: unknown): PilotRef[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .filter((item): item is Row => Boolean(item) && typeof item === 'object')
    .map((pilot) => ({ slug: text(pilot.slug), name: text(pilot.name), country: text(pilot.country) }))
    .filter((pilot) => pilot.slug)

/** Relations are read at depth 1 with only what a link needs. */
const pilotRefPopulate = { pilots: { slug: true, name: true, country: true } }

export type RecordCard = {
  type: 'practice' | 'lesson' | 'document'
  id: number
  slug: string
  title: string
  summary: string
  isSample: boolean
  pilots: PilotRef[]
  updatedAt: string | null
  /** Practice: evidence level; lesson: kind; document: kind. */
  tag: string | null
}

const cardSelect = { slug: true, title: true, summary: true, isSample: true, updatedAt: true, createdAt: true }

async function findCards(
  type: RecordCard['type'],
  locale: Locale,
  options: { where?: Record<string, unknown>; limit?: number; sort?: string } = {},
): Promise<RecordCard[]> {
  const collection = (type + 's') as Collection
  const relation = type === 'practice' ? 'pilots' : 'pilot'
  const tag = type === 'practice' ? 'evidenceLevel' : 'kind'
  const payload = await hubPayload()
  const { docs } = await payload.find({
    collection,
    ...anonymous(locale),
    depth: 1,
    limit: options.limit ?? 100,
    pagination: false,
    sort: options.sort ?? '-updatedAt',
    ...(options.where ? { where: options.where as never } : {}),
    select: { ...cardSelect, [relation]: true, [tag]: true } as never,
    populate: pilotRefPopulate as never,
  })
  return (docs as unknown as Row[]).map((doc) => ({
    type,
    id: Number(doc.id),
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    isSample: doc.isSample === true,
    pilots: pilotRefs(doc[relation]),
    updatedAt: textOrNull(doc.updatedAt),
    tag: textOrNull(doc[tag]),
  }))
}

export const listNewest = (type: RecordCard['type'], locale: Locale, limit: number) => findCards(type, locale, { limit })

export async function recordsOfPilot(locale: Locale, pilotId: number) {
  const [practices, lessons, documents] = await Promise.all([
    findCards('practice', locale, { where: { pilots: { in: [pilotId] } }, sort: 'title' }),
    findCards('lesson', locale, { where: { pilot: { equals: pilotId } }, sort: 'title' }),
    findCards('document', locale, { where: { pilot: { equals: pilotId } }, sort: '-date' }),
  ])
  return { practices, lessons, documents }
}

export type PracticePage = {
  id: number
  slug: string
  title: string
  summary: string
  pilots: PilotRef[]
  problem: unknown
  steps: { title: string; description: string | null }[]
  resources: { staff: string | null; costPerParticipantEur: number | null }
  results: unknown
  evidenceLevel: string
  transferConditions: unknown
  deliveryLanguages: string[]
  themes: string[]
  targetGroups: string[]
  interventionTypes: string[]
  isSample: boolean
  lastReviewed: string | null
  updatedAt: string | null
}

export async function getPractice(locale: Locale, slug: string): Promise<PracticePage | null> {
  const doc = await oneBySlug(
    'practices',
    locale,
    slug,
    {
      slug: true,
      title: true,
      summary: true,
      pilots: true,
      problem: true,
      steps: true,
      resources: true,
      results: true,
      evidenceLevel: true,
      transferConditions: true,
      deliveryLanguages: true,
      themes: true,
      targetGroups: true,
      interventionTypes: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    },
    1,
  )
  if (!doc) return null
  const resources = (doc.resources ?? {}) as Row
  return {
    id: Number(doc.id),
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    pilots: pilotRefs(doc.pilots),
    problem: doc.problem ?? null,
    steps: rows(doc.steps).map((row) => ({ title: text(row.title), description: textOrNull(row.description) })),
    resources: { staff: textOrNull(resources.staff), costPerParticipantEur: numberOrNull(resources.costPerParticipantEur) },
    results: doc.results ?? null,
    evidenceLevel: text(doc.evidenceLevel),
    transferConditions: doc.transferConditions ?? null,
    deliveryLanguages: strings(doc.deliveryLanguages),
    themes: strings(doc.themes),
    targetGroups: strings(doc.targetGroups),
    interventionTypes: strings(doc.interventionTypes),
    isSample: doc.isSample === true,
    lastReviewed: textOrNull(doc.lastReviewed),
    updatedAt: textOrNull(doc.updatedAt),
  }
}

/** Other published practices sharing at least one theme, most shared themes first. */
export async function relatedPractices(locale: Locale, practice: Pick<PracticePage, 'id' | 'themes'>, limit = 4): Promise<RecordCard[]> {
  if (practice.themes.length === 0) return []
  const payload = await hubPayload()
  const { docs } = await payload.find({
    collection: 'practices',
    ...anonymous(locale),
    depth: 1,
    limit: 50,
    pagination: false,
    where: { and: [{ themes: { in: practice.themes } }, { id: { not_equals: practice.id } }] } as never,
    select: { ...cardSelect, pilots: true, evidenceLevel: true, themes: true } as never,
    populate: pilotRefPopulate as never,
  })
  return (docs as unknown as Row[])
    .map((doc) => ({ doc, shared: strings(doc.themes).filter((theme) => practice.themes.includes(theme)).length }))
    .sort((a, b) => b.shared - a.shared || text(a.doc.title).localeCompare(text(b.doc.title), locale))
    .slice(0, limit)
    .map(({ doc }) => ({
      type: 'practice' as const,
      id: Number(doc.id),
      slug: text(doc.slug),
      title: text(doc.title),
      summary: text(doc.summary),
      isSample: doc.isSample === true,
      pilots: pilotRefs(doc.pilots),
      updatedAt: textOrNull(doc.updatedAt),
      tag: textOrNull(doc.evidenceLevel),
    }))
}

/** Practices and lessons linked to a document (for the document page). */

export type LessonPage = {
  id: number
  slug: string
  title: string
  summary: string
  pilots: PilotRef[]
  kind: string
  phase: string
  context: unknown
  expected: unknown
  whatHappened: unknown
  why: unknown
  recommendation: unknown
  audience: string[]
  themes: string[]
  documents: { slug: string; title: string; kind: string; isSample: boolean }[]
  isSample: boolean
  lastReviewed: string | null
  updatedAt: string | null
}

export async function getLesson(locale: Locale, slug: string): Promise<LessonPage | null> {
  const payload = await hubPayload()
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'lessons',
    ...anonymous(locale),
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      slug: true,
      title: true,
      summary: true,
      pilot: true,
      kind: true,
      phase: true,
      context: true,
      expected: true,
      whatHappened: true,
      why: true,
      recommendation: true,
      audience: true,
      themes: true,
      documents: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    } as never,
    populate: { ...pilotRefPopulate, documents: { slug: true, title: true, kind: true, isSample: true } } as never,
  })
  const doc = docs[0] as unknown as Row | undefined
  if (!doc) return null
  return {
    id: Number(doc.id),
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    pilots: pilotRefs(doc.pilot),
    kind: text(doc.kind),
    phase: text(doc.phase),
    context: doc.context ?? null,
    expected: doc.expected ?? null,
    whatHappened: doc.whatHappened ?? null,
    why: doc.why ?? null,
    recommendation: doc.recommendation ?? null,
    audience: strings(doc.audience),
    themes: strings(doc.themes),
    documents: rows(doc.documents)
      .map((row) => ({ slug: text(row.slug), title: text(row.title), kind: text(row.kind), isSample: row.isSample === true }))
      .filter((row) => row.slug),
    isSample: doc.isSample === true,
    lastReviewed: textOrNull(doc.lastReviewed),
    updatedAt: textOrNull(doc.updatedAt),
  }
}

export type DocumentPage = {
  id: number
  slug: string
  title: string
  summary: string
  kind: string
  date: string | null
  languages: string[]
  organisation: string | null
  licence: string
  pilots: PilotRef[]
  themes: string[]
  url: string | null
  filename: string | null
  mimeType: string | null
  filesize: number | null
  isSample: boolean
  lastReviewed: string | null
  updatedAt: string | null
}

export async function getDocument(locale: Locale, slug: string): Promise<DocumentPage | null> {
  const payload = await hubPayload()
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'documents',
    ...anonymous(locale),
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      slug: true,
      title: true,
      summary: true,
      kind: true,
      date: true,
      languages: true,
      organisation: true,
      licence: true,
      pilot: true,
      themes: true,
      url: true,
      filename: true,
      mimeType: true,
      filesize: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    } as never,
    populate: pilotRefPopulate as never,
  })
  const doc = docs[0] as unknown as Row | undefined
  if (!doc) return null
  return {
    id: Number(doc.id),
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    kind: text(doc.kind),
    date: textOrNull(doc.date),
    languages: strings(doc.languages),
    organisation: textOrNull(doc.organisation),
    licence: text(doc.licence),
    pilots: pilotRefs(doc.pilot),
    themes: strings(doc.themes),
    url: textOrNull(doc.url),
    filename: textOrNull(doc.filename),
    mimeType: textOrNull(doc.mimeType),
    filesize: numberOrNull(doc.filesize),
    isSample: doc.isSample === true,
    lastReviewed: textOrNull(doc.lastReviewed),
    updatedAt: textOrNull(doc.updatedAt),
  }
}

/** Lessons that link a document (for the document page). */
export const lessonsLinkingDocument = (locale: Locale, documentId: number) =>
  findCards('lesson', locale, { where: { documents: { in: [documentId] } }, sort: 'title' })

// ---------------------------------------------------------------- discovery

export type SitemapRecord = { type: 'pilot' | 'practice' | 'lesson' | 'document'; slug: string; updatedAt: string | null }

/** Every published record (slug and date): the sitemap. Slugs are shared by the locales. */
export async function allPublishedRecords(): Promise<SitemapRecord[]> {
  const types = ['pilot', 'practice', 'lesson', 'document'] as const
  const lists = await Promise.all(
    types.map(async (type) => {
      const docs = await findPublic((type + 's') as Collection, 'en', { select: { slug: true, updatedAt: true }, limit: 10_000 })
      return docs.map((doc) => ({ type, slug: text(doc.slug), updatedAt: textOrNull(doc.updatedAt) })).filter((doc) => doc.slug)
    }),
  )
  return lists.flat()
}

/** Newest published practices and lessons together, for the feed. */
export async function newestForFeed(locale: Locale, limit = 30): Promise<RecordCard[]> {
  const [practices, lessons] = await Promise.all([
    findCards('practice', locale, { limit, sort: '-createdAt' }),
    findCards('lesson', locale, { limit, sort: '-createdAt' }),
  ])
  return [...practices, ...lessons].sort((a, b) => Date.parse(b.updatedAt ?? '') - Date.parse(a.updatedAt ?? '')).slice(0, limit)
}
