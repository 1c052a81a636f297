import { label, type LocalizedLabel } from '../core/labels'

/**
 * The content model's registry: each content type of the hub written once. Access rules, the
 * review workflow, search, the public site, the seed and the command-line tasks read these
 * entries instead of listing the types themselves.
 */

type ContentTypeEntry = {
  /** The Payload collection slug. */
  collection: string
  /** The relation field that ties a record to its pilot(s); a pilot's own pilot is itself (`id`). */
  pilotField: 'id' | 'pilot' | 'pilots'
  /** The field that names a record (its title in lists, mails and the history). */
  titleField: 'name' | 'title'
  /** The public pages: /<locale>/<path> lists them, /<locale>/<path>/<slug> shows one. */
  path: string
  label: LocalizedLabel
  plural: LocalizedLabel
  /** Published records go to the search index. */
  indexed: boolean
  /** Changes go through the review workflow (src/workflow). */
  reviewed: boolean
}

export const contentTypes = {
  pilot: {
    collection: 'pilots',
    pilotField: 'id',
    titleField: 'name',
    path: 'pilots',
    label: label('Pilot', 'Projet pilote'),
    plural: label('Pilots', 'Projets pilotes'),
    indexed: true,
    reviewed: true,
  },
  practice: {
    collection: 'practices',
    pilotField: 'pilots',
    titleField: 'title',
    path: 'practices',
    label: label('Practice', 'Pratique'),
    plural: label('Practices', 'Pratiques'),
    indexed: true,
    reviewed: true,
  },
  lesson: {
    collection: 'lessons',
    pilotField: 'pilot',
    titleField: 'title',
    path: 'lessons',
    label: label('Lesson', 'Enseignement'),
    plural: label('Lessons', 'Enseignements'),
    indexed: true,
    reviewed: true,
  },
  document: {
    collection: 'documents',
    pilotField: 'pilot',
    titleField: 'title',
    path: 'documents',
    label: label('Document', 'Document'),
    plural: label('Documents', 'Documents'),
    indexed: true,
    reviewed: true,
  },
} as const satisfies Record<string, ContentTypeEntry>

export type ContentType = keyof typeof contentTypes
export type ContentCollection = (typeof contentTypes)[ContentType]['collection']
/** Record types that belong to a pilot (every content type but the pilot itself). */
export type PilotRecordType = Exclude<ContentType, 'pilot'>

export const CONTENT_TYPES = Object.keys(contentTypes) as ContentType[]
export const CONTENT_COLLECTIONS = CONTENT_TYPES.map((type) => contentTypes[type].collection) as ContentCollection[]

const typeByCollection = new Map<string, ContentType>(CONTENT_TYPES.map((type) => [contentTypes[type].collection, type]))

export const isContentCollection = (value: unknown): value is ContentCollection => typeof value === 'string' && typeByCollection.has(value)

export const isContentType = (value: unknown): value is ContentType => typeof value === 'string' && value in contentTypes

/** The content type of a collection slug, e.g. 'practices' -> 'practice'. */
export function contentTypeOf(collection: ContentCollection): ContentType {
  return typeByCollection.get(collection)!
}

/** The registry entry of a collection slug. */
export const entryOf = (collection: ContentCollection) => contentTypes[contentTypeOf(collection)]

/** The pilot relation field of a collection ('pilots', 'pilot', or 'id' for the pilots themselves). */
export const pilotFieldOf = (collection: ContentCollection) => entryOf(collection).pilotField

/** Collections whose published records are searchable, and those under review. */
export const INDEXED_COLLECTIONS = CONTENT_COLLECTIONS.filter((collection) => entryOf(collection).indexed)
export const REVIEWED_COLLECTIONS = CONTENT_COLLECTIONS.filter((collection) => entryOf(collection).reviewed)
