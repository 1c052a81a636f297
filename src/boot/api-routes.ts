import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { hubEnv } from '../core/env'

/**
 * Payload's REST and GraphQL route handlers with the checks that must run before Payload sees the
 * request (the rest is in the collections' hooks, src/security/input.ts). The API routes under
 * src/app/(payload)/api use these, and so do the tests.
 *
 * REST: a file name with control characters (`/api/documents/file/x%00`) and e-mail verification
 * where it is not enabled (`/api/users/verify/<anything>`) answered 500; they answer 400 and 404.
 *
 * GraphQL: fragments that spread each other without end overflowed the stack of the complexity
 * rule (500): they are refused with 400 before validation. In production, "Did you mean ...?"
 * suggestions are taken out of error messages: they spelled out the schema to anyone probing it
 * (introspection is already off in production).
 */

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteContext = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

async function restProblem(config: Config, slug: string[]): Promise<Response | null> {
  const [collection, action, name] = slug
  if (!collection || !action || name === undefined) return null
  const resolved = await config
  const entity = resolved.collections.find((candidate) => candidate.slug === collection)
  if (!entity) return null
  if (action === 'file' && entity.upload && slug.length === 3) {
    if (/[\u0000-\u001f\u007f]/.test(name) || name.includes('/') || name.includes('\\') || name.length > 255) {
      return refusal(400, 'filename: not a valid file name (no control characters, no slashes, at most 255 characters)')
    }
  }
  if (action === 'verify' && entity.auth && !entity.auth.verify && slug.length === 3) {
    return refusal(404, `${collection}: e-mail verification is not used here, so there is no token to verify`)
  }
  return null
}

const guarded =
  (config: Config, handler: Handler): Handler =>
  async (request, context) => {
    const { slug } = await context.params
    const problem = await restProblem(config, slug ?? [])
    return problem ?? handler(request, context)
  }

/** The REST handlers of `src/app/(payload)/api/[...slug]/route.ts`. */
export function restRoutes(config: Config) {
  return {
    GET: guarded(config, REST_GET(config)),
    POST: guarded(config, REST_POST(config)),
    DELETE: guarded(config, REST_DELETE(config)),
    PATCH: guarded(config, REST_PATCH(config)),
    PUT: guarded(config, REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

/** The fragment that spreads itself, directly or through others, or null. */
export function fragmentCycle(document: DocumentNode): string[] | null {
  const spreads = new Map<string, string[]>()
  const collect = (set: SelectionSetNode | undefined, into: string[]) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
      else collect(selection.selectionSet, into)
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const into: string[] = []
    collect(definition.selectionSet, into)
    spreads.set(definition.name.value, into)
  }
  const done = new Set<string>()
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name]
    if (done.has(name)) return null
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return null
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g

/** Error messages without "Did you mean ...?". */
export function withoutSuggestions(body: unknown): unknown {
  const strip = (error: unknown) =>
    error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
      ? { ...error, message: (error as { message: string }).message.replace(SUGGESTION, '') }
      : error
  if (Array.isArray(body)) return body.map(strip)
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    return { ...body, errors: (body as { errors: unknown[] }).errors.map(strip) }
  }
  return body
}

/** The GraphQL handler of `src/app/(payload)/api/graphql/route.ts`. */
export function graphqlRoute(config: Config, options: { hideSuggestions?: boolean } = {}) {
  const handler = GRAPHQL_POST(config)
  const hideSuggestions = options.hideSuggestions ?? hubEnv().NODE_ENV === 'production'
  return async (request: Request): Promise<Response> => {
    let query: unknown
    try {
      query = ((await request.clone().json()) as { query?: unknown } | null)?.query
    } catch {
      query = undefined // not JSON: GraphQL's own handler answers
    }
    if (typeof query === 'string') {
      let document: DocumentNode | undefined
      try {
        document = parse(query)
      } catch {
        document = undefined // a syntax error: GraphQL's own handler answers
      }
      const cycle = document && fragmentCycle(document)
      if (cycle) {
        return refusal(400, `query: fragment "${cycle[0]}" spreads itself (${cycle.join(' -> ')}); fragments must not form a cycle`)
      }
    }
    const response = await handler(request)
    if (!hideSuggestions || !(response.headers.get('content-type') ?? '').includes('json')) return response
    const body = withoutSuggestions(await response.json())
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(body), { status: response.status, headers })
  }
}

export const graphqlOptions = (config: Config) => REST_OPTIONS(config)
