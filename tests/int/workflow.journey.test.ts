import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { lessonData } from '../support/fixtures'
import { rest } from '../support/hub'
import { waitForMail } from '../support/smtp'
import {
  about,
  act,
  admin,
  adminLink,
  contributorA,
  contributorB,
  editor1,
  editor2,
  payload,
  pilotA,
  pilotB,
  setUpWorkflow,
  smtp,
  tearDownWorkflow,
  type Person,
} from '../support/workflow'

/**
 * The review workflow end to end: a lesson's journey from a contributor's draft to publication,
 * with the mails a real SMTP server receives and the history; four-eyes; and the errors that
 * name the problem. What the public sees of revisions and archived records is in
 * workflow.public-surfaces.test.ts; the mails of every transition and the review queue in
 * workflow.mail-and-queue.test.ts.
 */

beforeAll(setUpWorkflow)

afterAll(tearDownWorkflow)

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

  test('only editors set "Last reviewed": a contributor\'s save that changes it is refused; one that keeps it goes through', async () => {
    const id = Number((await payload.create({ collection: 'lessons', data: lessonData(pilotA) as never, draft: true })).id)
    const reviewed = '2025-03-14T00:00:00.000Z'
    await payload.update({ collection: 'lessons', id, data: { lastReviewed: reviewed } as never, draft: true })
    const changed = await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { lastReviewed: '2026-11-30T00:00:00.000Z' },
    })
    expect(changed.status).toBe(403)
    expect(changed.body.errors[0].message).toMatch(/^lastReviewed: only editors/)
    const cleared = await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { lastReviewed: null },
    })
    expect(cleared.status).toBe(403)
    expect((await payload.findByID({ collection: 'lessons', id, draft: true })).lastReviewed).toBe(reviewed)
    // The admin's form sends the value back as it loaded it: not a change.
    const kept = await rest('PATCH', `/lessons/${id}`, {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { title: 'Kept review date', lastReviewed: reviewed },
    })
    expect(kept.status).toBe(200)
    const created = await rest('POST', '/lessons', {
      token: contributorA.token,
      query: { draft: 'true' },
      body: { ...lessonData(pilotA), lastReviewed: reviewed },
    })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toMatch(/^lastReviewed: only editors/)
    const byEditor = await rest('PATCH', `/lessons/${id}`, {
      token: editor1.token,
      query: { draft: 'true' },
      body: { lastReviewed: '2026-11-30T00:00:00.000Z' },
    })
    expect(byEditor.status).toBe(200)
  })
})
