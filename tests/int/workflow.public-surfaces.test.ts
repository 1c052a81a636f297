import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { documentData, pdfFile } from '../support/fixtures'
import { rest } from '../support/hub'
import { actualIndex, freshSearchIndex, runSearchJobs } from '../support/search'
import {
  act,
  contributorA,
  contributorB,
  editor1,
  editor2,
  payload,
  pilotA,
  publishedLesson,
  setUpWorkflow,
  tearDownWorkflow,
} from '../support/workflow'

/**
 * What the public sees while a record moves through the workflow: a published lesson with a
 * pending revision, an archived record (gone from every public surface, search included), and the
 * known traps (duplicate, depth, versions, draft=true, hidden fields).
 */

beforeAll(setUpWorkflow)

afterAll(tearDownWorkflow)

test('a published lesson with a pending revision: the public sees the published version, editors the revision', async () => {
  const index = freshSearchIndex()
  const id = await publishedLesson({ title: 'Approved wording' })
  await runSearchJobs(payload)
  const revision = await rest('PATCH', `/lessons/${id}`, {
    token: contributorA.token,
    query: { draft: 'true' },
    body: { title: 'Unapproved wording' },
  })
  expect(revision.status, JSON.stringify(revision.body)).toBe(200)
  expect(revision.body.doc.reviewState).toBe('draft')
  // Saving over the published record without draft=true would change it in place: refused.
  expect((await rest('PATCH', `/lessons/${id}`, { token: contributorA.token, body: { title: 'Sneaky' } })).status).toBe(403)
  await runSearchJobs(payload)

  for (const query of [{}, { draft: 'true' }] as Record<string, string>[]) {
    const anonymous = await rest('GET', `/lessons/${id}`, { query: { ...query, depth: '0' } })
    expect(anonymous.body.title).toBe('Approved wording')
  }
  const local = await payload.findByID({ collection: 'lessons', id, overrideAccess: false, user: null, draft: true, depth: 0 })
  expect(local.title).toBe('Approved wording')
  expect((await rest('GET', `/lessons/${id}`, { token: editor2.token, query: { draft: 'true', depth: '0' } })).body.title).toBe(
    'Unapproved wording',
  )
  expect((await rest('GET', `/lessons/${id}`, { token: editor2.token, query: { depth: '0' } })).body.title).toBe('Approved wording')
  expect((await actualIndex(index)).get(`lesson-${id}-en`)?.title).toBe('Approved wording')
  // Approved: the revision becomes the public version.
  expect((await act(contributorA, 'lessons', id, 'submitForReview')).status).toBe(200)
  expect((await act(editor2, 'lessons', id, 'publish')).status).toBe(200)
  await runSearchJobs(payload)
  expect((await rest('GET', `/lessons/${id}`, { query: { depth: '0' } })).body.title).toBe('Unapproved wording')
  expect((await actualIndex(index)).get(`lesson-${id}-en`)?.title).toBe('Unapproved wording')
})

test('archive removes a record from every public surface and keeps it in the admin; restore brings it back as a draft', async () => {
  const index = freshSearchIndex()
  const id = await publishedLesson({ title: 'Lesson to archive' })
  await runSearchJobs(payload)
  expect([...(await actualIndex(index)).keys()]).toEqual(expect.arrayContaining([`lesson-${id}-en`, `lesson-${id}-fr`]))

  expect((await act(contributorA, 'lessons', id, 'archive')).status).toBe(403)
  const archived = await act(editor2, 'lessons', id, 'archive')
  expect(archived.status, JSON.stringify(archived.body)).toBe(200)
  expect(archived.body.doc).toMatchObject({ reviewState: 'archived', _status: 'draft' })
  await runSearchJobs(payload)

  for (const locale of ['en', 'fr']) {
    expect((await rest('GET', `/lessons/${id}`, { query: { locale } })).status).toBe(404)
    expect((await rest('GET', `/lessons/${id}`, { query: { locale, draft: 'true' } })).status).toBe(404)
    const list = await rest('GET', '/lessons', { query: { locale, limit: '0', depth: '0', 'where[id][equals]': String(id) } })
    expect(list.body.docs).toEqual([])
  }
  const local = await payload.find({
    collection: 'lessons',
    where: { id: { equals: id } },
    overrideAccess: false,
    user: null,
    draft: false,
  })
  expect(local.docs).toEqual([])
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const graph = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ Lessons(where: { id: { equals: ${id} } }) { docs { id } } }` }),
    }),
  )
  expect((await graph.json()).data.Lessons.docs).toEqual([])
  const indexed = await actualIndex(index)
  expect(indexed.has(`lesson-${id}-en`)).toBe(false)
  expect(indexed.has(`lesson-${id}-fr`)).toBe(false)
  const hits = await index.search({
    locale: 'en',
    q: 'Lesson to archive',
    filters: {},
    facets: [],
    sort: 'relevance',
    page: 1,
    hitsPerPage: 20,
  })
  expect(hits.hits.map((hit) => hit.recordId)).not.toContain(String(id))

  // Still in the admin, marked archived.
  const inAdmin = await rest('GET', `/lessons/${id}`, { token: editor1.token, query: { depth: '0' } })
  expect(inAdmin.body).toMatchObject({ reviewState: 'archived' })
  // Even a system write that republishes it directly would not make an archived record public:
  // the read rule excludes archived records by their review state too.
  await payload.db.updateOne({ collection: 'lessons', id, data: { _status: 'published', reviewState: 'archived' } })
  expect((await rest('GET', `/lessons/${id}`)).status).toBe(404)
  await payload.db.updateOne({ collection: 'lessons', id, data: { _status: 'draft' } })

  const restored = await act(editor1, 'lessons', id, 'restore')
  expect(restored.status).toBe(200)
  expect(restored.body.to).toBe('draft')
  expect((await rest('GET', `/lessons/${id}`)).status).toBe(404)
})

describe('known traps', () => {
  test('duplicating a published record gives a draft copy the public cannot see', async () => {
    const id = await publishedLesson()
    const copy = await rest('POST', `/lessons/${id}/duplicate`, { token: editor1.token, body: {} })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc).toMatchObject({ _status: 'draft', reviewState: 'draft' })
    expect(copy.body.doc.submittedBy ?? null).toBeNull()
    expect((await rest('GET', `/lessons/${copy.body.doc.id}`)).status).toBe(404)
    // The Local API, as the system, too (of another record: two copies of one would share a slug).
    const systemCopy = await payload.duplicate({ collection: 'lessons', id: await publishedLesson(), depth: 0 })
    expect(systemCopy).toMatchObject({ _status: 'draft', reviewState: 'draft' })
  })

  test('depth does not populate a draft or archived relation into a published record', async () => {
    const draftDoc = await payload.create({
      collection: 'documents',
      data: documentData({ pilot: pilotA, title: 'Draft attachment' }) as never,
      file: await pdfFile(),
      draft: true,
    })
    const publicDoc = await payload.create({
      collection: 'documents',
      data: documentData({ pilot: pilotA, _status: 'published' }) as never,
      file: await pdfFile(),
    })
    const id = await publishedLesson({ documents: [draftDoc.id, publicDoc.id] })
    for (const query of [{ depth: '2' }, { depth: '2', draft: 'true' }] as Record<string, string>[]) {
      const read = await rest('GET', `/lessons/${id}`, { query })
      expect(read.status).toBe(200)
      const populated = read.body.documents.filter((doc: unknown) => doc && typeof doc === 'object')
      expect(populated.map((doc: { id: number }) => doc.id)).toEqual([publicDoc.id])
      expect(JSON.stringify(read.body)).not.toContain('Draft attachment')
    }
    const local = await payload.findByID({ collection: 'lessons', id, depth: 2, overrideAccess: false, user: null })
    expect(JSON.stringify(local)).not.toContain('Draft attachment')
    // Once the attachment is archived, it leaves the published lesson as well.
    expect((await act(editor1, 'documents', publicDoc.id, 'archive')).status).toBe(200)
    const after = await rest('GET', `/lessons/${id}`, { query: { depth: '2' } })
    expect(after.body.documents.filter((doc: unknown) => doc && typeof doc === 'object')).toEqual([])
  })

  test('versions endpoints do not give drafts to the public or to other pilots', async () => {
    const id = await publishedLesson()
    await rest('PATCH', `/lessons/${id}`, { token: contributorA.token, query: { draft: 'true' }, body: { title: 'Secret revision' } })
    expect((await rest('GET', '/lessons/versions')).status).toBe(403)
    const anonymousVersions = await rest('GET', '/lessons/versions', { query: { 'where[parent][equals]': String(id) } })
    expect(anonymousVersions.status).toBe(403)
    const other = await rest('GET', '/lessons/versions', {
      token: contributorB.token,
      query: { 'where[parent][equals]': String(id), depth: '0' },
    })
    expect(other.status === 403 || other.body.docs.length === 0).toBe(true)
    const own = await rest('GET', '/lessons/versions', {
      token: contributorA.token,
      query: { 'where[parent][equals]': String(id), depth: '0' },
    })
    expect(own.status).toBe(200)
    expect(own.body.docs.some((version: any) => version.version.title === 'Secret revision')).toBe(true)
    const versionId = own.body.docs[0].id
    expect((await rest('GET', `/lessons/versions/${versionId}`)).status).toBe(403)
  })

  test('where queries on fields hidden from the public are refused', async () => {
    for (const field of ['submittedBy', 'lastEditedBy', 'reviewNote', 'submittedAt']) {
      const response = await rest('GET', '/lessons', { query: { [`where[${field}][exists]`]: 'true', depth: '0' } })
      expect(response.status, field).toBeGreaterThanOrEqual(400)
      expect(response.status, field).toBeLessThan(500)
    }
    const contact = await rest('GET', '/pilots', { query: { 'where[contactEmail][exists]': 'true' } })
    expect(contact.status).toBeGreaterThanOrEqual(400)
    // A where on the review state cannot reach drafts either: the access rule is and-ed in.
    const drafts = await rest('GET', '/lessons', {
      query: { 'where[reviewState][in]': 'draft,in_review,changes_requested,archived', limit: '0', depth: '0' },
    })
    expect(drafts.body.docs).toEqual([])
    const draftStatus = await rest('GET', '/lessons', {
      query: { 'where[_status][equals]': 'draft', draft: 'true', limit: '0', depth: '0' },
    })
    expect(draftStatus.body.docs ?? []).toEqual([])
  })
})
