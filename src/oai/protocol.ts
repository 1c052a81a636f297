import { hubEnv } from '../core/env'
import { signToken, verifyToken } from '../core/signed-token'

/**
 * OAI-PMH 2.0 requests: the verbs, their arguments, the protocol's error codes and resumption
 * tokens. A request is checked completely before anything is read, and every problem is answered
 * with the error code the protocol defines for it.
 */

export const VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const
export type Verb = (typeof VERBS)[number]

export type OaiErrorCode =
  | 'badVerb'
  | 'badArgument'
  | 'badResumptionToken'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy'

export class OaiError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'OaiError'
  }
}

export const METADATA_PREFIX = 'oai_dc'
/** Datestamps and arguments to the second, in UTC (declared in Identify). */
export const GRANULARITY = 'YYYY-MM-DDThh:mm:ssZ'

type ArgumentRules = { required: string[]; optional: string[]; exclusive?: string }
const RULES: Record<Verb, ArgumentRules> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
}

export type ListVerb = 'ListIdentifiers' | 'ListRecords'

/** Where a list continues: after this (datestamp, row) in the list's order. */
export type ListPosition = { datestamp: number; id: number }

export type ListQuery = {
  verb: ListVerb
  metadataPrefix: string
  from?: Date
  /** Inclusive, to the end of the second (or of the day, for a day-granularity argument). */
  until?: Date
  set?: string
  after?: ListPosition
  cursor: number
  completeListSize?: number
}

export type OaiRequest =
  | { verb: 'Identify'; args: Record<string, string> }
  | { verb: 'ListMetadataFormats'; args: Record<string, string>; identifier?: string }
  | { verb: 'ListSets'; args: Record<string, string> }
  | { verb: 'GetRecord'; args: Record<string, string>; identifier: string; metadataPrefix: string }
  | { verb: ListVerb; args: Record<string, string>; list: ListQuery }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/

/** A `from`/`until` argument: a UTC day or second; its granularity matters for `until` and for the pair. */
function parseDatestamp(name: string, value: string): { date: Date; granularity: 'day' | 'second' } {
  const day = DAY.exec(value)
  const second = SECOND.exec(value)
  const parts = (day ?? second)?.slice(1).map(Number)
  if (!parts) throw new OaiError('badArgument', `${name}: "${value}" is not a UTC date (YYYY-MM-DD) or time (${GRANULARITY})`)
  const [year, month, date, hours = 0, minutes = 0, seconds = 0] = parts as number[]
  const time = Date.UTC(year!, month! - 1, date!, hours, minutes, seconds)
  const check = new Date(time)
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== date ||
    check.getUTCHours() !== hours ||
    check.getUTCMinutes() !== minutes
  ) {
    throw new OaiError('badArgument', `${name}: "${value}" is not a valid date`)
  }
  return { date: check, granularity: day ? 'day' : 'second' }
}

const TOKEN_PURPOSE = 'oai-resumption'
/** How long a resumption token works. */
export const TOKEN_TTL_SECONDS = 24 * 60 * 60

type TokenState = { v: ListVerb | 'ListSets'; m?: string; f?: number; u?: number; s?: string; a?: [number, number]; c: number; n?: number }

export function resumptionToken(query: ListQuery, after: ListPosition, cursor: number, completeListSize: number, now: Date): string {
  const state: TokenState = {
    v: query.verb,
    m: query.metadataPrefix,
    ...(query.from ? { f: query.from.getTime() } : {}),
    ...(query.until ? { u: query.until.getTime() } : {}),
    ...(query.set ? { s: query.set } : {}),
    a: [after.datestamp, after.id],
    c: cursor,
    n: completeListSize,
  }
  return signToken(hubEnv().PAYLOAD_SECRET, TOKEN_PURPOSE, state, { ttlSeconds: TOKEN_TTL_SECONDS, now })
}

function readResumptionToken(verb: ListVerb, token: string, now: Date): ListQuery {
  const checked = verifyToken<TokenState>(hubEnv().PAYLOAD_SECRET, TOKEN_PURPOSE, token, now)
  if (!checked.ok) {
    const why = { malformed: 'is not a token of this repository', forged: 'was altered or not issued here', expired: 'has expired' }[
      checked.reason
    ]
    throw new OaiError('badResumptionToken', `resumptionToken ${why}`)
  }
  const state = checked.value
  const numbers = (...values: unknown[]) =>
    values.every((value) => value === undefined || (typeof value === 'number' && Number.isFinite(value)))
  if (
    !state ||
    state.v !== verb ||
    state.m !== METADATA_PREFIX ||
    !Array.isArray(state.a) ||
    state.a.length !== 2 ||
    !numbers(state.f, state.u, state.c, state.n, ...state.a)
  ) {
    throw new OaiError('badResumptionToken', `resumptionToken was not issued for ${verb}`)
  }
  return {
    verb,
    metadataPrefix: state.m,
    ...(state.f !== undefined ? { from: new Date(state.f) } : {}),
    ...(state.u !== undefined ? { until: new Date(state.u) } : {}),
    ...(state.s ? { set: state.s } : {}),
    after: { datestamp: state.a[0], id: state.a[1] },
    cursor: state.c,
    ...(state.n !== undefined ? { completeListSize: state.n } : {}),
  }
}

const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(?::[A-Za-z0-9\-_.!~*'()]+)*$/

/**
 * Checks a request's arguments (from the query string, or the body of a POST): an unknown verb is
 * a badVerb, anything else that is wrong a badArgument (or the more precise code the protocol has).
 */
export function parseOaiRequest(params: URLSearchParams, now: Date = new Date()): OaiRequest {
  const verbs = params.getAll('verb')
  if (verbs.length === 0) throw new OaiError('badVerb', 'verb: missing')
  if (verbs.length > 1) throw new OaiError('badVerb', 'verb: given more than once')
  const verb = verbs[0] as Verb
  if (!(VERBS as readonly string[]).includes(verb))
    throw new OaiError('badVerb', `verb: "${verbs[0]}" is not an OAI-PMH verb (${VERBS.join(', ')})`)
  const rules = RULES[verb]
  const args: Record<string, string> = {}
  for (const name of new Set(params.keys())) {
    if (name === 'verb') continue
    const values = params.getAll(name)
    if (values.length > 1) throw new OaiError('badArgument', `${name}: given more than once`)
    const allowed = [...rules.required, ...rules.optional, ...(rules.exclusive ? [rules.exclusive] : [])]
    if (!allowed.includes(name))
      throw new OaiError('badArgument', `${name}: not an argument of ${verb}${allowed.length ? ` (${allowed.join(', ')})` : ''}`)
    args[name] = values[0]!
  }

  if (rules.exclusive && args[rules.exclusive] !== undefined) {
    const others = Object.keys(args).filter((name) => name !== rules.exclusive)
    if (others.length) throw new OaiError('badArgument', `resumptionToken is an exclusive argument: remove ${others.join(', ')}`)
    const token = args[rules.exclusive]!
    if (verb === 'ListSets') {
      // Every set fits in one response: this repository never issues a ListSets token.
      throw new OaiError('badResumptionToken', 'resumptionToken: ListSets is answered in one response, without tokens')
    }
    return { verb: verb as ListVerb, args, list: readResumptionToken(verb as ListVerb, token, now) }
  }
  for (const name of rules.required) {
    if (args[name] === undefined || args[name] === '') throw new OaiError('badArgument', `${name}: required for ${verb}`)
  }
  if (args.metadataPrefix !== undefined && args.metadataPrefix !== METADATA_PREFIX) {
    throw new OaiError('cannotDisseminateFormat', `metadataPrefix: "${args.metadataPrefix}" is not offered (only ${METADATA_PREFIX})`)
  }

  switch (verb) {
    case 'Identify':
    case 'ListSets':
      return { verb, args }
    case 'ListMetadataFormats':
      return { verb, args, ...(args.identifier ? { identifier: args.identifier } : {}) }
    case 'GetRecord':
      return { verb, args, identifier: args.identifier!, metadataPrefix: args.metadataPrefix! }
    default: {
      const from = args.from !== undefined ? parseDatestamp('from', args.from) : undefined
      const until = args.until !== undefined ? parseDatestamp('until', args.until) : undefined
      if (from && until && from.granularity !== until.granularity) {
        throw new OaiError('badArgument', 'from and until must have the same granularity (both days or both seconds)')
      }
      // An `until` day includes the whole day; an `until` second, the whole second.
      const untilEnd = until ? new Date(until.date.getTime() + (until.granularity === 'day' ? 86_400_000 : 1000) - 1) : undefined
      if (from && untilEnd && from.date.getTime() > untilEnd.getTime()) throw new OaiError('badArgument', 'from is later than until')
      if (args.set !== undefined && !SET_SPEC.test(args.set)) throw new OaiError('badArgument', `set: "${args.set}" is not a set spec`)
      return {
        verb: verb as ListVerb,
        args,
        list: {
          verb: verb as ListVerb,
          metadataPrefix: args.metadataPrefix!,
          ...(from ? { from: from.date } : {}),
          ...(untilEnd ? { until: untilEnd } : {}),
          ...(args.set ? { set: args.set } : {}),
          cursor: 0,
        },
      }
    }
  }
}
