import { afterAll, beforeAll, expect, test } from 'vitest'

import { fixture, payload, pilotA, pilotADraft, setUpMatrix, tokens, users } from '../support/access-matrix/actors'
import { attempt, graphOutcome, graphql, restOutcome, thrown } from '../support/access-matrix/attempt'
import {
  collections,
  expected,
  exists,
  operations,
  roles,
  surfaces,
  type Outcome,
  type Role,
  type Surface,
} from '../support/access-matrix/table'
import { pngFile } from '../support/fixtures'
import { createUser, rest } from '../support/hub'
import { workflowInvariantProblems } from '../support/invariant'

/**
 * The access matrix: roles x collections x operations x surfaces, every cell asserting the exact
 * answer: allowed, or the very denial it expects (403 or 404; "unchanged" for a bulk update whose
 * `where` matches nothing the user may change, which Payload answers 200 with no document). Any
 * other answer, a 500 included, fails the cell. After every cell the workflow invariant is checked
 * on the record (_status and reviewState agree, one latest version).
 *
 * Cells are generated from the table (`expected`, tests/support/access-matrix/table.ts); each
 * destructive cell gets a fresh record. The workflow actions (publish, request changes, archive)
 * go through the transition function (Local API) and its endpoint (REST); GraphQL has no workflow
 * mutation, so there the cell is the direct attempt (setting `_status`/`reviewState` in an
 * update), which is refused for everyone. Payload's own operations (version restore, bulk update
 * and delete) are cells of each collection; unlock, locks, images and the jobs endpoints form a
 * matrix of their own. The create view and duplication are in access-matrix.create-and-duplicate.
 */

let cellsAsserted = 0
const failures: string[] = []

beforeAll(setUpMatrix)

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
