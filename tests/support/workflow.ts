import type { Payload } from 'payload'
import { expect } from 'vitest'

import { lessonData, pilotData } from './fixtures'
import { createUser, login, rest, testPayload } from './hub'
import { startSmtpServer, type ReceivedMail } from './smtp'

/**
 * The people and pilots of the review workflow's tests (tests/int/workflow.*.test.ts), with a real
 * SMTP server that receives the workflow's mails (addresses starting with `bounce-` are refused).
 * `setUpWorkflow` starts it all in a test file's beforeAll, before the config is first loaded;
 * `tearDownWorkflow` stops the server in its afterAll. The bindings are read after the set-up.
 */

export let payload: Payload
export let smtp: Awaited<ReturnType<typeof startSmtpServer>>
export let pilotA: number
export let pilotB: number
export type Person = { id: number; email: string; token: string }
export let contributorA: Person
export let contributorB: Person
export let editor1: Person
export let editor2: Person
export let admin: Person

export const person = async (
  role: 'admin' | 'editor' | 'contributor',
  pilots: number[] = [],
  language: 'en' | 'fr' = 'en',
): Promise<Person> => {
  const made = await createUser(payload, role, pilots)
  if (language !== 'en') await payload.update({ collection: 'users', id: made.user.id, data: { language }, overrideAccess: true })
  return { id: Number(made.user.id), email: made.email, token: await login(made.email, made.password) }
}
export const act = (who: Person | null, collection: string, id: number | string, action: string, note?: string) =>
  rest('POST', `/${collection}/${id}/workflow/${action}`, { token: who?.token, body: note === undefined ? {} : { note } })
export const adminLink = (collection: string, id: number | string) => `http://localhost:3000/admin/collections/${collection}/${id}`
export const about = (id: number | string) => (mail: ReceivedMail) => mail.text.includes(adminLink('lessons', id))

export async function setUpWorkflow(): Promise<void> {
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
}

export async function tearDownWorkflow(): Promise<void> {
  await smtp?.stop()
}

/** A lesson of pilot A, submitted by contributor A and published by editor 1; its id. */
export async function publishedLesson(overrides: Record<string, unknown> = {}) {
  const doc = await rest('POST', '/lessons', { token: contributorA.token, query: { draft: 'true' }, body: lessonData(pilotA, overrides) })
  const id = doc.body.doc.id as number
  expect((await act(contributorA, 'lessons', id, 'submitForReview')).status).toBe(200)
  expect((await act(editor1, 'lessons', id, 'publish')).status).toBe(200)
  return id
}
