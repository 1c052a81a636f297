import { type Payload } from 'payload'

import { transition } from '../../../src/workflow/transition'
import { documentData, lessonData, pdfFile, pilotData, practiceData } from '../fixtures'
import { createUser, login, testPayload, unique } from '../hub'
import { type Collection, type Role } from './table'

/**
 * Who acts in the access matrix and on what: a signed-in user and token per role (contributor A
 * belongs to pilot A and its draft, contributor B to pilot B), and records of pilot A made by the
 * system. `setUpMatrix` makes them, in a test file's beforeAll; the bindings are read after it.
 */

export let payload: Payload
export const tokens: Partial<Record<Role, string>> = {}
export const users: Partial<Record<Role, Record<string, unknown>>> = {}
export let pilotA: number
export let pilotADraft: number
let submitter: Record<string, unknown>

export const dataFor = (collection: Collection): Record<string, unknown> => {
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
export async function fixture(collection: Collection, state: 'draft' | 'published' | 'in_review'): Promise<number> {
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

export async function setUpMatrix(): Promise<void> {
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
}
