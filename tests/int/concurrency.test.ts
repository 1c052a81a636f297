import type { Payload } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { transition } from '../../src/workflow/transition'
import { pilotData, practiceData } from '../support/fixtures'
import { createUser, login, rest, testPayload } from '../support/hub'
import { workflowInvariantProblems } from '../support/invariant'

/**
 * A publish while edits of the same record arrive: with real concurrency against PostgreSQL
 * (separate connections, overlapping transactions). Without the row lock between the
 * transition's check and its write, several versions ended up marked latest.
 */

let payload: Payload
let contributor: { user: Record<string, unknown>; token: string }
let editor: Record<string, unknown>
let pilot: number

beforeAll(async () => {
  payload = await testPayload()
  pilot = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  const made = await createUser(payload, 'contributor', [pilot])
  contributor = { user: { ...made.user, collection: 'users' }, token: await login(made.email, made.password) }
  editor = { ...(await createUser(payload, 'editor')).user, collection: 'users' }
})

test('a publish and six concurrent edits leave one latest version, and the states agree', async () => {
  const problems: string[] = []
  for (let round = 0; round < 6; round++) {
    const id = Number((await payload.create({ collection: 'practices', data: practiceData(pilot, { _status: 'published' }) as never })).id)
    await rest('PATCH', `/practices/${id}`, {
      token: contributor.token,
      query: { draft: 'true' },
      body: { summary: `Revision of round ${round}` },
    })
    await transition(payload, { collection: 'practices', id, action: 'submitForReview', user: contributor.user as never })
    const edits = Array.from({ length: 6 }, (_, n) =>
      rest('PATCH', `/practices/${id}`, {
        token: contributor.token,
        query: { draft: 'true' },
        body: { summary: `Edit ${n} during the publish` },
      }),
    )
    const [published, ...saved] = await Promise.allSettled([
      transition(payload, { collection: 'practices', id, action: 'publish', user: editor as never }),
      ...edits,
    ])
    expect(published.status, String((published as PromiseRejectedResult).reason)).toBe('fulfilled')
    for (const result of saved) expect(result.status === 'fulfilled' && result.value.status, JSON.stringify(result)).toBe(200)
    problems.push(...(await workflowInvariantProblems(payload, 'practices', id)))
  }
  expect(problems).toEqual([])
}, 300_000)
