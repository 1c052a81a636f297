import type { FlattenedField, Payload } from 'payload'

import type { LocalizedLabel } from '../core/labels'
import { lexicalToPlainText } from '../core/lexical'
import { locales } from '../core/locale'
import { adminLanguageOf, adminMessages, type AdminLanguage } from '../i18n/admin'
import type { WorkflowCollection } from './states'

/**
 * What a submission changes against the published version of its record, field by field, as
 * plain text an editor can read in the review queue: each localized field per locale, select
 * codes as their labels, relations as the related records' names, rich text as its text.
 * Payload's version comparison view shows the same in full (`compareLink`).
 */

export type FieldChange = { field: string; before: string; after: string }

export type SubmissionChange =
  { kind: 'new'; filled: string[]; compareLink: null } | { kind: 'changed'; changes: FieldChange[]; compareLink: string | null }

/** Fields that say who moderates and when, not what the record says. */
const moderationFields = new Set([
  'reviewState',
  'reviewNote',
  'submittedBy',
  'submittedAt',
  'lastEditedBy',
  'lastReviewed',
  '_status',
  'updatedAt',
  'createdAt',
  'id',
  // Upload bookkeeping: the file itself is compared by `filename`.
  'url',
  'thumbnailURL',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'mimeType',
  'sizes',
])

type Data = Record<string, unknown>

const labelText = (label: unknown, name: string, language: AdminLanguage): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Partial<LocalizedLabel>)[language] ?? name
  return name
}

const clip = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

type Resolver = (collection: string, ids: (number | string)[]) => Promise<Map<string, string>>

async function valueText(field: FlattenedField, value: unknown, language: AdminLanguage, resolve: Resolver): Promise<string> {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return ''
  switch (field.type) {
    case 'richText':
      return lexicalToPlainText(value)
    case 'select':
    case 'radio': {
      const values = Array.isArray(value) ? value : [value]
      return values
        .map((code) => {
          const option = field.options.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === code)
          return option && typeof option === 'object' ? labelText(option.label, String(code), language) : String(code)
        })
        .join(', ')
    }
    case 'checkbox':
      return value ? (language === 'fr' ? 'oui' : 'yes') : language === 'fr' ? 'non' : 'no'
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return JSON.stringify(value)
      const ids = (Array.isArray(value) ? value : [value]).map((item) =>
        item && typeof item === 'object' ? (item as { id: number | string }).id : (item as number | string),
      )
      const names = await resolve(field.relationTo, ids)
      return ids.map((id) => names.get(String(id)) ?? `#${id}`).join(', ')
    }
    case 'array': {
      const rows = Array.isArray(value) ? (value as Data[]) : []
      const parts: string[] = []
      for (const row of rows) {
        const cells: string[] = []
        for (const sub of field.flattenedFields) {
          if (!('name' in sub) || sub.name === 'id') continue
          const text = await valueText(sub, localizedValue(sub, row[sub.name], language), language, resolve)
          if (text) cells.push(text)
        }
        parts.push(cells.join(': '))
      }
      return parts.map((part, index) => `${index + 1}. ${part}`).join('\n')
    }
    case 'json':
    case 'point':
      return JSON.stringify(value)
    case 'date':
      return String(value).slice(0, 10)
    default:
      return String(value)
  }
}

/** A value read with `locale: 'all'` is `{ en, fr }` for localized fields: nested ones are shown in the reader's language. */
const localizedValue = (field: FlattenedField, value: unknown, language: AdminLanguage) =>
  'localized' in field && field.localized && value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)
    ? ((value as Record<string, unknown>)[language] ?? (value as Record<string, unknown>).en)
    : value

type Leaf = { label: string; field: FlattenedField; before: unknown; after: unknown }

/** Every data field of the record, groups opened, localized fields once per locale. */
function leaves(fields: FlattenedField[], before: Data, after: Data, language: AdminLanguage, prefix = ''): Leaf[] {
  const result: Leaf[] = []
  for (const field of fields) {
    if (!('name' in field) || moderationFields.has(field.name) || field.type === 'join') continue
    const label = `${prefix}${field.name === 'filename' && !field.label ? adminMessages(language).file : labelText(field.label, field.name, language)}`
    if (field.type === 'group') {
      result.push(
        ...leaves(field.flattenedFields, (before[field.name] ?? {}) as Data, (after[field.name] ?? {}) as Data, language, `${label} › `),
      )
      continue
    }
    if ('localized' in field && field.localized) {
      for (const locale of locales) {
        const pick = (data: Data) => ((data[field.name] ?? {}) as Record<string, unknown>)[locale]
        result.push({ label: `${label} (${locale.toUpperCase()})`, field, before: pick(before), after: pick(after) })
      }
      continue
    }
    result.push({ label, field, before: before[field.name], after: after[field.name] })
  }
  return result
}

/** Names of related records, read by the system (the queue shows editors what they review). */
function nameResolver(payload: Payload, language: AdminLanguage): Resolver {
  const cache = new Map<string, Map<string, string>>()
  return async (collection, ids) => {
    const known = cache.get(collection) ?? new Map<string, string>()
    cache.set(collection, known)
    const missing = ids.filter((id) => !known.has(String(id)))
    if (missing.length && payload.collections[collection as 'pilots']) {
      const config = payload.collections[collection as 'pilots'].config
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection: collection as 'pilots',
        where: { id: { in: missing } },
        locale: language,
        depth: 0,
        limit: missing.length,
        pagination: false,
        overrideAccess: true,
        select: collection === 'users' ? { name: true } : { [titleField]: true },
      })
      for (const doc of docs as Data[]) known.set(String(doc.id), String(doc[collection === 'users' ? 'name' : titleField] ?? doc.id))
    }
    return known
  }
}

/** The change a submission makes against its record's published version (a new record: what it fills in). */
export async function submissionChange(
  payload: Payload,
  collection: WorkflowCollection,
  id: number | string,
  languageArg: unknown,
): Promise<SubmissionChange> {
  const language = adminLanguageOf(languageArg)
  const read = (draft: boolean) =>
    payload
      .findByID({ collection, id, draft, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })
      .then((doc) => (doc as Data | null) ?? null)
  const [latest, main] = await Promise.all([read(true), read(false)])
  const fields = payload.collections[collection].config.flattenedFields
  const resolve = nameResolver(payload, language)
  const published = main && main._status === 'published' ? main : null
  const pairs = leaves(fields, published ?? {}, latest ?? {}, language)
  if (!published) {
    const filled: string[] = []
    for (const pair of pairs) {
      // An unticked box is not something the contributor filled in.
      if (pair.field.type === 'checkbox' && !pair.after) continue
      if (await valueText(pair.field, pair.after, language, resolve)) filled.push(pair.label)
    }
    return { kind: 'new', filled, compareLink: null }
  }
  const changes: FieldChange[] = []
  for (const pair of pairs) {
    const [before, after] = await Promise.all([
      valueText(pair.field, pair.before, language, resolve),
      valueText(pair.field, pair.after, language, resolve),
    ])
    if (before !== after) changes.push({ field: pair.label, before: clip(before), after: clip(after) })
  }
  return { kind: 'changed', changes, compareLink: await compareLinkOf(payload, collection, id) }
}

/** Payload's version view of the latest version, compared with the published one. */
async function compareLinkOf(payload: Payload, collection: WorkflowCollection, id: number | string): Promise<string | null> {
  const versions = (where: Record<string, unknown>) =>
    payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, where] } as never,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { updatedAt: true } as never,
    })
  const [latest, published] = await Promise.all([
    versions({ latest: { equals: true } }),
    versions({ 'version._status': { equals: 'published' } }),
  ])
  const to = latest.docs[0]?.id
  const from = published.docs[0]?.id
  if (!to) return null
  const admin = payload.config.routes.admin
  return `${admin}/collections/${collection}/${id}/versions/${to}${from ? `?versionFrom=${from}` : ''}`
}
