import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { createUser, errorPaths, login, rest, testPayload } from '../support/hub'
import { lessonData, pilotData, practiceData } from '../support/fixtures'

/** Bad input gets a 400 naming the field, and nothing is written. */

let payload: Payload
let token: string
let pilotId: number

const counts = async () => ({
  pilots: (await payload.count({ collection: 'pilots' })).totalDocs,
  practices: (await payload.count({ collection: 'practices' })).totalDocs,
  lessons: (await payload.count({ collection: 'lessons' })).totalDocs,
})

beforeAll(async () => {
  payload = await testPayload()
  const editor = await createUser(payload, 'admin')
  token = await login(editor.email, editor.password)
  pilotId = Number((await payload.create({ collection: 'pilots', data: pilotData() as never })).id)
})

describe('bad input is refused with a 400 naming the field', () => {
  test('missing required title', async () => {
    const before = await counts()
    const { title: _omitted, ...withoutTitle } = practiceData(pilotId)
    const response = await rest('POST', '/practices', { body: withoutTitle, token })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('title')
    expect(await counts()).toEqual(before)
  })

  test('unknown vocabulary code', async () => {
    const before = await counts()
    const response = await rest('POST', '/lessons', { body: lessonData(pilotId, { kind: 'triumph' }), token })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('kind')
    const themes = await rest('POST', '/practices', { body: practiceData(pilotId, { themes: ['entrepreneurship', 'astrology'] }), token })
    expect(themes.status).toBe(400)
    expect(errorPaths(themes.body)).toContain('themes')
    expect(await counts()).toEqual(before)
  })

  test('end date before start date', async () => {
    const before = await counts()
    const response = await rest('POST', '/pilots', {
      body: pilotData({ period: { start: '2024-06-01T00:00:00.000Z', end: '2023-01-01T00:00:00.000Z' } }),
      token,
    })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('period.end')
    expect(await counts()).toEqual(before)
  })

  test('duplicate slug', async () => {
    const first = await rest('POST', '/practices', { body: practiceData(pilotId, { slug: 'a-slug-used-once' }), token })
    expect(first.status).toBe(201)
    const before = await counts()
    const second = await rest('POST', '/practices', { body: practiceData(pilotId, { slug: 'a-slug-used-once' }), token })
    expect(second.status).toBe(400)
    expect(errorPaths(second.body)).toContain('slug')
    expect(await counts()).toEqual(before)
  })

  test('malformed slug', async () => {
    const response = await rest('POST', '/practices', { body: practiceData(pilotId, { slug: 'Not A Slug!' }), token })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('slug')
  })

  test('wrong locale', async () => {
    const before = await counts()
    const created = await rest('POST', '/practices', { body: practiceData(pilotId), token, query: { locale: 'de' } })
    expect(created.status).toBe(400)
    expect(errorPaths(created.body)).toContain('locale')
    expect(await counts()).toEqual(before)

    const english = await payload.create({ collection: 'practices', data: practiceData(pilotId, { title: 'English title kept' }) as never })
    const update = await rest('PATCH', `/practices/${english.id}`, { body: { title: 'Overwritten?' }, token, query: { locale: 'xx' } })
    expect(update.status).toBe(400)
    const after = await payload.findByID({ collection: 'practices', id: english.id, locale: 'en', draft: true })
    expect(after.title).toBe('English title kept')
  })

  test('a relation to a pilot that does not exist', async () => {
    const before = await counts()
    const response = await rest('POST', '/lessons', { body: lessonData(987654), token })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('pilot')
    expect(await counts()).toEqual(before)
  })
})

describe('slugs', () => {
  test('generated from the English title, unique per collection, stable when the title changes', async () => {
    const a = await payload.create({ collection: 'practices', data: practiceData(pilotId, { title: 'Peer support circles' }) as never })
    const b = await payload.create({ collection: 'practices', data: practiceData(pilotId, { title: 'Peer support circles' }) as never })
    expect(a.slug).toBe('peer-support-circles')
    expect(b.slug).toBe('peer-support-circles-2')
    const renamed = await payload.update({ collection: 'practices', id: a.id, data: { title: 'Peer support groups' } })
    expect(renamed.slug).toBe('peer-support-circles')
    const french = await payload.update({
      collection: 'practices',
      id: a.id,
      locale: 'fr',
      data: { title: 'Cercles de pairs', summary: 'Des cercles de pairs.' },
    })
    expect(french.slug).toBe('peer-support-circles')
  })
})
