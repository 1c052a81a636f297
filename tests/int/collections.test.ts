import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { createUser, login, rest, testPayload, unique } from '../support/hub'
import { documentData, lessonData, pdfFile, pilotData, pngFile, practiceData } from '../support/fixtures'

let payload: Payload
const field = (doc: unknown, name: string) => (doc as Record<string, unknown>)[name]
let token: string
let pilotId: number

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, 'admin')
  token = await login(admin.email, admin.password)
  pilotId = Number((await payload.create({ collection: 'pilots', data: { ...pilotData(), _status: 'published' } as never })).id)
})

type Case = {
  collection: 'pilots' | 'practices' | 'lessons'
  data: () => Record<string, unknown>
  titleField: string
}
const cases: Case[] = [
  { collection: 'pilots', data: () => pilotData(), titleField: 'name' },
  { collection: 'practices', data: () => practiceData(pilotId), titleField: 'title' },
  { collection: 'lessons', data: () => lessonData(pilotId), titleField: 'title' },
]

describe.each(cases)('$collection: create, read, update, delete', ({ collection, data, titleField }) => {
  test('through the Local API', async () => {
    const created = await payload.create({ collection, data: data() as never, depth: 0 })
    expect(created.id).toBeTruthy()
    expect((created as { slug?: string }).slug).toMatch(/^[a-z0-9-]+$/)
    const read = await payload.findByID({ collection, id: created.id, depth: 0, draft: true })
    expect(field(read, titleField)).toBe(field(created, titleField))
    const updated = await payload.update({ collection, id: created.id, data: { [titleField]: 'Renamed by a test' } as never, depth: 0 })
    expect(field(updated, titleField)).toBe('Renamed by a test')
    // The slug stays stable when the title changes, so links keep working.
    expect((updated as { slug?: string }).slug).toBe((created as { slug?: string }).slug)
    await payload.delete({ collection, id: created.id })
    const after = await payload.find({ collection, where: { id: { equals: created.id } }, draft: true })
    expect(after.totalDocs).toBe(0)
  })

  test('through REST', async () => {
    const created = await rest('POST', `/${collection}`, { body: data(), token })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const read = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0', draft: 'true' } })
    expect(read.status).toBe(200)
    expect(read.body[titleField]).toBe(created.body.doc[titleField])
    const updated = await rest('PATCH', `/${collection}/${id}`, { body: { [titleField]: 'Renamed over REST' }, token })
    expect(updated.status).toBe(200)
    expect(updated.body.doc[titleField]).toBe('Renamed over REST')
    const removed = await rest('DELETE', `/${collection}/${id}`, { token })
    expect(removed.status).toBe(200)
    const gone = await rest('GET', `/${collection}/${id}`, { token })
    expect(gone.status).toBe(404)
  })
})

describe('uploads: documents and media', () => {
  test('documents through the Local API', async () => {
    const created = await payload.create({
      collection: 'documents',
      data: documentData({ pilot: pilotId }) as never,
      file: await pdfFile(),
    })
    expect(created.mimeType).toBe('application/pdf')
    expect(created.licence).toBe('cc-by-4.0')
    const updated = await payload.update({ collection: 'documents', id: created.id, data: { organisation: 'Test org' } })
    expect(updated.organisation).toBe('Test org')
    await payload.delete({ collection: 'documents', id: created.id })
    expect((await payload.find({ collection: 'documents', where: { id: { equals: created.id } }, draft: true })).totalDocs).toBe(0)
  })

  test('documents and media through REST (multipart upload)', async () => {
    for (const [collection, file, fields] of [
      ['documents', await pdfFile(), documentData()],
      ['media', await pngFile(), { alt: 'A blue rectangle' }],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(fields))
      const { default: config } = await import('@payload-config')
      const { REST_POST } = await import('@payloadcms/next/routes')
      const request = new Request(`http://localhost:3000/api/${collection}`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
        body: form,
      })
      const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [collection] }) })
      const body = await response.json()
      expect(response.status, JSON.stringify(body)).toBe(201)
      expect(body.doc.mimeType).toBe(file.mimetype)
      const removed = await rest('DELETE', `/${collection}/${body.doc.id}`, { token })
      expect(removed.status).toBe(200)
    }
  })

  test('media through the Local API', async () => {
    const created = await payload.create({ collection: 'media', data: { alt: 'Alt text' }, file: await pngFile() })
    expect(created.width).toBe(32)
    await payload.delete({ collection: 'media', id: created.id })
  })
})

describe('users', () => {
  test('an admin creates, reads, updates and deletes a user through REST; roles are kept', async () => {
    const email = `${unique('member')}@example.org`
    const created = await rest('POST', '/users', {
      body: { email, password: 'a-long-enough-password', name: 'Pilot member', role: 'contributor', pilots: [pilotId] },
      token,
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.role).toBe('contributor')
    const updated = await rest('PATCH', `/users/${created.body.doc.id}`, { body: { role: 'editor' }, token })
    expect(updated.body.doc.role).toBe('editor')
    expect((await rest('DELETE', `/users/${created.body.doc.id}`, { token })).status).toBe(200)
  })

  test('a contributor cannot give themselves another role', async () => {
    const contributor = await createUser(payload, 'contributor', [pilotId])
    const own = await login(contributor.email, contributor.password)
    const attempt = await rest('PATCH', `/users/${contributor.user.id}`, { body: { role: 'admin' }, token: own })
    const after = await payload.findByID({ collection: 'users', id: contributor.user.id })
    expect(attempt.status).toBeLessThan(500)
    expect(after.role).toBe('contributor')
  })
})
