import { createLocalReq, docAccessOperation, type Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { transition } from '../../src/workflow/transition'
import { documentData, lessonData, pdfFile, pilotData, practiceData } from '../support/fixtures'
import { createUser, login, rest, testPayload, unique } from '../support/hub'

/**
 * The access matrix: roles x collections x operations x surfaces, every cell asserting the exact
 * allowed/denied answer. Cells are generated from the table below (`allowed`); each destructive
 * cell gets a fresh record. The workflow actions (publish, request changes, archive) go through
 * the transition function (Local API) and its endpoint (REST); GraphQL has no workflow mutation,
 * so there the cell is the direct attempt (setting `_status`/`reviewState` in an update), which
 * is refused for everyone.
 */

const roles = ['anonymous', 'contributorA', 'contributorB', 'editor', 'admin'] as const
const collections = ['pilots', 'practices', 'lessons', 'documents'] as const
const operations = ['readPublished', 'readDraft', 'create', 'update', 'delete', 'publish', 'requestChanges', 'archive'] as const
const surfaces = ['local', 'rest', 'graphql'] as const
type Role = (typeof roles)[number]
type Collection = (typeof collections)[number]
type Operation = (typeof operations)[number]
type Surface = (typeof surfaces)[number]

/** The rule, as a table: who may do what. */
function allowed(role: Role, collection: Collection, operation: Operation, surface: Surface): boolean {
  const editor = role === 'editor' || role === 'admin'
  switch (operation) {
    case 'readPublished':
      return true
    case 'readDraft':
      return editor || role === 'contributorA'
    case 'create':
    case 'update':
      return editor || (role === 'contributorA' && collection !== 'pilots')
    case 'delete':
      return editor
    case 'publish':
    case 'requestChanges':
    case 'archive':
      return surface !== 'graphql' && editor
  }
}

let payload: Payload
const tokens: Partial<Record<Role, string>> = {}
const users: Partial<Record<Role, Record<string, unknown>>> = {}
let pilotA: number
let pilotADraft: number
let submitter: Record<string, unknown>
let cellsAsserted = 0
const failures: string[] = []

const graphName: Record<Collection, string> = { pilots: 'Pilot', practices: 'Practice', lessons: 'Lesson', documents: 'Document' }
const textField: Record<Collection, string> = { pilots: 'implementer', practices: 'summary', lessons: 'summary', documents: 'organisation' }

const dataFor = (collection: Collection): Record<string, unknown> => {
  switch (collection) {
    case 'pilots':
      return {
        name: unique('Matrix pilot'),
        country: 'BE',
        projectStatus: 'completed',
        implementer: 'Matrix',
        summary: 'Made by the matrix.',
      }
    case 'practices':
      return { title: unique('Matrix practice'), pilots: [pilotA], summary: 'Made by the matrix.', evidenceLevel: 'described' }
    case 'lessons':
      return { title: unique('Matrix lesson'), pilot: pilotA, kind: 'challenge', phase: 'delivery', summary: 'Made by the matrix.' }
    case 'documents':
      return { ...documentData({ pilot: pilotA }) }
  }
}

/** A record of pilot A in the given state, made by the system. */
async function fixture(collection: Collection, state: 'draft' | 'published' | 'in_review'): Promise<number> {
  const data =
    collection === 'pilots'
      ? pilotData()
      : collection === 'practices'
        ? practiceData(pilotA)
        : collection === 'lessons'
          ? lessonData(pilotA)
          : documentData({ pilot: pilotA })
  const doc = await payload.create({
    collection,
    data: { ...data, _status: state === 'published' ? 'published' : 'draft' } as never,
    draft: state !== 'published',
    depth: 0,
    ...(collection === 'documents' ? { file: await pdfFile() } : {}),
  })
  if (state === 'in_review') await transition(payload, { collection, id: doc.id, action: 'submitForReview', user: submitter as never })
  return Number(doc.id)
}

async function graphql(role: Role, query: string, variables: Record<string, unknown> = {}) {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers({ 'content-type': 'application/json' })
  if (tokens[role]) headers.set('authorization', `JWT ${tokens[role]}`)
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
  )
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] }
}
const graphOk = (result: { data?: Record<string, unknown> | null; errors?: unknown[] }, key: string) =>
  !result.errors?.length && Boolean(result.data?.[key])

async function restCreate(role: Role, collection: Collection): Promise<number> {
  if (collection !== 'documents')
    return (await rest('POST', `/${collection}`, { token: tokens[role], query: { draft: 'true' }, body: dataFor(collection) })).status
  const file = await pdfFile()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(dataFor(collection)))
  const { default: config } = await import('@payload-config')
  const { REST_POST } = await import('@payloadcms/next/routes')
  const headers = new Headers()
  if (tokens[role]) headers.set('authorization', `JWT ${tokens[role]}`)
  const response = await REST_POST(config)(
    new Request(`http://localhost:3000/api/documents?draft=true`, { method: 'POST', headers, body: form }),
    {
      params: Promise.resolve({ slug: ['documents'] }),
    },
  )
  return response.status
}

const workflowAction: Record<'publish' | 'requestChanges' | 'archive', string> = {
  publish: 'publish',
  requestChanges: 'requestChanges',
  archive: 'archive',
}
const directAttempt: Record<'publish' | 'requestChanges' | 'archive', Record<string, unknown>> = {
  publish: { _status: 'published' },
  requestChanges: { reviewState: 'changes_requested' },
  archive: { reviewState: 'archived' },
}

/** Performs one cell and says whether it was allowed. */
async function attempt(
  role: Role,
  collection: Collection,
  operation: Operation,
  surface: Surface,
  shared: { published: number; draft: number },
): Promise<boolean> {
  const user = users[role] ? (users[role] as never) : null
  const name = graphName[collection]
  const needs =
    operation === 'delete'
      ? 'draft'
      : operation === 'archive'
        ? 'published'
        : operation === 'publish' || operation === 'requestChanges'
          ? 'in_review'
          : null
  const id = needs ? await fixture(collection, needs) : operation === 'readPublished' ? shared.published : shared.draft
  if (surface === 'local') {
    const local = { overrideAccess: false, user, depth: 0 } as const
    try {
      switch (operation) {
        case 'readPublished':
          return Number((await payload.findByID({ collection, id, ...local })).id) === id
        case 'readDraft':
          return Number((await payload.findByID({ collection, id, draft: true, ...local })).id) === id
        case 'create':
          return Boolean(
            (
              await payload.create({
                collection,
                data: dataFor(collection) as never,
                draft: true,
                ...local,
                ...(collection === 'documents' ? { file: await pdfFile() } : {}),
              })
            ).id,
          )
        case 'update':
          return Boolean(
            (await payload.update({ collection, id, data: { [textField[collection]]: 'Changed' } as never, draft: true, ...local })).id,
          )
        case 'delete':
          return Boolean((await payload.delete({ collection, id, ...local })).id)
        default:
          await transition(payload, { collection, id, action: workflowAction[operation], note: 'Please revise.', user: user as never })
          return true
      }
    } catch {
      return false
    }
  }
  if (surface === 'rest') {
    const token = tokens[role]
    const ok = (status: number) => status >= 200 && status < 300
    switch (operation) {
      case 'readPublished':
        return ok((await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0' } })).status)
      case 'readDraft': {
        const response = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0', draft: 'true' } })
        return ok(response.status) && response.body.id === id
      }
      case 'create':
        return ok(await restCreate(role, collection))
      case 'update':
        return ok(
          (await rest('PATCH', `/${collection}/${id}`, { token, query: { draft: 'true' }, body: { [textField[collection]]: 'Changed' } }))
            .status,
        )
      case 'delete':
        return ok((await rest('DELETE', `/${collection}/${id}`, { token })).status)
      default:
        return ok(
          (await rest('POST', `/${collection}/${id}/workflow/${workflowAction[operation]}`, { token, body: { note: 'Please revise.' } }))
            .status,
        )
    }
  }
  switch (operation) {
    case 'readPublished':
      return graphOk(await graphql(role, `{ ${name}(id: ${id}) { id } }`), name)
    case 'readDraft':
      return graphOk(await graphql(role, `{ ${name}(id: ${id}, draft: true) { id } }`), name)
    case 'create':
      return graphOk(
        await graphql(role, `mutation($data: mutation${name}Input!) { create${name}(data: $data, draft: true) { id } }`, {
          data: dataFor(collection),
        }),
        `create${name}`,
      )
    case 'update':
      return graphOk(
        await graphql(role, `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data, draft: true) { id } }`, {
          data: { [textField[collection]]: 'Changed' },
        }),
        `update${name}`,
      )
    case 'delete':
      return graphOk(await graphql(role, `mutation { delete${name}(id: ${id}) { id } }`), `delete${name}`)
    default:
      return graphOk(
        await graphql(role, `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data) { id } }`, {
          data: directAttempt[operation],
        }),
        `update${name}`,
      )
  }
}

beforeAll(async () => {
  payload = await testPayload()
  pilotA = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  pilotADraft = Number((await payload.create({ collection: 'pilots', data: pilotData() as never, draft: true })).id)
  const pilotB = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  const members: Record<Exclude<Role, 'anonymous'>, { role: 'admin' | 'editor' | 'contributor'; pilots: number[] }> = {
    contributorA: { role: 'contributor', pilots: [pilotA, pilotADraft] },
    contributorB: { role: 'contributor', pilots: [pilotB] },
    editor: { role: 'editor', pilots: [] },
    admin: { role: 'admin', pilots: [] },
  }
  for (const [role, { role: userRole, pilots }] of Object.entries(members) as [Exclude<Role, 'anonymous'>, (typeof members)['editor']][]) {
    const made = await createUser(payload, userRole, pilots)
    tokens[role] = await login(made.email, made.password)
    users[role] = { ...(await payload.findByID({ collection: 'users', id: made.user.id, depth: 0 })), collection: 'users' }
  }
  const third = await createUser(payload, 'editor')
  submitter = { ...(await payload.findByID({ collection: 'users', id: third.user.id, depth: 0 })), collection: 'users' }
})

afterAll(() => {
  console.log(`access matrix: ${cellsAsserted} cells asserted`)
})

for (const collection of collections) {
  test(`access matrix: ${collection}`, async () => {
    // Pilot A's draft stands for a pilot contributor A belongs to.
    const shared =
      collection === 'pilots'
        ? { published: pilotA, draft: pilotADraft }
        : { published: await fixture(collection, 'published'), draft: await fixture(collection, 'draft') }
    for (const surface of surfaces) {
      for (const role of roles) {
        for (const operation of operations) {
          // GraphQL has no file upload: documents are created over REST or the Local API only.
          if (surface === 'graphql' && collection === 'documents' && operation === 'create') continue
          const expected = allowed(role, collection, operation, surface)
          const actual = await attempt(role, collection, operation, surface, shared)
          cellsAsserted++
          if (actual !== expected)
            failures.push(
              `${surface} ${role} ${collection} ${operation}: expected ${expected ? 'allowed' : 'denied'}, got ${actual ? 'allowed' : 'denied'}`,
            )
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
}

test('the matrix covered every cell', () => {
  expect(cellsAsserted).toBe(roles.length * collections.length * operations.length * surfaces.length - roles.length)
})

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
