import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { PEER_ADDRESS_HEADER, trustPeerAddressHeader } from '../../src/security/client-address'

/**
 * Test access to the hub: the Payload Local API, and the REST API through the very route handlers
 * that Next serves under /api (no mocks: real requests, real database).
 */

export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

type RestOptions = {
  body?: unknown
  /** A body sent exactly as given (e.g. a URL-encoded form); set its content-type in `headers`. */
  rawBody?: string
  /** A multipart body (an upload); sent as is instead of `body`. */
  form?: FormData
  token?: string
  query?: Record<string, string | undefined>
  headers?: Record<string, string>
  /** Another Payload instance than the default one (see `HubTarget`). */
  target?: HubTarget
}
export type RestResponse = { status: number; body: any; headers: Headers }

/** A Payload instance of its own (getPayload's cache key) and its config, for requests to it. */
export type HubTarget = { config: SanitizedConfig | Promise<SanitizedConfig>; key: string }

/** The handlers of the API routes (src/app/(payload)/api), as Next serves them. */
const routes = async () => {
  const { default: config } = await import('@payload-config')
  const { restRoutes } = await import('../../src/boot/api-routes')
  return restRoutes(config)
}

/** A GraphQL request through the route handler; the status and the parsed answer. */
export async function graphqlRequest(
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; hideSuggestions?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const { default: config } = await import('@payload-config')
  const { graphqlRoute } = await import('../../src/boot/api-routes')
  const headers = new Headers({ 'content-type': 'application/json' })
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  const response = await graphqlRoute(config, { hideSuggestions: options.hideSuggestions })(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    }),
  )
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body }
}

/** A REST request through the route handlers; the raw response (for files). */
export async function restRaw(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: RestOptions = {}): Promise<Response> {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, value)
  const headers = new Headers()
  if (options.body !== undefined && !options.form) headers.set('content-type', 'application/json')
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  const request = new Request(url, {
    method,
    headers,
    body: options.form ?? options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  if (options.target) {
    // The same dispatch as the Next route handlers, on the target's own Payload instance.
    return handleEndpoints({ config: options.target.config, path: url.pathname, request, payloadInstanceCacheKey: options.target.key })
  }
  // Route parameters arrive decoded, as Next.js gives them.
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const handler = (await routes())[method]
  return handler(request, { params: Promise.resolve({ slug }) })
}

export async function rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: RestOptions = {}): Promise<RestResponse> {
  const response = await restRaw(method, path, options)
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** A multipart form as the admin sends an upload: the file and the other fields as `_payload`. */
export function uploadForm(data: Uint8Array, name: string, fields: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** Downloads a file through the API; the bytes and the response's status and headers. */
export async function download(path: string, options: RestOptions = {}): Promise<{ status: number; headers: Headers; data: Buffer }> {
  const response = await restRaw('GET', path, options)
  return { status: response.status, headers: response.headers, data: Buffer.from(await response.arrayBuffer()) }
}

/** Signs in through REST and returns the token. */
export async function login(email: string, password: string, target?: HubTarget): Promise<string> {
  const response = await rest('POST', '/users/login', { body: { email, password }, target })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token as string
}

/**
 * Headers of a request whose TCP peer is `address`, as the portal's server passes it on (the route
 * handlers called here have no socket). X-Forwarded-For alone changes nothing (no trusted proxy).
 */
export function fromAddress(address: string): Record<string, string> {
  trustPeerAddressHeader()
  return { [PEER_ADDRESS_HEADER]: address }
}

let counter = 0
/** A unique suffix for records made by a test, so tests never collide on unique slugs or e-mails. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`

/**
 * A unique run of letters only, for texts that are normalised to their words (a search query):
 * the suffix's digits are spelt as letters, so two calls in the same millisecond still differ.
 */
export const uniqueLetters = (prefix: string) =>
  unique(prefix)
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)
    .replace(/[^a-z]/g, '')

export async function createUser(payload: Payload, role: 'admin' | 'editor' | 'contributor', pilots: (number | string)[] = []) {
  const email = `${unique(role)}@example.org`
  const password = 'correct-horse-battery-staple'
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Test ${role}`, role, pilots: pilots as number[] },
    overrideAccess: true,
  })
  return { user, email, password }
}

/** Field paths named by a Payload validation error response. */
export function errorPaths(body: any): string[] {
  return (body?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? []).map((item: any) => item.path))
}
