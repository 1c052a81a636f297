import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { seedHub } from '../../src/seed'
import { lessons } from '../../src/seed/content/lessons'
import { pilots } from '../../src/seed/content/pilots'
import { practices } from '../../src/seed/content/practices'
import { isolatedPayload } from '../support/isolated'

let payload: Payload
const quiet = { log: () => undefined }
const seededPilots = () =>
  payload.find({ collection: 'pilots', where: { slug: { in: pilots.map((pilot) => pilot.slug) } }, locale: 'all', limit: 10, depth: 0 })

// The seed is checked on a database of its own, empty and migrated: other test files seed the shared one.
beforeAll(async () => {
  payload = await isolatedPayload('seed')
})

describe('seed', () => {
  test('without samples: the four pilots and the practices the reference supports, and nothing marked sample', async () => {
    const report = await seedHub(payload, { samples: false, ...quiet })
    expect(report.created.pilots).toBe(4)
    expect(report.created.practices).toBe(practices.filter((practice) => !practice.isSample).length)
    expect(report.created.lessons).toBeUndefined()
    const { docs } = await seededPilots()
    for (const pilot of docs) expect(pilot.indicators ?? []).toEqual([])
  })

  test('is faithful to the reference: four pilots in BE, FI, IT, NL with their implementers, in English and French', async () => {
    const { docs } = await seededPilots()
    const facts = docs
      .map((pilot) => ({ country: pilot.country, implementer: pilot.implementer, status: pilot.projectStatus }))
      .sort((a, b) => a.country.localeCompare(b.country))
    expect(facts).toEqual([
      { country: 'BE', implementer: 'MicroStart', status: 'completed' },
      { country: 'FI', implementer: 'City of Vantaa', status: 'completed' },
      { country: 'IT', implementer: 'Microlab', status: 'completed' },
      { country: 'NL', implementer: 'Qredits', status: 'completed' },
    ])
    for (const pilot of docs as unknown as { name: Record<string, string>; summary: Record<string, string>; _status: string }[]) {
      expect(pilot.name.en).toBeTruthy()
      expect(pilot.name.fr).toBeTruthy()
      expect(pilot.summary.fr).not.toBe(pilot.summary.en)
      expect(pilot._status).toBe('published')
    }
    const names = (docs as unknown as { name: Record<string, string> }[]).map((pilot) => pilot.name.en).sort()
    expect(names).toEqual(['EMPOWER!', 'MicroStart project', 'Qredits project', 'SMILE'])
  })

  test('covers the practices the programme names', async () => {
    const { docs } = await payload.find({
      collection: 'practices',
      locale: 'en',
      limit: 100,
      depth: 0,
      where: { slug: { in: practices.map((p) => p.slug) } },
    })
    const text = docs.map((doc) => `${doc.title} ${doc.summary}`.toLowerCase()).join('\n')
    for (const topic of [
      'microcredit',
      'entrepreneurship training',
      'coaching',
      'multilingual',
      'school',
      'dialogue',
      'financial education',
      'mentoring',
      'diploma',
    ]) {
      expect(text, `a practice about ${topic}`).toContain(topic)
    }
  })

  test('with samples: lessons and sample practices come in, all marked isSample', async () => {
    const report = await seedHub(payload, { samples: true, ...quiet })
    expect(report.created.pilots).toBeUndefined()
    expect(report.created.lessons).toBe(lessons.length)
    const seeded = await payload.find({ collection: 'lessons', where: { slug: { in: lessons.map((l) => l.slug) } }, limit: 100, depth: 0 })
    expect(seeded.totalDocs).toBe(lessons.length)
    for (const lesson of seeded.docs) expect(lesson.isSample).toBe(true)
    const samplePractices = await payload.find({ collection: 'practices', where: { isSample: { equals: true } }, limit: 100, depth: 0 })
    expect(samplePractices.docs.map((doc) => doc.slug).sort()).toEqual(
      practices
        .filter((practice) => practice.isSample)
        .map((practice) => practice.slug)
        .sort(),
    )
  })

  test('running it again changes nothing', async () => {
    const before = await payload.find({ collection: 'pilots', limit: 100, depth: 0, sort: 'id' })
    const report = await seedHub(payload, {
      samples: true,
      admin: { email: 'seed-admin@example.org', password: 'a-long-admin-password' },
      ...quiet,
    })
    const again = await seedHub(payload, {
      samples: true,
      admin: { email: 'seed-admin@example.org', password: 'a-long-admin-password' },
      ...quiet,
    })
    // Content is all there already; an admin is created only when none exists yet.
    expect(Object.keys(report.created).filter((collection) => collection !== 'users')).toEqual([])
    expect(again.created).toEqual({})
    const admins = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admins.totalDocs).toBeGreaterThan(0)
    const after = await payload.find({ collection: 'pilots', limit: 100, depth: 0, sort: 'id' })
    expect(after.docs.map((doc) => [doc.id, doc.updatedAt])).toEqual(before.docs.map((doc) => [doc.id, doc.updatedAt]))
  })
})
