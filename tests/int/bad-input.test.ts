import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { pilotData, practiceData } from '../support/fixtures'
import { createUser, graphqlRequest, login, rest, testPayload } from '../support/hub'

/**
 * Bad input answers 4xx with a message that names the problem, never a 500 (each of these was a
 * 500 before: a database error on the value, a negative offset, a stack overflow...).
 */

let payload: Payload
let token: string
let practice: number

beforeAll(async () => {
  payload = await testPayload()
  const pilot = await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })
  practice = Number((await payload.create({ collection: 'practices', data: practiceData(pilot.id, { _status: 'published' }) as never })).id)
  const contributor = await createUser(payload, 'contributor', [pilot.id])
  token = await login(contributor.email, contributor.password)
})

const message = (body: any) => String(body?.errors?.[0]?.message ?? '')

describe('REST', () => {
  test.each([
    ['/practices/abc', {}, 400, /^id: "abc" is not a record id/],
    ['/practices/1.5', {}, 400, /^id: "1\.5" is not a record id/],
    ['/practices/12345678901234567890', {}, 400, /^id: "12345678901234567890" is not a record id/],
    ['/practices', { 'where[id][in]': '1,2,x' }, 400, /^where\[id\]\[in\]: "x" is not a record id/],
    ['/practices', { 'where[title][near]': '1,2' }, 400, /^where\[title\]\[near\]: "near" applies to location \(point\) fields only/],
    ['/practices', { 'where[title][all]': 'a' }, 400, /^where\[title\]\[all\]: "all" applies to fields that hold several values only/],
    ['/practices', { 'where[title][sounds_like]': 'a' }, 400, /^where\[title\]\[sounds_like\]: unknown operator/],
    [
      '/practices',
      { 'where[_status][equals]': 'Published' },
      400,
      /^where\[_status\]\[equals\]: "Published" is not one of draft, published/,
    ],
    ['/practices', { 'where[createdAt][greater_than]': 'yesterday' }, 400, /is not a date/],
    ['/practices', { 'where[id][greater_than]': '-1' }, 400, /^where\[id\]\[greater_than\]: "-1" is not a whole number from 0 to/],
    ['/practices', { 'where[title][equals]': 'a\u0000b' }, 400, /contains a NUL character/],
    ['/practices', { page: '-1' }, 400, /^page: must be a whole number from 1 to/],
    ['/practices', { page: '99999999999999999999' }, 400, /^page: must be a whole number from 1 to/],
    ['/practices', { limit: '-5' }, 400, /^limit: must be a whole number from 0 to/],
    ['/practices/versions', { 'where[parent][equals]': 'x' }, 400, /^where\[parent\]\[equals\]: "x" is not a record id/],
    ['/documents/file/x%00', {}, 400, /^filename: not a valid file name/],
  ] as const)('GET %s %j', async (path, query, status, expected) => {
    // Signed in, so that versions and drafts are reachable (the public gets 403 on versions first).
    const response = await rest('GET', path, { query: query as Record<string, string>, token })
    expect(response.status, JSON.stringify(response.body)).toBe(status)
    expect(message(response.body)).toMatch(expected)
  })

  test("Payload's own queries may compare dates with Date values (the admin's document locks do)", async () => {
    const found = await payload.find({ collection: 'practices', where: { updatedAt: { greater_than: new Date(0) } }, limit: 1, depth: 0 })
    expect(found.totalDocs).toBeGreaterThan(0)
  })

  test('a range of ids may start at 0 (keyset pages), and finds the records above it', async () => {
    const response = await rest('GET', '/practices', { query: { 'where[id][greater_than]': '0', limit: '1' }, token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect((response.body as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })

  test('_status must be "draft" or "published": other texts and objects are 400 naming _status', async () => {
    for (const value of ['Published', { a: 1 }, 3]) {
      for (const draft of ['true', undefined]) {
        const response = await rest('PATCH', `/practices/${practice}`, {
          token,
          query: { draft },
          body: { _status: value, summary: 'Changed?' },
        })
        expect(response.status, `${JSON.stringify(value)} draft=${draft}: ${JSON.stringify(response.body)}`).toBe(400)
        expect(message(response.body)).toMatch(/^_status: must be "draft" or "published"/)
      }
    }
    expect((await payload.findByID({ collection: 'practices', id: practice, draft: true })).summary).toBe('A practice made by a test.')
  })

  test('POST /api/users/verify/<junk>: 404 saying that verification is not used', async () => {
    const response = await rest('POST', '/users/verify/not-a-token')
    expect(response.status).toBe(404)
    expect(message(response.body)).toMatch(/e-mail verification is not used here/)
  })

  test('a refused upload says why, not only which field', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))]), 'logo.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo' }))
    const response = await rest('POST', '/media', { token, form })
    expect(response.status).toBe(400)
    expect(message(response.body)).toBe('file: File refused: SVG files are not accepted')
    expect(response.body.errors[0].data.errors[0].path).toBe('file')
  })
})

describe('GraphQL', () => {
  test('circular fragments are refused with 400 naming the cycle (they overflowed the stack)', async () => {
    const response = await graphqlRequest(
      'fragment A on Practice { id ...B } fragment B on Practice { title ...A } { Practices { docs { ...A } } }',
    )
    expect(response.status).toBe(400)
    expect(message(response.body)).toMatch(/^query: fragment "A" spreads itself \(A -> B -> A\)/)
  })

  test('page: -1 is an error naming page, with status 400', async () => {
    const response = await graphqlRequest('{ Practices(page: -1) { docs { id } } }')
    expect(response.body.errors[0].message).toMatch(/^page: must be a whole number from 1 to/)
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
  })

  test('field suggestions are left out where the schema is not public (production)', async () => {
    const shown = await graphqlRequest('{ Practices { docs { titl } } }', { hideSuggestions: false })
    expect(message(shown.body)).toMatch(/Did you mean "title"\?/)
    const hidden = await graphqlRequest('{ Practices { docs { titl } } }', { hideSuggestions: true })
    expect(message(hidden.body)).toBe('Cannot query field "titl" on type "Practice".')
  })
})
