import { createLocalReq, docAccessOperation } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { dataFor, payload, pilotA, setUpMatrix, tokens, users } from '../support/access-matrix/actors'
import { collections, type Collection, type Role } from '../support/access-matrix/table'
import { createUser, rest, unique } from '../support/hub'

beforeAll(setUpMatrix)

/**
 * The admin's create view asks the create rule with the data it has: `{ _status: 'draft' }` and
 * no pilot (getDocumentPermissions in @payloadcms/next). The form must open for a contributor
 * with a pilot; the pilot is then enforced on what is saved, with a 403 that names the field.
 */
test('the create view opens for contributors with a pilot; saving without one of their pilots is refused, naming the field', async () => {
  const viewPermission = async (role: Role | 'noPilot', collection: Collection) => {
    const user =
      role === 'noPilot'
        ? { ...(await createUser(payload, 'contributor', [])).user, collection: 'users' }
        : role === 'anonymous'
          ? null
          : users[role]
    const req = await createLocalReq({ user: user as never }, payload)
    const { create } = await docAccessOperation({ collection: payload.collections[collection], data: { _status: 'draft' }, req })
    // Allowed is `true` (or `{ permission: true }`); denied is left out.
    return create === true || (typeof create === 'object' && (create as { permission?: boolean }).permission === true)
  }
  const seen: Record<string, unknown> = {}
  for (const collection of collections) {
    for (const role of ['anonymous', 'noPilot', 'contributorA', 'contributorB', 'editor', 'admin'] as const) {
      seen[`${collection} ${role}`] = await viewPermission(role, collection)
    }
  }
  const expected: Record<string, unknown> = {}
  for (const collection of collections) {
    for (const role of ['anonymous', 'noPilot', 'contributorA', 'contributorB', 'editor', 'admin'] as const) {
      const editor = role === 'editor' || role === 'admin'
      const contributorWithPilot = role === 'contributorA' || role === 'contributorB'
      expected[`${collection} ${role}`] = editor || (contributorWithPilot && collection !== 'pilots')
    }
  }
  expect(seen).toEqual(expected)

  // Saving without a pilot (the admin's form left empty, or a REST client that forgot it): 403 naming the field.
  for (const [collection, field, data] of [
    ['lessons', 'pilot', { title: unique('No pilot'), kind: 'challenge', phase: 'delivery' }],
    ['practices', 'pilots', { title: unique('No pilot'), summary: 'x', evidenceLevel: 'described' }],
  ] as const) {
    const response = await rest('POST', `/${collection}`, { token: tokens.contributorA, query: { draft: 'true' }, body: data })
    expect(response.status, JSON.stringify(response.body)).toBe(403)
    expect(response.body.errors[0].message).toBe(`${field}: choose the pilot this record belongs to (one of your own pilots)`)
  }
  const emptyList = await rest('POST', '/practices', {
    token: tokens.contributorA,
    query: { draft: 'true' },
    body: { title: unique('Empty'), summary: 'x', pilots: [] },
  })
  expect(emptyList.status).toBe(403)
  expect(emptyList.body.errors[0].message).toMatch(/^pilots: choose/)
  // Another pilot's: 403 naming the field, as before.
  const foreign = await rest('POST', '/lessons', {
    token: tokens.contributorB,
    query: { draft: 'true' },
    body: dataFor('lessons'),
  })
  expect(foreign.status).toBe(403)
  expect(foreign.body.errors[0].message).toBe('pilot: a contributor writes only for the pilots they belong to')
  // Their own pilot: created, as a draft.
  const own = await rest('POST', '/lessons', { token: tokens.contributorA, query: { draft: 'true' }, body: dataFor('lessons') })
  expect(own.status, JSON.stringify(own.body)).toBe(201)
})

test('a contributor duplicates their records: each copy is a draft with a clean unique slug, and can be published', async () => {
  const title = unique('Duplicated lesson')
  const original = await rest('POST', '/lessons', {
    token: tokens.contributorA,
    query: { draft: 'true' },
    body: { ...dataFor('lessons'), title },
  })
  expect(original.status).toBe(201)
  const base = original.body.doc.slug as string
  const first = await rest('POST', `/lessons/${original.body.doc.id}/duplicate`, {
    token: tokens.contributorA,
    query: { depth: '0' },
    body: {},
  })
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  expect(first.body.doc).toMatchObject({ slug: `${base}-2`, _status: 'draft', reviewState: 'draft', pilot: pilotA })
  const second = await rest('POST', `/lessons/${original.body.doc.id}/duplicate`, { token: tokens.contributorA, body: {} })
  expect(second.status, JSON.stringify(second.body)).toBe(200)
  expect(second.body.doc.slug).toBe(`${base}-3`)
  // The copy goes through review and is published like any record.
  const copyId = first.body.doc.id
  expect((await rest('POST', `/lessons/${copyId}/workflow/submitForReview`, { token: tokens.contributorA, body: {} })).status).toBe(200)
  const published = await rest('POST', `/lessons/${copyId}/workflow/publish`, { token: tokens.editor, body: {} })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  // Another pilot's published record cannot be copied into a contributor's hands.
  const elsewhere = await rest('POST', `/lessons/${copyId}/duplicate`, { token: tokens.contributorB, body: {} })
  expect(elsewhere.status).toBe(403)
  expect(elsewhere.body.errors[0].message).toMatch(/^pilot: a contributor writes only for the pilots they belong to/)
})
