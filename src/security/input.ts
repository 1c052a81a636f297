import type { CollectionBeforeOperationHook, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { validOperators } from 'payload/shared'

import { PublicError } from './errors'

/**
 * Bad input answers 400 naming the problem, before it reaches the database (where it was a 500:
 * "invalid input syntax for type integer", a negative OFFSET, a bigint overflow, an operator the
 * column type has not got). A hook on every collection, so REST, GraphQL and the Local API with
 * user input all get the same answer: ids, `where` (operators against field types, values against
 * ids, numbers, dates, booleans and select options), `page`, `limit`, NUL characters.
 */

const MAX_ID = 2_147_483_647
const MAX_PAGE = 1_000_000_000
const MAX_LIMIT = 1_000_000_000
const OPERATORS = new Set<string>(validOperators)
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const refuse = (message: string) => new PublicError(message, 400, undefined, 'ValidationError')
const show = (value: unknown) => JSON.stringify(value)

/** A record id of a collection with numeric ids: a whole number from 1 to 2147483647. */
export function isRecordId(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_ID
}
const RANGES = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
/** A bound of a range of ids: a whole number from 0 to 2147483647. */
const isIdBound = (value: unknown) => value === 0 || value === '0' || isRecordId(value)
const idProblem = (name: string, value: unknown) => `${name}: ${show(value)} is not a record id (a whole number from 1 to ${MAX_ID})`

const hasNul = (value: unknown): boolean => typeof value === 'string' && value.includes('\u0000')

/** What a `where` path points at, as far as it can be told; unknown paths are left to Payload (it answers 400 itself). */
type Target = { kind: 'id' } | { kind: 'field'; field: FlattenedField } | { kind: 'relationTo'; options: string[] } | null

function numericIds(payload: Payload, slug: string): boolean {
  return !payload.collections[slug as 'users']?.customIDType
}

function resolvePath(payload: Payload, fields: FlattenedField[], segments: string[], slug: string): Target {
  const [head, ...rest] = segments
  if (head === undefined) return null
  if (head === 'id' && rest.length === 0) return numericIds(payload, slug) ? { kind: 'id' } : null
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return null
  if (rest.length === 0) return { kind: 'field', field }
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      return resolvePath(payload, field.flattenedFields, rest, slug)
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        if (rest.length !== 1) return null
        if (rest[0] === 'relationTo') return { kind: 'relationTo', options: field.relationTo }
        if (rest[0] === 'value') return field.relationTo.every((to) => numericIds(payload, to)) ? { kind: 'id' } : null
        return null
      }
      const related = payload.collections[field.relationTo as 'users']?.config
      return related ? resolvePath(payload, related.flattenedFields, rest, related.slug) : null
    }
    default:
      // A localized field queried in one locale (`title.fr`), or a JSON path: left to Payload.
      return null
  }
}

function optionsOf(field: FlattenedField): string[] | null {
  if (field.type !== 'select' && field.type !== 'radio') return null
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

const BOOLEAN = new Set(['true', 'false'])
const isBooleanLike = (value: unknown) => typeof value === 'boolean' || (typeof value === 'string' && BOOLEAN.has(value))

/** The values a comparison names: a list operator takes an array or a comma-separated text. */
function valuesOf(operator: string, value: unknown): unknown[] {
  if (LIST_OPERATORS.has(operator)) return Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
  return [value]
}

function checkCondition(payload: Payload, name: string, target: Target, operator: string, value: unknown): void {
  const where = `${name}[${operator}]`
  if (!OPERATORS.has(operator)) {
    throw refuse(`${where}: unknown operator "${operator}" (use one of ${validOperators.join(', ')})`)
  }
  // Relations (`{ relationTo, value }`), JSON and locations take structured values; other fields plain ones.
  const structured = target?.kind === 'field' && ['relationship', 'upload', 'json', 'point', 'richText'].includes(target.field.type)
  const isList = Array.isArray(value)
  if (isList && !structured && !LIST_OPERATORS.has(operator) && !GEO_OPERATORS.has(operator)) {
    throw refuse(`${where}: takes one value, not a list`)
  }
  for (const item of isList ? value : [value]) {
    // A Date is a value: Payload's own queries pass them (the admin's document locks, for one).
    if (item !== null && typeof item === 'object' && !(item instanceof Date) && !structured && !GEO_OPERATORS.has(operator)) {
      throw refuse(`${where}: takes a value, not an object`)
    }
    if (hasNul(item)) throw refuse(`${where}: contains a NUL character`)
  }
  if (operator === 'exists') {
    if (!isBooleanLike(value)) throw refuse(`${where}: must be true or false (got ${show(value)})`)
    return
  }
  if (!target) return
  if (target.kind === 'relationTo') {
    for (const item of valuesOf(operator, value)) {
      if (!target.options.includes(String(item))) throw refuse(`${where}: ${show(item)} is not one of ${target.options.join(', ')}`)
    }
    return
  }
  if (GEO_OPERATORS.has(operator)) {
    if (target.kind !== 'field' || target.field.type !== 'point')
      throw refuse(`${where}: "${operator}" applies to location (point) fields only`)
    return
  }
  if (target.kind === 'id') {
    if (!COMPARISONS.has(operator)) throw refuse(`${where}: "${operator}" does not apply to ids (use equals, in, not_in...)`)
    // A range may start below the first id (keyset pages begin with "id greater than 0").
    const valid = RANGES.has(operator) ? isIdBound : isRecordId
    for (const item of valuesOf(operator, value))
      if (item !== null && item !== '' && !valid(item))
        throw refuse(RANGES.has(operator) ? `${where}: ${show(item)} is not a whole number from 0 to ${MAX_ID}` : idProblem(where, item))
    return
  }
  const { field } = target
  if (operator === 'all' && !('hasMany' in field && field.hasMany)) {
    throw refuse(`${where}: "all" applies to fields that hold several values only`)
  }
  if (!COMPARISONS.has(operator)) return // like, not_like, contains: any text
  const items = valuesOf(operator, value).filter((item) => item !== null && item !== '')
  switch (field.type) {
    case 'number':
      for (const item of items) if (!Number.isFinite(Number(item))) throw refuse(`${where}: ${show(item)} is not a number`)
      break
    case 'date':
      for (const item of items) if (Number.isNaN(new Date(String(item)).getTime())) throw refuse(`${where}: ${show(item)} is not a date`)
      break
    case 'checkbox':
      for (const item of items) if (!isBooleanLike(item)) throw refuse(`${where}: must be true or false (got ${show(item)})`)
      break
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo === 'string' && numericIds(payload, field.relationTo)) {
        for (const item of items) if (typeof item !== 'object' && !isRecordId(item)) throw refuse(idProblem(where, item))
      }
      break
    default: {
      const options = optionsOf(field)
      if (options) {
        for (const item of items) {
          if (!options.includes(String(item))) throw refuse(`${where}: ${show(item)} is not one of ${options.join(', ')}`)
        }
      }
    }
  }
}

function checkWhere(payload: Payload, collection: SanitizedCollectionConfig, where: unknown, versions: boolean, path = 'where'): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw refuse(`${path}: must be an object of conditions`)
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : null
      if (!list) throw refuse(`${path}[${key}]: must be a list of conditions`)
      list.forEach((item, index) => checkWhere(payload, collection, item, versions, `${path}[${key}][${index}]`))
      continue
    }
    const name = `${path}[${key}]`
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      throw refuse(`${name}: needs an operator, e.g. ${name}[equals]=...`)
    }
    // Queries on versions (findVersions reaches the hooks as 'read') name `parent` and `version.<field>`.
    const own = collection.flattenedFields.some((field) => field.name === key.split('.')[0])
    let target: Target
    if (!own && key === 'parent') target = { kind: 'id' }
    else if (!own && key.startsWith('version.'))
      target = resolvePath(payload, collection.flattenedFields, key.split('.').slice(1), collection.slug)
    else if (versions) target = key === 'id' ? { kind: 'id' } : null
    else target = resolvePath(payload, collection.flattenedFields, key.split('.'), collection.slug)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>))
      checkCondition(payload, name, target, operator, value)
  }
}

function checkWhole(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) return
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw refuse(`${name}: must be a whole number from ${min} to ${max} (got ${show(value)})`)
  }
}

/** The first path in `data` whose text holds a NUL character (PostgreSQL cannot store one). */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (depth > 32) return null
  if (hasNul(value)) return path
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = nulPath(value[index], `${path}.${index}`, depth + 1)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path ? `${path}.${key}` : key, depth + 1)
      if (found) return found
    }
  }
  return null
}

const VERSION_OPERATIONS = new Set(['findVersions', 'findVersionByID', 'countVersions', 'restoreVersion'])

export const rejectBadInput: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const payload = req.payload
  const query = args as { id?: unknown; where?: unknown; page?: unknown; limit?: unknown; data?: unknown; duplicateFromID?: unknown }
  const versions = VERSION_OPERATIONS.has(operation as string)
  if ('id' in query && query.id !== undefined && (versions || numericIds(payload, collection.slug)) && !isRecordId(query.id)) {
    // Payload's REST handlers have already turned "abc" into null: name what was sent.
    const sent = (req.routeParams as { id?: unknown } | undefined)?.id ?? query.id
    throw refuse(idProblem(versions ? 'id (of a version)' : 'id', sent))
  }
  if (query.duplicateFromID !== undefined && query.duplicateFromID !== null && !isRecordId(query.duplicateFromID)) {
    throw refuse(idProblem('id', query.duplicateFromID))
  }
  checkWhole('page', query.page, 1, MAX_PAGE)
  checkWhole('limit', query.limit, 0, MAX_LIMIT)
  checkWhere(payload, collection, query.where, versions)
  if (query.data && typeof query.data === 'object') {
    const found = nulPath(query.data, '')
    if (found) throw refuse(`${found}: contains a NUL character`)
  }
  return args
}
