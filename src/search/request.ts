import { z } from 'zod'
import { SEARCH_DOC_TYPES, SEARCH_LOCALES } from './document'
import { FACET_NAMES, MAX_HITS_PER_PAGE, SEARCH_SORTS, type FacetName, type SearchRequest } from './port'

/**
 * Query string of `GET /api/search`.
 *
 *   q            free text, at most 200 characters (optional)
 *   locale       en | fr (default en)
 *   <facet>      a filter, one value per parameter, repeated for several values:
 *                  ?country=BE&country=NL&type=practice
 *                values of one facet are OR-ed, different facets are AND-ed.
 *                Facet parameters: type, country, pilot, themeGroup, theme, targetGroup,
 *                interventionType, evidenceLevel, lessonKind, year, language, fundingInstrument
 *   facets       comma-separated facet names whose counts to return (default: all facets;
 *                `facets=` with an empty value returns none)
 *   sort         relevance | newest | title (default relevance)
 *   page         integer >= 1 (default 1)
 *   hitsPerPage  integer 1..100 (default 20)
 *
 * Any other parameter, a repeated scalar parameter or a malformed value is an error that
 * names the parameter (the route answers 400 with these errors).
 */

export const DEFAULT_HITS_PER_PAGE = 20
export const MAX_QUERY_LENGTH = 200
/** At most this many values per facet filter. */
export const MAX_FILTER_VALUES = 50
/** page * hitsPerPage cannot go beyond the engines' maxTotalHits. */
export const MAX_PAGE = 10_000

export interface SearchParamError {
  parameter: string
  message: string
}

export type ParseSearchParamsResult = { ok: true; request: SearchRequest } | { ok: false; errors: SearchParamError[] }

const vocabularyCode = z
  .string()
  .max(100, 'at most 100 characters')
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a code: lowercase letters, digits, - and _')

const FILTER_VALUE: Record<FacetName, z.ZodType<string>> = {
  type: z.enum(SEARCH_DOC_TYPES, { message: `must be one of ${SEARCH_DOC_TYPES.join(', ')}` }),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (two uppercase letters, e.g. BE)'),
  pilot: z
    .string()
    .max(200, 'at most 200 characters')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a pilot slug: lowercase letters, digits and -'),
  themeGroup: vocabularyCode,
  theme: vocabularyCode,
  targetGroup: vocabularyCode,
  interventionType: vocabularyCode,
  evidenceLevel: vocabularyCode,
  lessonKind: vocabularyCode,
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .refine((v) => Number(v) >= 1900 && Number(v) <= 2100, 'must be between 1900 and 2100'),
  language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code (two lowercase letters, e.g. fr)'),
  fundingInstrument: vocabularyCode,
}

const SCALARS = {
  q: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`),
  locale: z.enum(SEARCH_LOCALES, { message: `must be one of ${SEARCH_LOCALES.join(', ')}` }),
  sort: z.enum(SEARCH_SORTS, { message: `must be one of ${SEARCH_SORTS.join(', ')}` }),
  page: z
    .string()
    .regex(/^\d+$/, 'must be an integer >= 1')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be an integer >= 1').max(MAX_PAGE, `must be at most ${MAX_PAGE}`)),
  hitsPerPage: z
    .string()
    .regex(/^\d+$/, `must be an integer between 1 and ${MAX_HITS_PER_PAGE}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `must be an integer between 1 and ${MAX_HITS_PER_PAGE}`)
        .max(MAX_HITS_PER_PAGE, `must be an integer between 1 and ${MAX_HITS_PER_PAGE}`),
    ),
  facets: z.string().max(500, 'too long'),
} as const
type Scalar = keyof typeof SCALARS

const isScalar = (name: string): name is Scalar => Object.hasOwn(SCALARS, name)
const isFacet = (name: string): name is FacetName => (FACET_NAMES as readonly string[]).includes(name)

export function parseSearchParams(params: URLSearchParams): ParseSearchParamsResult {
  const errors: SearchParamError[] = []
  const names = [...new Set(params.keys())]
  const scalars: { [K in Scalar]?: z.output<(typeof SCALARS)[K]> } = {}
  const filters: Partial<Record<FacetName, string[]>> = {}

  for (const name of names) {
    const values = params.getAll(name)
    if (isScalar(name)) {
      if (values.length > 1) {
        errors.push({ parameter: name, message: 'must be given at most once' })
        continue
      }
      const parsed = SCALARS[name].safeParse(values[0])
      if (!parsed.success) errors.push({ parameter: name, message: parsed.error.issues[0]?.message ?? 'invalid' })
      else (scalars as Record<string, unknown>)[name] = parsed.data
    } else if (isFacet(name)) {
      if (values.length > MAX_FILTER_VALUES) {
        errors.push({ parameter: name, message: `at most ${MAX_FILTER_VALUES} values` })
        continue
      }
      const clean: string[] = []
      for (const value of values) {
        const parsed = FILTER_VALUE[name].safeParse(value)
        if (!parsed.success) {
          errors.push({ parameter: name, message: `"${truncate(value)}" ${parsed.error.issues[0]?.message ?? 'is invalid'}` })
          break
        }
        if (!clean.includes(parsed.data)) clean.push(parsed.data)
      }
      filters[name] = clean
    } else {
      errors.push({
        parameter: truncate(name),
        message: `unknown parameter; expected one of ${[...Object.keys(SCALARS), ...FACET_NAMES].join(', ')}`,
      })
    }
  }

  let facets: FacetName[] = [...FACET_NAMES]
  if (scalars.facets !== undefined) {
    facets = []
    for (const raw of scalars.facets.split(',')) {
      const name = raw.trim()
      if (name === '') continue
      if (!isFacet(name)) {
        errors.push({ parameter: 'facets', message: `unknown facet "${truncate(name)}"; expected ${FACET_NAMES.join(', ')}` })
      } else if (!facets.includes(name)) {
        facets.push(name)
      }
    }
  }

  const page = scalars.page ?? 1
  const hitsPerPage = scalars.hitsPerPage ?? DEFAULT_HITS_PER_PAGE
  if (errors.length === 0 && (page - 1) * hitsPerPage >= 10_000) {
    errors.push({ parameter: 'page', message: 'is beyond the last reachable result (10,000 results at most)' })
  }

  if (errors.length > 0) return { ok: false, errors }
  const q = scalars.q?.trim()
  return {
    ok: true,
    request: {
      locale: scalars.locale ?? 'en',
      ...(q ? { q } : {}),
      filters,
      facets,
      sort: scalars.sort ?? 'relevance',
      page,
      hitsPerPage,
    },
  }
}

function truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value
}
