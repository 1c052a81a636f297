import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewQueue } from '../../src/workflow/queue'
import { lessonData, pilotData } from '../support/fixtures'
import { rest, unique } from '../support/hub'
import { waitForMail } from '../support/smtp'
import {
  about,
  act,
  adminLink,
  contributorA,
  editor1,
  editor2,
  payload,
  person,
  pilotA,
  publishedLesson,
  setUpWorkflow,
  smtp,
  tearDownWorkflow,
  type Person,
} from '../support/workflow'

/**
 * The workflow's mails on every transition, each in its reader's language, as a real SMTP server
 * receives them (a refused address recorded as failed on the history); and the review queue.
 */

beforeAll(setUpWorkflow)

afterAll(tearDownWorkflow)

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
