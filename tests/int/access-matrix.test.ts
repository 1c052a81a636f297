import { createLocalReq, docAccessOperation, type Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { transition } from '../../src/workflow/transition'
import { documentData, lessonData, pdfFile, pilotData, pngFile, practiceData } from '../support/fixtures'
import { createUser, graphqlRequest, login, rest, testPayload, unique } from '../support/hub'
import { workflowInvariantProblems } from '../support/invariant'

/**
 * The access matrix: roles x collections x operations x surfaces, every cell asserting the exact
 * answer: allowed, or the very denial it expects (403 or 404; "unchanged" for a bulk update whose
 * `where` matches nothing the user may change, which Payload answers 200 with no document). Any
 * other answer, a 500 included, fails the cell. After every cell the workflow invariant is checked
 * on the record (_status and reviewState agree, one latest version).
 *
 * Cells are generated from the table below (`expected`); each destructive cell gets a fresh
 * record. The workflow actions (publish, request changes, archive) go through the transition
 * function (Local API) and its endpoint (REST); GraphQL has no workflow mutation, so there the cell
 * is the direct attempt (setting `_status`/`reviewState` in an update), which is refused for
 * everyone. Payload's own operations (version restore, bulk update and delete) are cells of each
 * collection; unlock, locks, images and the jobs endpoints form a matrix of their own.
 */

const roles = ['anonymous', 'contributorA', 'contributorB', 'editor', 'admin'] as const
const collections = ['pilots', 'practices', 'lessons', 'documents'] as const
const operations = [
  'readPublished',
  'readDraft',
  'create',
  'update',
  'delete',
  'publish',
  'requestChanges',
  'archive',
  'restoreVersion',
  'bulkUpdate',
  'bulkDelete',
] as const
const surfaces = ['local', 'rest', 'graphql'] as const
type Role = (typeof roles)[number]
type Collection = (typeof collections)[number]
type Operation = (typeof operations)[number]
type Surface = (typeof surfaces)[number]
type Outcome = 'allowed' | 'unchanged' | `denied ${number}` | `error ${string}`

/** Cells that do not exist: GraphQL has no upload (documents are created over REST or the Local API) and no bulk operations. */
const exists = (collection: Collection, operation: Operation, surface: Surface) =>
  !(
    surface === 'graphql' &&
    ((collection === 'documents' && operation === 'create') || operation === 'bulkUpdate' || operation === 'bulkDelete')
  )

/** The rule, as a table: who may do what, and how a refusal answers. */
function expected(role: Role, collection: Collection, operation: Operation, surface: Surface): Outcome {
  const editor = role === 'editor' || role === 'admin'
  const writer = editor || (role === 'contributorA' && collection !== 'pilots')
  switch (operation) {
    case 'readPublished':
      return 'allowed'
    case 'readDraft':
      // A record one may not read does not exist for them.
      return editor || role === 'contributorA' ? 'allowed' : 'denied 404'
    case 'create':
    case 'update':
      return writer ? 'allowed' : 'denied 403'
    case 'delete':
    case 'bulkDelete':
      return editor ? 'allowed' : 'denied 403'
    case 'publish':
    case 'requestChanges':
      if (surface === 'graphql') return 'denied 403'
      if (editor) return 'allowed'
      // The record is in review, so not public: a contributor who may not read it gets 404, not 403.
      return role === 'contributorA' && collection !== 'pilots' ? 'denied 403' : role === 'anonymous' ? 'denied 403' : 'denied 404'
    case 'archive':
      return surface !== 'graphql' && editor ? 'allowed' : 'denied 403'
    case 'restoreVersion':
      return editor ? 'allowed' : 'denied 403'
    case 'bulkUpdate':
      if (writer) return 'allowed'
      // Signed in but none of the matched records is theirs to change: nothing changes.
      return role === 'anonymous' || collection === 'pilots' ? 'denied 403' : 'unchanged'
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
  return (await graphqlRequest(query, { token: tokens[role], variables })).body as {
    data?: Record<string, unknown> | null
    errors?: { message?: string; extensions?: { statusCode?: number } }[]
  }
}

/** A GraphQL answer as an outcome: the data, or the status its first error carries. */
const graphOutcome = (result: Awaited<ReturnType<typeof graphql>>, key: string): Outcome => {
  if (result.errors?.length) {
    const status = result.errors[0]?.extensions?.statusCode
    return status === 403 || status === 404 ? `denied ${status}` : `error ${status ?? '?'} ${result.errors[0]?.message ?? ''}`
  }
  return result.data?.[key] ? 'allowed' : 'error no data'
}

/** A REST answer as an outcome. */
const restOutcome = (status: number, body?: unknown): Outcome =>
  status >= 200 && status < 300
    ? 'allowed'
    : status === 403 || status === 404
      ? `denied ${status}`
      : `error ${status} ${JSON.stringify(body)}`

/** A Local API refusal as an outcome: the status of Payload's error (Forbidden, NotFound, a workflow error). */
const thrown = (error: unknown): Outcome => {
  const status = (error as { status?: number })?.status
  return status === 403 || status === 404 ? `denied ${status}` : `error ${status ?? '?'} ${String((error as Error)?.message ?? error)}`
}

async function restCreate(role: Role, collection: Collection): Promise<{ status: number; body: unknown }> {
  if (collection !== 'documents')
    return rest('POST', `/${collection}`, { token: tokens[role], query: { draft: 'true' }, body: dataFor(collection) })
  const file = await pdfFile()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(dataFor(collection)))
  return rest('POST', '/documents', { token: tokens[role], query: { draft: 'true' }, form })
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

/** The id of the record's latest published version (what a restore would put back). */
async function publishedVersionOf(collection: Collection, id: number): Promise<number> {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
  })
  return Number(docs[0]!.id)
}

/** Whether the text field of the record now holds `value` (a bulk update changed it). */
async function holds(collection: Collection, id: number, value: string): Promise<boolean> {
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
  return doc[textField[collection]] === value
}

/** Performs one cell; its outcome, and the record it touched (for the invariant). */
async function attempt(
  role: Role,
  collection: Collection,
  operation: Operation,
  surface: Surface,
  shared: { published: number; draft: number },
): Promise<{ outcome: Outcome; id: number }> {
  const user = users[role] ? (users[role] as never) : null
  const name = graphName[collection]
  const needs =
    operation === 'delete' || operation === 'bulkDelete' || operation === 'bulkUpdate'
      ? 'draft'
      : operation === 'archive' || operation === 'restoreVersion'
        ? 'published'
        : operation === 'publish' || operation === 'requestChanges'
          ? 'in_review'
          : null
  const id = needs ? await fixture(collection, needs) : operation === 'readPublished' ? shared.published : shared.draft
  const version = operation === 'restoreVersion' ? await publishedVersionOf(collection, id) : 0
  const marker = `Changed in bulk ${id}`
  const byId = { 'where[id][equals]': String(id) }
  const result = (outcome: Outcome) => ({ outcome, id })
  if (surface === 'local') {
    const local = { overrideAccess: false, user, depth: 0 } as const
    try {
      switch (operation) {
        case 'readPublished':
          return result(Number((await payload.findByID({ collection, id, ...local })).id) === id ? 'allowed' : 'error other record')
        case 'readDraft':
          return result(
            Number((await payload.findByID({ collection, id, draft: true, ...local })).id) === id ? 'allowed' : 'error other record',
          )
        case 'create':
          await payload.create({
            collection,
            data: dataFor(collection) as never,
            draft: true,
            ...local,
            ...(collection === 'documents' ? { file: await pdfFile() } : {}),
          })
          return result('allowed')
        case 'update':
          await payload.update({ collection, id, data: { [textField[collection]]: 'Changed' } as never, draft: true, ...local })
          return result('allowed')
        case 'delete':
          await payload.delete({ collection, id, ...local })
          return result('allowed')
        case 'restoreVersion':
          await payload.restoreVersion({ collection, id: version as never, ...local })
          return result('allowed')
        case 'bulkUpdate': {
          const done = await payload.update({
            collection,
            where: { id: { equals: id } },
            data: { [textField[collection]]: marker } as never,
            draft: true,
            ...local,
          })
          if (done.errors.length) return result(`error ${JSON.stringify(done.errors)}`)
          return result((await holds(collection, id, marker)) ? 'allowed' : 'unchanged')
        }
        case 'bulkDelete': {
          const done = await payload.delete({ collection, where: { id: { equals: id } }, ...local })
          return result(done.docs.length === 1 ? 'allowed' : done.errors.length ? `error ${JSON.stringify(done.errors)}` : 'unchanged')
        }
        default:
          await transition(payload, { collection, id, action: workflowAction[operation], note: 'Please revise.', user: user as never })
          return result('allowed')
      }
    } catch (error) {
      return result(thrown(error))
    }
  }
  if (surface === 'rest') {
    const token = tokens[role]
    switch (operation) {
      case 'readPublished': {
        const response = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0' } })
        return result(restOutcome(response.status, response.body))
      }
      case 'readDraft': {
        const response = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0', draft: 'true' } })
        return result(
          response.status === 200 && response.body.id !== id ? 'error other record' : restOutcome(response.status, response.body),
        )
      }
      case 'create': {
        const response = await restCreate(role, collection)
        return result(restOutcome(response.status, response.body))
      }
      case 'update': {
        const response = await rest('PATCH', `/${collection}/${id}`, {
          token,
          query: { draft: 'true' },
          body: { [textField[collection]]: 'Changed' },
        })
        return result(restOutcome(response.status, response.body))
      }
      case 'delete': {
        const response = await rest('DELETE', `/${collection}/${id}`, { token })
        return result(restOutcome(response.status, response.body))
      }
      case 'restoreVersion': {
        const response = await rest('POST', `/${collection}/versions/${version}`, { token })
        return result(restOutcome(response.status, response.body))
      }
      case 'bulkUpdate': {
        const response = await rest('PATCH', `/${collection}`, {
          token,
          query: { draft: 'true', ...byId },
          body: { [textField[collection]]: marker },
        })
        if (response.status !== 200) return result(restOutcome(response.status, response.body))
        if (response.body.errors?.length) return result(`error ${JSON.stringify(response.body.errors)}`)
        return result((await holds(collection, id, marker)) ? 'allowed' : 'unchanged')
      }
      case 'bulkDelete': {
        const response = await rest('DELETE', `/${collection}`, { token, query: byId })
        if (response.status !== 200) return result(restOutcome(response.status, response.body))
        return result(
          response.body.docs?.length === 1
            ? 'allowed'
            : response.body.errors?.length
              ? `error ${JSON.stringify(response.body.errors)}`
              : 'unchanged',
        )
      }
      default: {
        const response = await rest('POST', `/${collection}/${id}/workflow/${workflowAction[operation]}`, {
          token,
          body: { note: 'Please revise.' },
        })
        return result(restOutcome(response.status, response.body))
      }
    }
  }
  switch (operation) {
    case 'readPublished':
      return result(graphOutcome(await graphql(role, `{ ${name}(id: ${id}) { id } }`), name))
    case 'readDraft':
      return result(graphOutcome(await graphql(role, `{ ${name}(id: ${id}, draft: true) { id } }`), name))
    case 'create':
      return result(
        graphOutcome(
          await graphql(role, `mutation($data: mutation${name}Input!) { create${name}(data: $data, draft: true) { id } }`, {
            data: dataFor(collection),
          }),
          `create${name}`,
        ),
      )
    case 'update':
      return result(
        graphOutcome(
          await graphql(
            role,
            `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data, draft: true) { id } }`,
            {
              data: { [textField[collection]]: 'Changed' },
            },
          ),
          `update${name}`,
        ),
      )
    case 'delete':
      return result(graphOutcome(await graphql(role, `mutation { delete${name}(id: ${id}) { id } }`), `delete${name}`))
    case 'restoreVersion':
      return result(graphOutcome(await graphql(role, `mutation { restoreVersion${name}(id: ${version}) { id } }`), `restoreVersion${name}`))
    case 'bulkUpdate':
    case 'bulkDelete':
      throw new Error('GraphQL has no bulk operations')
    default:
      return result(
        graphOutcome(
          await graphql(role, `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data) { id } }`, {
            data: directAttempt[operation],
          }),
          `update${name}`,
        ),
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

let expectedCells = 0
for (const collection of collections) {
  for (const operation of operations)
    for (const surface of surfaces) if (exists(collection, operation, surface)) expectedCells += roles.length
  test(`access matrix: ${collection}`, async () => {
    // Pilot A's draft stands for a pilot contributor A belongs to.
    const shared =
      collection === 'pilots'
        ? { published: pilotA, draft: pilotADraft }
        : { published: await fixture(collection, 'published'), draft: await fixture(collection, 'draft') }
    for (const surface of surfaces) {
      for (const role of roles) {
        for (const operation of operations) {
          if (!exists(collection, operation, surface)) continue
          const wanted = expected(role, collection, operation, surface)
          const { outcome, id } = await attempt(role, collection, operation, surface, shared)
          cellsAsserted++
          const cell = `${surface} ${role} ${collection} ${operation}`
          if (outcome !== wanted) failures.push(`${cell}: expected ${wanted}, got ${outcome}`)
          for (const problem of await workflowInvariantProblems(payload, collection, id)) failures.push(`${cell}: ${problem}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 600_000)
}

/** Payload's own operations and collections, by role and surface. */
const builtIns = ['unlock', 'lockRecord', 'lockInAnotherName', 'changeImage', 'runJobs'] as const
type BuiltIn = (typeof builtIns)[number]
const builtInSurfaces: Record<BuiltIn, readonly Surface[]> = {
  unlock: ['local', 'rest', 'graphql'],
  lockRecord: ['rest', 'graphql'],
  lockInAnotherName: ['rest', 'graphql'],
  changeImage: ['local', 'rest', 'graphql'],
  runJobs: ['rest'],
}
function expectedBuiltIn(role: Role, operation: BuiltIn): Outcome {
  const editor = role === 'editor' || role === 'admin'
  switch (operation) {
    case 'unlock':
    case 'runJobs':
      return role === 'admin' ? 'allowed' : 'denied 403'
    case 'lockRecord':
    case 'changeImage':
      // A record of pilot A; an image uploaded by contributor A.
      return editor || role === 'contributorA' ? 'allowed' : 'denied 403'
    case 'lockInAnotherName':
      return 'denied 403'
  }
}

test('access matrix: unlock, locks, images, jobs', async () => {
  const victim = await createUser(payload, 'editor')
  const file = await pngFile()
  const image = Number(
    (
      await payload.create({
        collection: 'media',
        data: { alt: 'Matrix image' } as never,
        file,
        overrideAccess: false,
        user: users.contributorA as never,
      })
    ).id,
  )
  for (const operation of builtIns) {
    for (const surface of builtInSurfaces[operation]) {
      for (const role of roles) {
        const user = users[role] ? (users[role] as never) : null
        const token = tokens[role]
        const self = Number(users[role]?.id ?? 0)
        let outcome: Outcome
        if (operation === 'unlock') {
          await payload.update({
            collection: 'users',
            id: victim.user.id,
            data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 5 } as never,
          })
          if (surface === 'local') {
            outcome = await payload
              .unlock({ collection: 'users', data: { email: victim.email } as never, overrideAccess: false, req: { user } as never })
              .then(() => 'allowed' as Outcome, thrown)
          } else if (surface === 'rest') {
            const response = await rest('POST', '/users/unlock', { token, body: { email: victim.email } })
            outcome = restOutcome(response.status, response.body)
          } else outcome = graphOutcome(await graphql(role, `mutation { unlockUser(email: "${victim.email}") }`), 'unlockUser')
          const unlocked = !(await payload.findByID({ collection: 'users', id: victim.user.id, showHiddenFields: true })).lockUntil
          if (unlocked !== (outcome === 'allowed')) outcome = `error lock state disagrees with ${outcome}`
        } else if (operation === 'lockRecord' || operation === 'lockInAnotherName') {
          const record = await fixture('practices', 'draft')
          const owner = operation === 'lockRecord' ? self : Number(victim.user.id)
          const data = {
            document: { relationTo: 'practices', value: record },
            user: { relationTo: 'users', value: owner || Number(victim.user.id) },
          }
          if (surface === 'rest') {
            const response = await rest('POST', '/payload-locked-documents', { token, body: data })
            outcome = restOutcome(response.status, response.body)
          } else {
            outcome = graphOutcome(
              await graphql(
                role,
                'mutation($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }',
                { data },
              ),
              'createPayloadLockedDocument',
            )
          }
        } else if (operation === 'changeImage') {
          const alt = `Changed by ${role} over ${surface}`
          if (surface === 'local') {
            outcome = await payload
              .update({ collection: 'media', id: image, data: { alt }, overrideAccess: false, user })
              .then(() => 'allowed' as Outcome, thrown)
          } else if (surface === 'rest') {
            const response = await rest('PATCH', `/media/${image}`, { token, body: { alt } })
            outcome = restOutcome(response.status, response.body)
          } else {
            outcome = graphOutcome(
              await graphql(role, `mutation { updateMedia(id: ${image}, data: { alt: "${alt}" }) { id } }`),
              'updateMedia',
            )
          }
          const changed = (await payload.findByID({ collection: 'media', id: image })).alt === alt
          if (changed !== (outcome === 'allowed')) outcome = `error image state disagrees with ${outcome}`
        } else {
          const response = await rest('GET', '/payload-jobs/run', { token })
          outcome = restOutcome(response.status, response.body)
        }
        cellsAsserted++
        expectedCells++
        const wanted = expectedBuiltIn(role, operation)
        if (outcome !== wanted) failures.push(`${surface} ${role} ${operation}: expected ${wanted}, got ${outcome}`)
      }
    }
  }
  expect(failures).toEqual([])
}, 300_000)

test('the matrix covered every cell', () => {
  expect(cellsAsserted).toBe(expectedCells)
  expect(cellsAsserted).toBeGreaterThanOrEqual(670)
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
