import type { Payload } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { listPilots } from '../../src/site/content'
import { rest, testPayload } from '../support/hub'
import { pilotData } from '../support/fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

test('the public site lists published pilots only, in the reader’s language', async () => {
  const published = await payload.create({
    collection: 'pilots',
    data: pilotData({ name: 'Published pilot for the home page', _status: 'published' }) as never,
  })
  await payload.update({
    collection: 'pilots',
    id: published.id,
    locale: 'fr',
    data: { name: 'Projet publié', summary: 'Résumé en français.', _status: 'published' },
  })
  const draft = await payload.create({ collection: 'pilots', data: pilotData({ name: 'Draft pilot never shown' }) as never, draft: true })

  const en = await listPilots(payload, 'en')
  const fr = await listPilots(payload, 'fr')
  expect(en.map((pilot) => pilot.id)).toContain(published.id)
  expect(en.map((pilot) => pilot.id)).not.toContain(draft.id)
  expect(fr.find((pilot) => pilot.id === published.id)?.name).toBe('Projet publié')
  expect(en.find((pilot) => pilot.id === published.id)?.name).toBe('Published pilot for the home page')

  // The same rule holds over REST for an anonymous reader.
  const anonymous = await rest('GET', '/pilots', { query: { limit: '100', depth: '0' } })
  expect(anonymous.status).toBe(200)
  const ids = anonymous.body.docs.map((doc: { id: number }) => doc.id)
  expect(ids).toContain(published.id)
  expect(ids).not.toContain(draft.id)
  const direct = await rest('GET', `/pilots/${draft.id}`)
  expect(direct.status).toBe(404)
  // The contact relay address is never given to the public.
  expect(anonymous.body.docs.every((doc: Record<string, unknown>) => !('contactEmail' in doc))).toBe(true)
})

test('public REST reads are bounded: limit=0 or a huge limit gives one page of at most 100, depth is capped', async () => {
  const all = await rest('GET', '/practices', { query: { limit: '0', depth: '0' } })
  expect(all.status).toBe(200)
  expect(all.body.docs.length).toBeLessThanOrEqual(100)
  expect(all.body.limit).toBe(100)
  const huge = await rest('GET', '/practices', { query: { limit: '100000', depth: '0' } })
  expect(huge.body.limit).toBe(100)
  const deep = await rest('GET', '/lessons', { query: { limit: '1', depth: '10' } })
  expect(deep.status).toBe(200)
})
