import { transition } from '../../../src/workflow/transition'
import { pdfFile } from '../fixtures'
import { graphqlRequest, rest } from '../hub'
import { dataFor, fixture, payload, tokens, users } from './actors'
import { type Collection, type Operation, type Outcome, type Role, type Surface } from './table'

/**
 * One cell of the access matrix performed on one surface (Local API, REST, GraphQL), and its
 * answer read as an outcome (`allowed`, `unchanged`, `denied <status>` or `error ...`).
 */

const graphName: Record<Collection, string> = { pilots: 'Pilot', practices: 'Practice', lessons: 'Lesson', documents: 'Document' }
const textField: Record<Collection, string> = { pilots: 'implementer', practices: 'summary', lessons: 'summary', documents: 'organisation' }

export async function graphql(role: Role, query: string, variables: Record<string, unknown> = {}) {
  return (await graphqlRequest(query, { token: tokens[role], variables })).body as {
    data?: Record<string, unknown> | null
    errors?: { message?: string; extensions?: { statusCode?: number } }[]
  }
}

/** A GraphQL answer as an outcome: the data, or the status its first error carries. */
export const graphOutcome = (result: Awaited<ReturnType<typeof graphql>>, key: string): Outcome => {
  if (result.errors?.length) {
    const status = result.errors[0]?.extensions?.statusCode
    return status === 403 || status === 404 ? `denied ${status}` : `error ${status ?? '?'} ${result.errors[0]?.message ?? ''}`
  }
  return result.data?.[key] ? 'allowed' : 'error no data'
}

/** A REST answer as an outcome. */
export const restOutcome = (status: number, body?: unknown): Outcome =>
  status >= 200 && status < 300
    ? 'allowed'
    : status === 403 || status === 404
      ? `denied ${status}`
      : `error ${status} ${JSON.stringify(body)}`

/** A Local API refusal as an outcome: the status of Payload's error (Forbidden, NotFound, a workflow error). */
export const thrown = (error: unknown): Outcome => {
  const status = (error as { status?: number })?.status
  return status === 403 || status === 404 ? `denied ${status}` : `error ${status ?? '?'} ${String((error as Error)?.message ?? error)}`
}

async function restCreate(role: Role, collection: Collection): Promise<{ status: number; body: unknown }> {
  if (collection !== 'documents')
    return rest('POST', `/${collection}`, { token: tokens[role], query: { draft: 'true' }, body: dataFor(collection) })
  const file = await pdfFile()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(dataFor(collection)))
  return rest('POST', '/documents', { token: tokens[role], query: { draft: 'true' }, form })
}

const workflowAction: Record<'publish' | 'requestChanges' | 'archive', string> = {
  publish: 'publish',
  requestChanges: 'requestChanges',
  archive: 'archive',
}
const directAttempt: Record<'publish' | 'requestChanges' | 'archive', Record<string, unknown>> = {
  publish: { _status: 'published' },
  requestChanges: { reviewState: 'changes_requested' },
  archive: { reviewState: 'archived' },
}

/** The id of the record's latest published version (what a restore would put back). */
async function publishedVersionOf(collection: Collection, id: number): Promise<number> {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
  })
  return Number(docs[0]!.id)
}

/** Whether the text field of the record now holds `value` (a bulk update changed it). */
async function holds(collection: Collection, id: number, value: string): Promise<boolean> {
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
  return doc[textField[collection]] === value
}

/** Performs one cell; its outcome, and the record it touched (for the invariant). */
export async function attempt(
  role: Role,
  collection: Collection,
  operation: Operation,
  surface: Surface,
  shared: { published: number; draft: number },
): Promise<{ outcome: Outcome; id: number }> {
  const user = users[role] ? (users[role] as never) : null
  const name = graphName[collection]
  const needs =
    operation === 'delete' || operation === 'bulkDelete' || operation === 'bulkUpdate'
      ? 'draft'
      : operation === 'archive' || operation === 'restoreVersion'
        ? 'published'
        : operation === 'publish' || operation === 'requestChanges'
          ? 'in_review'
          : null
  const id = needs ? await fixture(collection, needs) : operation === 'readPublished' ? shared.published : shared.draft
  const version = operation === 'restoreVersion' ? await publishedVersionOf(collection, id) : 0
  const marker = `Changed in bulk ${id}`
  const byId = { 'where[id][equals]': String(id) }
  const result = (outcome: Outcome) => ({ outcome, id })
  if (surface === 'local') {
    const local = { overrideAccess: false, user, depth: 0 } as const
    try {
      switch (operation) {
        case 'readPublished':
          return result(Number((await payload.findByID({ collection, id, ...local })).id) === id ? 'allowed' : 'error other record')
        case 'readDraft':
          return result(
            Number((await payload.findByID({ collection, id, draft: true, ...local })).id) === id ? 'allowed' : 'error other record',
          )
        case 'create':
          await payload.create({
            collection,
            data: dataFor(collection) as never,
            draft: true,
            ...local,
            ...(collection === 'documents' ? { file: await pdfFile() } : {}),
          })
          return result('allowed')
        case 'update':
          await payload.update({ collection, id, data: { [textField[collection]]: 'Changed' } as never, draft: true, ...local })
          return result('allowed')
        case 'delete':
          await payload.delete({ collection, id, ...local })
          return result('allowed')
        case 'restoreVersion':
          await payload.restoreVersion({ collection, id: version as never, ...local })
          return result('allowed')
        case 'bulkUpdate': {
          const done = await payload.update({
            collection,
            where: { id: { equals: id } },
            data: { [textField[collection]]: marker } as never,
            draft: true,
            ...local,
          })
          if (done.errors.length) return result(`error ${JSON.stringify(done.errors)}`)
          return result((await holds(collection, id, marker)) ? 'allowed' : 'unchanged')
        }
        case 'bulkDelete': {
          const done = await payload.delete({ collection, where: { id: { equals: id } }, ...local })
          return result(done.docs.length === 1 ? 'allowed' : done.errors.length ? `error ${JSON.stringify(done.errors)}` : 'unchanged')
        }
        default:
          await transition(payload, { collection, id, action: workflowAction[operation], note: 'Please revise.', user: user as never })
          return result('allowed')
      }
    } catch (error) {
      return result(thrown(error))
    }
  }
  if (surface === 'rest') {
    const token = tokens[role]
    switch (operation) {
      case 'readPublished': {
        const response = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0' } })
        return result(restOutcome(response.status, response.body))
      }
      case 'readDraft': {
        const response = await rest('GET', `/${collection}/${id}`, { token, query: { depth: '0', draft: 'true' } })
        return result(
          response.status === 200 && response.body.id !== id ? 'error other record' : restOutcome(response.status, response.body),
        )
      }
      case 'create': {
        const response = await restCreate(role, collection)
        return result(restOutcome(response.status, response.body))
      }
      case 'update': {
        const response = await rest('PATCH', `/${collection}/${id}`, {
          token,
          query: { draft: 'true' },
          body: { [textField[collection]]: 'Changed' },
        })
        return result(restOutcome(response.status, response.body))
      }
      case 'delete': {
        const response = await rest('DELETE', `/${collection}/${id}`, { token })
        return result(restOutcome(response.status, response.body))
      }
      case 'restoreVersion': {
        const response = await rest('POST', `/${collection}/versions/${version}`, { token })
        return result(restOutcome(response.status, response.body))
      }
      case 'bulkUpdate': {
        const response = await rest('PATCH', `/${collection}`, {
          token,
          query: { draft: 'true', ...byId },
          body: { [textField[collection]]: marker },
        })
        if (response.status !== 200) return result(restOutcome(response.status, response.body))
        if (response.body.errors?.length) return result(`error ${JSON.stringify(response.body.errors)}`)
        return result((await holds(collection, id, marker)) ? 'allowed' : 'unchanged')
      }
      case 'bulkDelete': {
        const response = await rest('DELETE', `/${collection}`, { token, query: byId })
        if (response.status !== 200) return result(restOutcome(response.status, response.body))
        return result(
          response.body.docs?.length === 1
            ? 'allowed'
            : response.body.errors?.length
              ? `error ${JSON.stringify(response.body.errors)}`
              : 'unchanged',
        )
      }
      default: {
        const response = await rest('POST', `/${collection}/${id}/workflow/${workflowAction[operation]}`, {
          token,
          body: { note: 'Please revise.' },
        })
        return result(restOutcome(response.status, response.body))
      }
    }
  }
  switch (operation) {
    case 'readPublished':
      return result(graphOutcome(await graphql(role, `{ ${name}(id: ${id}) { id } }`), name))
    case 'readDraft':
      return result(graphOutcome(await graphql(role, `{ ${name}(id: ${id}, draft: true) { id } }`), name))
    case 'create':
      return result(
        graphOutcome(
          await graphql(role, `mutation($data: mutation${name}Input!) { create${name}(data: $data, draft: true) { id } }`, {
            data: dataFor(collection),
          }),
          `create${name}`,
        ),
      )
    case 'update':
      return result(
        graphOutcome(
          await graphql(
            role,
            `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data, draft: true) { id } }`,
            {
              data: { [textField[collection]]: 'Changed' },
            },
          ),
          `update${name}`,
        ),
      )
    case 'delete':
      return result(graphOutcome(await graphql(role, `mutation { delete${name}(id: ${id}) { id } }`), `delete${name}`))
    case 'restoreVersion':
      return result(graphOutcome(await graphql(role, `mutation { restoreVersion${name}(id: ${version}) { id } }`), `restoreVersion${name}`))
    case 'bulkUpdate':
    case 'bulkDelete':
      throw new Error('GraphQL has no bulk operations')
    default:
      return result(
        graphOutcome(
          await graphql(role, `mutation($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data) { id } }`, {
            data: directAttempt[operation],
          }),
          `update${name}`,
        ),
      )
  }
}
