import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { documentData, lessonData, pdfFile, pilotData } from '../support/fixtures'
import { createUser, login, rest, testPayload, unique } from '../support/hub'
import { actualIndex, freshSearchIndex, runSearchJobs } from '../support/search'
import { reviewQueue } from '../../src/workflow/queue'
import { startSmtpServer, waitForMail, type ReceivedMail } from '../support/smtp'

/**
 * The review workflow end to end: a lesson's journey from a contributor's draft to publication,
 * with the mails a real SMTP server receives, the history, four-eyes, pending revisions, archiving
 * and the known traps (duplicate, depth, versions, draft=true, hidden fields).
 */

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let pilotA: number
let pilotB: number
type Person = { id: number; email: string; token: string }
let contributorA: Person
let contributorB: Person
let editor1: Person
let editor2: Person
let admin: Person

const person = async (role: 'admin' | 'editor' | 'contributor', pilots: number[] = [], language: 'en' | 'fr' = 'en'): Promise<Person> => {
  const made = await createUser(payload, role, pilots)
  if (language !== 'en') await payload.update({ collection: 'users', id: made.user.id, data: { language }, overrideAccess: true })
  return { id: Number(made.user.id), email: made.email, token: await login(made.email, made.password) }
}
const act = (who: Person | null, collection: string, id: number | string, action: string, note?: string) =>
  rest('POST', `/${collection}/${id}/workflow/${action}`, { token: who?.token, body: note === undefined ? {} : { note } })
const adminLink = (collection: string, id: number | string) => `http://localhost:3000/admin/collections/${collection}/${id}`
const about = (id: number | string) => (mail: ReceivedMail) => mail.text.includes(adminLink('lessons', id))

beforeAll(async () => {
  smtp = await startSmtpServer({ rejects: (address) => address.startsWith('bounce-') })
  // The config reads SMTP_URL when it is first imported, which testPayload() does below.
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'hub@example.org'
  payload = await testPayload()
  pilotA = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  pilotB = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  contributorA = await person('contributor', [pilotA])
  contributorB = await person('contributor', [pilotB])
  editor1 = await person('editor')
  editor2 = await person('editor', [], 'fr')
  admin = await person('admin')
})

afterAll(async () => {
  await smtp?.stop()
})

test('the mail adapter sends through SMTP_URL', () => {
  expect(payload.email).toMatchObject({ name: 'nodemailer', defaultFromAddress: 'hub@example.org' })
})

test('a lesson’s journey: draft, submit, changes requested, revised, resubmitted, published by another editor; mails and history', async () => {
  // The contributor drafts a lesson for their pilot.
  const created = await rest('POST', '/lessons', {
    token: contributorA.token,
    query: { draft: 'true' },
    body: lessonData(pilotA, { title: 'Journey lesson' }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  expect(created.body.doc).toMatchObject({ _status: 'draft', reviewState: 'draft' })
  expect((await rest('GET', `/lessons/${id}`)).status).toBe(404)

  // ...and submits it: the editors get a mail with a link to the record in the admin.
  const submitted = await act(contributorA, 'lessons', id, 'submitForReview')
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  expect(submitted.body).toMatchObject({ from: 'draft', to: 'in_review' })
  // One mail per editor, each in their own language (editor 2 reads French), nobody else.
  const [toEditor1] = await waitForMail(smtp.messages, (mail) => about(id)(mail) && mail.to.includes(editor1.email))
  const [toEditor2] = await waitForMail(smtp.messages, (mail) => about(id)(mail) && mail.to.includes(editor2.email))
  expect(toEditor1!.to).toEqual([editor1.email])
  expect(toEditor1!.subject).toBe('Review requested: Journey lesson')
  expect(toEditor1!.text).toContain('Test contributor submitted the lesson "Journey lesson" for review.')
  expect(toEditor2!.to).toEqual([editor2.email])
  expect(toEditor2!.subject).toBe('Relecture demandée : Journey lesson')
  expect(toEditor2!.text).toContain('Relisez-la ici : ' + adminLink('lessons', id))
  expect(smtp.messages.filter((mail) => about(id)(mail) && mail.to.includes(contributorA.email))).toEqual([])
  expect(toEditor1!.from).toBe('hub@example.org')

  // An editor requests changes; a note is required.
  const noNote = await act(editor1, 'lessons', id, 'requestChanges')
  expect(noNote.status).toBe(400)
  expect(noNote.body.errors[0].message).toMatch(/^note:/)
  const requested = await act(editor1, 'lessons', id, 'requestChanges', 'Please add what the partners expected.')
  expect(requested.status).toBe(200)
  const [toContributor] = await waitForMail(smtp.messages, (mail) => about(id)(mail) && mail.subject.startsWith('Changes requested'))
  expect(toContributor!.to).toEqual([contributorA.email])
  expect(toContributor!.text).toContain('Please add what the partners expected.')

  // The contributor sees the note on the record, revises and resubmits.
  const seen = await rest('GET', `/lessons/${id}`, { token: contributorA.token, query: { draft: 'true', depth: '0' } })
  expect(seen.body).toMatchObject({ reviewState: 'changes_requested', reviewNote: 'Please add what the partners expected.' })
  const revised = await rest('PATCH', `/lessons/${id}`, {
    token: contributorA.token,
    query: { draft: 'true' },
    body: { summary: 'Now with the partners’ expectations.' },
  })
  expect(revised.status, JSON.stringify(revised.body)).toBe(200)
  expect(revised.body.doc.reviewState).toBe('changes_requested')
  expect((await act(contributorA, 'lessons', id, 'submitForReview')).status).toBe(200)

  // Contributors never publish.
  const byContributor = await act(contributorA, 'lessons', id, 'publish')
  expect(byContributor.status).toBe(403)
  // Another editor publishes; the submitter is told.
  const published = await act(editor2, 'lessons', id, 'publish')
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  expect(published.body.doc).toMatchObject({ _status: 'published', reviewState: 'published' })
  const [toSubmitter] = await waitForMail(smtp.messages, (mail) => about(id)(mail) && mail.subject.startsWith('Published'))
  expect(toSubmitter!.to).toEqual([contributorA.email])
  expect(toSubmitter!.text).toContain(adminLink('lessons', id))
  const { slug } = await payload.findByID({ collection: 'lessons', id, depth: 0 })
  expect(toSubmitter!.text).toContain(`On the site: http://localhost:3000/en/lessons/${slug}`)

  const publicRead = await rest('GET', `/lessons/${id}`, { query: { depth: '0' } })
  expect(publicRead.status).toBe(200)
  expect(publicRead.body.summary).toBe('Now with the partners’ expectations.')
  // Who moderated is not for the public.
  expect(publicRead.body).not.toHaveProperty('submittedBy')
  expect(publicRead.body).not.toHaveProperty('reviewNote')

  // The history shows every step, in order, with who, from, to and the note.
  const history = await rest('GET', '/review-events', {
    token: editor1.token,
    query: { 'where[recordCollection][equals]': 'lessons', 'where[recordId][equals]': String(id), sort: 'createdAt', depth: '0' },
  })
  expect(history.body.docs.map((event: any) => [event.action, event.fromState, event.toState, event.actor, event.note ?? null])).toEqual([
    ['submitForReview', 'draft', 'in_review', contributorA.id, null],
    ['requestChanges', 'in_review', 'changes_requested', editor1.id, 'Please add what the partners expected.'],
    ['submitForReview', 'changes_requested', 'in_review', contributorA.id, null],
    ['publish', 'in_review', 'published', editor2.id, null],
  ])
  expect(history.body.docs.every((event: any) => typeof event.createdAt === 'string')).toBe(true)
  // Each event says who acted by name and whether the mails went out (to every editor, then to the submitter).
  const editors = (await payload.count({ collection: 'users', where: { role: { equals: 'editor' } } })).totalDocs
  expect(history.body.docs.map((event: any) => [event.actorName, event.mailStatus, event.mailRecipients])).toEqual([
    ['Test contributor', 'sent', editors],
    ['Test editor', 'sent', 1],
    ['Test contributor', 'sent', editors],
    ['Test editor', 'sent', 1],
  ])
  // The history is the workflow's: nobody writes it by hand, the public does not read it.
  expect((await rest('GET', '/review-events')).status).toBe(403)
  expect(
    (
      await rest('POST', '/review-events', {
        token: admin.token,
        body: { recordCollection: 'lessons', recordId: '1', action: 'publish', fromState: 'draft', toState: 'published', actor: admin.id },
      })
    ).status,
  ).toBe(403)
})

describe('four-eyes', () => {
  const submittedLesson = async (by: Person) => {
    const doc = await rest('POST', '/lessons', { token: by.token, query: { draft: 'true' }, body: lessonData(pilotA) })
    expect((await act(by, 'lessons', doc.body.doc.id, 'submitForReview')).status).toBe(200)
    return doc.body.doc.id as number
  }

  test('an editor cannot publish their own submission; another editor can', async () => {
    const id = await submittedLesson(editor1)
    const own = await act(editor1, 'lessons', id, 'publish')
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toMatch(/four-eyes.*submitted/)
    expect((await act(editor2, 'lessons', id, 'publish')).status).toBe(200)
  })

  test('an editor who last edited a submission cannot publish it', async () => {
    const id = await submittedLesson(contributorA)
    expect(
      (await rest('PATCH', `/lessons/${id}`, { token: editor1.token, query: { draft: 'true' }, body: { summary: 'Edited by the editor' } }))
        .status,
    ).toBe(200)
    const own = await act(editor1, 'lessons', id, 'publish')
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toMatch(/four-eyes.*last edited/)
    expect((await act(editor2, 'lessons', id, 'publish')).status).toBe(200)
  })

  test('with one editor only, an admin approves the editor’s submission', async () => {
    const id = await submittedLesson(editor1)
    expect((await act(admin, 'lessons', id, 'publish')).status).toBe(200)
  })
})

describe('errors name the problem', () => {
  test('unknown action, unknown record, wrong state, anonymous, another pilot', async () => {
    const doc = await rest('POST', '/lessons', { token: contributorA.token, query: { draft: 'true' }, body: lessonData(pilotA) })
    const id = doc.body.doc.id
    const unknown = await act(editor1, 'lessons', id, 'approveEverything')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toMatch(/unknown workflow action/)
    expect((await act(editor1, 'lessons', 999999, 'publish')).status).toBe(404)
    const wrongState = await act(editor1, 'lessons', id, 'publish')
    expect(wrongState.status).toBe(400)
    expect(wrongState.body.errors[0].message).toMatch(/from the review state "draft"/)
    expect((await act(null, 'lessons', id, 'submitForReview')).status).toBe(403)
    // A contributor of another pilot does not even see the draft.
    expect((await act(contributorB, 'lessons', id, 'submitForReview')).status).toBe(404)
  })

  test('ordinary saves cannot publish, change the review state, mark samples or write for another pilot', async () => {
    const doc = await rest('POST', '/lessons', { token: contributorA.token, query: { draft: 'true' }, body: lessonData(pilotA) })
    const id = doc.body.doc.id
    const direct = await rest('PATCH', `/lessons/${id}`, { token: contributorA.token, body: { _status: 'published' } })
    expect(direct.status).toBe(403)
    expect(direct.body.errors[0].message).toMatch(/^_status:/)
    expect((await rest('PATCH', `/lessons/${id}`, { token: editor1.token, body: { _status: 'published' } })).status).toBe(403)
    expect(
      (await rest('POST', '/lessons', { token: contributorA.token, body: { ...lessonData(pilotA), _status: 'published' } })).status,
    ).toBe(403)
    const state = await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { reviewState: 'published' },
    })
    expect(state.status).toBe(403)
    expect(state.body.errors[0].message).toMatch(/^reviewState:/)
    const sample = await rest('PATCH', `/lessons/${id}`, { token: contributorA.token, query: { draft: 'true' }, body: { isSample: true } })
    expect(sample.status).toBe(403)
    expect(sample.body.errors[0].message).toMatch(/^isSample:/)
    const moved = await rest('PATCH', `/lessons/${id}`, { token: contributorA.token, query: { draft: 'true' }, body: { pilot: pilotB } })
    expect(moved.status).toBe(403)
    expect(moved.body.errors[0].message).toMatch(/^pilot:/)
    const elsewhere = await rest('POST', '/lessons', { token: contributorA.token, query: { draft: 'true' }, body: lessonData(pilotB) })
    expect(elsewhere.status).toBe(403)
    // Echoing the current values (as the admin form does) is fine.
    const echo = await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { reviewState: 'draft', isSample: false, pilot: pilotA, summary: 'ok' },
    })
    expect(echo.status, JSON.stringify(echo.body)).toBe(200)
    // Nor their own role or pilots.
    await rest('PATCH', `/users/${contributorA.id}`, { token: contributorA.token, body: { role: 'editor', pilots: [pilotA, pilotB] } })
    const self = await payload.findByID({ collection: 'users', id: contributorA.id, depth: 0 })
    expect(self.role).toBe('contributor')
    expect(self.pilots).toEqual([pilotA])
  })
})

async function publishedLesson(overrides: Record<string, unknown> = {}) {
  const doc = await rest('POST', '/lessons', { token: contributorA.token, query: { draft: 'true' }, body: lessonData(pilotA, overrides) })
  const id = doc.body.doc.id as number
  expect((await act(contributorA, 'lessons', id, 'submitForReview')).status).toBe(200)
  expect((await act(editor1, 'lessons', id, 'publish')).status).toBe(200)
  return id
}

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

describe('mail on every transition', () => {
  test('each transition tells the people concerned, each in their own language, with links; the history records it', async () => {
    const pilotC = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
    const writer = await person('contributor', [pilotC])
    const teammate = await person('contributor', [pilotC], 'fr')
    const created = await rest('POST', '/lessons', {
      token: writer.token,
      query: { draft: 'true' },
      body: lessonData(pilotC, { title: 'Bilingual lesson' }),
    })
    const id = created.body.doc.id as number
    await payload.update({ collection: 'lessons', id, locale: 'fr', data: { title: 'Enseignement bilingue' } as never, draft: true })
    const mailsTo = (who: Person, subject: string) =>
      waitForMail(smtp.messages, (mail) => about(id)(mail) && mail.to.includes(who.email) && mail.subject === subject)

    expect((await act(writer, 'lessons', id, 'submitForReview')).status).toBe(200)
    await mailsTo(editor1, 'Review requested: Bilingual lesson')
    await mailsTo(editor2, 'Relecture demandée : Enseignement bilingue')

    expect((await act(editor1, 'lessons', id, 'requestChanges', 'Say what the partners expected.')).status).toBe(200)
    const [changesEn] = await mailsTo(writer, 'Changes requested: Bilingual lesson')
    const [changesFr] = await mailsTo(teammate, 'Modifications demandées : Enseignement bilingue')
    expect(changesEn!.text).toContain('Say what the partners expected.')
    expect(changesFr!.text).toContain('Say what the partners expected.')
    expect(changesFr!.text).toContain(`Modifiez la fiche et soumettez-la à nouveau : ${adminLink('lessons', id)}`)

    expect((await act(writer, 'lessons', id, 'submitForReview')).status).toBe(200)
    expect((await act(editor2, 'lessons', id, 'publish')).status).toBe(200)
    const { slug } = await payload.findByID({ collection: 'lessons', id, depth: 0 })
    const [publishedEn] = await mailsTo(writer, 'Published: Bilingual lesson')
    const [publishedFr] = await mailsTo(teammate, 'Publié : Enseignement bilingue')
    expect(publishedEn!.text).toContain(`On the site: http://localhost:3000/en/lessons/${slug}`)
    expect(publishedFr!.text).toContain(`Sur le site : http://localhost:3000/fr/lessons/${slug}`)
    // The link works: the public page of the record answers.
    expect((await rest('GET', `/lessons/${id}`, { query: { depth: '0' } })).status).toBe(200)

    expect((await act(editor1, 'lessons', id, 'archive')).status).toBe(200)
    await mailsTo(writer, 'Archived: Bilingual lesson')
    await mailsTo(teammate, 'Archivé : Enseignement bilingue')
    expect((await act(editor1, 'lessons', id, 'restore')).status).toBe(200)
    await mailsTo(writer, 'Restored from the archive: Bilingual lesson')
    await mailsTo(teammate, 'Sorti de l’archive : Enseignement bilingue')

    expect((await act(writer, 'lessons', id, 'submitForReview')).status).toBe(200)
    expect((await act(editor2, 'lessons', id, 'publish')).status).toBe(200)
    // The teammate starts a revision: the writer (who submitted it) is told, the teammate is not.
    expect((await act(teammate, 'lessons', id, 'startRevision')).status).toBe(200)
    await mailsTo(writer, 'New revision started: Bilingual lesson')
    expect(smtp.messages.filter((mail) => about(id)(mail) && mail.to.includes(teammate.email) && /révision/.test(mail.subject))).toEqual([])
    // Nobody is mailed about their own action, and no mail names more than one recipient.
    expect(smtp.messages.filter((mail) => about(id)(mail) && mail.to.length !== 1)).toEqual([])
    expect(smtp.messages.filter((mail) => about(id)(mail) && mail.to.includes(editor2.email) && mail.subject.startsWith('Publié'))).toEqual(
      [],
    )

    const history = await payload.find({
      collection: 'review-events',
      where: { and: [{ recordCollection: { equals: 'lessons' } }, { recordId: { equals: String(id) } }] },
      sort: 'createdAt',
      depth: 0,
    })
    // Submissions go to every editor; the other steps to the writer and the teammate.
    const editors = (await payload.count({ collection: 'users', where: { role: { equals: 'editor' } } })).totalDocs
    expect(history.docs.map((event) => [event.action, event.mailStatus, event.mailRecipients])).toEqual([
      ['submitForReview', 'sent', editors],
      ['requestChanges', 'sent', 2],
      ['submitForReview', 'sent', editors],
      ['publish', 'sent', 2],
      ['archive', 'sent', 2],
      ['restore', 'sent', 2],
      ['submitForReview', 'sent', editors],
      ['publish', 'sent', 2],
      ['startRevision', 'sent', 1],
    ])
  })

  test('a mail that cannot be delivered is recorded as failed on the history; the transition stands', async () => {
    const pilotD = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
    const writer = await person('contributor', [pilotD])
    const bouncing = await payload.create({
      collection: 'users',
      data: {
        email: `bounce-${unique('x')}@example.org`,
        password: 'correct-horse-battery-staple',
        name: 'Gone',
        role: 'contributor',
        pilots: [pilotD],
      },
      overrideAccess: true,
    })
    const created = await rest('POST', '/lessons', { token: writer.token, query: { draft: 'true' }, body: lessonData(pilotD) })
    const id = created.body.doc.id as number
    expect((await act(writer, 'lessons', id, 'submitForReview')).status).toBe(200)
    const requested = await act(editor1, 'lessons', id, 'requestChanges', 'Shorter, please.')
    expect(requested.status).toBe(200)
    expect(requested.body.mail).toEqual({ status: 'partial', recipients: 2 })
    expect(requested.body.to).toBe('changes_requested')
    // Only the bouncing address is left: every mail of the next step fails.
    await payload.update({ collection: 'users', id: writer.id, data: { email: `bounce-${unique('y')}@example.org` }, overrideAccess: true })
    expect((await act(writer, 'lessons', id, 'submitForReview')).status).toBe(200)
    const published = await act(editor2, 'lessons', id, 'publish')
    expect(published.status).toBe(200)
    expect(published.body.mail).toEqual({ status: 'failed', recipients: 2 })
    const events = await payload.find({
      collection: 'review-events',
      where: { and: [{ recordCollection: { equals: 'lessons' } }, { recordId: { equals: String(id) } }] },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events.docs.map((event) => [event.action, event.mailStatus])).toEqual([
      ['submitForReview', 'sent'],
      ['requestChanges', 'partial'],
      ['submitForReview', 'sent'],
      ['publish', 'failed'],
    ])
    expect(events.docs[3]!.mailError).toMatch(/No such mailbox|rejected/i)
    expect(bouncing.id).toBeDefined()
  })
})

describe('the review queue', () => {
  test('each submission shows who submitted it by name (never an e-mail) and its change against the published version', async () => {
    const id = await publishedLesson({ title: 'Queue lesson', summary: 'Old summary.' })
    await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { title: 'Queue lesson, revised', summary: 'New summary.' },
    })
    expect((await act(contributorA, 'lessons', id, 'submitForReview')).status).toBe(200)
    const fresh = await rest('POST', '/lessons', {
      token: contributorA.token,
      query: { draft: 'true' },
      body: lessonData(pilotA, { title: 'Queue newcomer' }),
    })
    expect((await act(contributorA, 'lessons', fresh.body.doc.id, 'submitForReview')).status).toBe(200)

    const queue = await reviewQueue(payload, { collections: ['lessons'], language: 'en', withChanges: true })
    const revised = queue.find((entry) => entry.id === id)!
    expect(revised).toMatchObject({ title: 'Queue lesson, revised', submittedBy: 'Test contributor' })
    expect(revised.change?.kind).toBe('changed')
    const changes = revised.change?.kind === 'changed' ? revised.change.changes : []
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'Title (EN)', before: 'Queue lesson', after: 'Queue lesson, revised' },
        { field: 'Summary (EN)', before: 'Old summary.', after: 'New summary.' },
      ]),
    )
    expect(changes.map((change) => change.field)).not.toContain('Kind')
    expect(revised.change?.compareLink).toMatch(new RegExp(`^/admin/collections/lessons/${id}/versions/\\d+\\?versionFrom=\\d+$`))
    const newcomer = queue.find((entry) => entry.id === fresh.body.doc.id)!
    expect(newcomer.change).toMatchObject({ kind: 'new' })
    expect(newcomer.change?.kind === 'new' ? newcomer.change.filled : []).toEqual(expect.arrayContaining(['Title (EN)', 'Kind', 'Phase']))
    // In French, the labels are French.
    const inFrench = await reviewQueue(payload, { collections: ['lessons'], language: 'fr', withChanges: true })
    const revisedFr = inFrench.find((entry) => entry.id === id)!
    expect(revisedFr.change?.kind === 'changed' ? revisedFr.change.changes.map((change) => change.field) : []).toContain('Résumé (EN)')
    expect(JSON.stringify(queue)).not.toMatch(/@example\.org/)
  })
})
