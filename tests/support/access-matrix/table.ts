/**
 * The access matrix's table: the roles, collections, operations and surfaces it crosses, and the
 * rule (`expected`) that says the exact answer of every cell (tests/int/access-matrix.*.test.ts).
 */

export const roles = ['anonymous', 'contributorA', 'contributorB', 'editor', 'admin'] as const
export const collections = ['pilots', 'practices', 'lessons', 'documents'] as const
export const operations = [
  'readPublished',
  'readDraft',
  'create',
  'update',
  'delete',
  'publish',
  'requestChanges',
  'archive',
  'restoreVersion',
  'bulkUpdate',
  'bulkDelete',
] as const
export const surfaces = ['local', 'rest', 'graphql'] as const
export type Role = (typeof roles)[number]
export type Collection = (typeof collections)[number]
export type Operation = (typeof operations)[number]
export type Surface = (typeof surfaces)[number]
export type Outcome = 'allowed' | 'unchanged' | `denied ${number}` | `error ${string}`

/** Cells that do not exist: GraphQL has no upload (documents are created over REST or the Local API) and no bulk operations. */
export const exists = (collection: Collection, operation: Operation, surface: Surface) =>
  !(
    surface === 'graphql' &&
    ((collection === 'documents' && operation === 'create') || operation === 'bulkUpdate' || operation === 'bulkDelete')
  )

/** The rule, as a table: who may do what, and how a refusal answers. */
export function expected(role: Role, collection: Collection, operation: Operation, surface: Surface): Outcome {
  const editor = role === 'editor' || role === 'admin'
  const writer = editor || (role === 'contributorA' && collection !== 'pilots')
  switch (operation) {
    case 'readPublished':
      return 'allowed'
    case 'readDraft':
      // A record one may not read does not exist for them.
      return editor || role === 'contributorA' ? 'allowed' : 'denied 404'
    case 'create':
    case 'update':
      return writer ? 'allowed' : 'denied 403'
    case 'delete':
    case 'bulkDelete':
      return editor ? 'allowed' : 'denied 403'
    case 'publish':
    case 'requestChanges':
      if (surface === 'graphql') return 'denied 403'
      if (editor) return 'allowed'
      // The record is in review, so not public: a contributor who may not read it gets 404, not 403.
      return role === 'contributorA' && collection !== 'pilots' ? 'denied 403' : role === 'anonymous' ? 'denied 403' : 'denied 404'
    case 'archive':
      return surface !== 'graphql' && editor ? 'allowed' : 'denied 403'
    case 'restoreVersion':
      return editor ? 'allowed' : 'denied 403'
    case 'bulkUpdate':
      if (writer) return 'allowed'
      // Signed in but none of the matched records is theirs to change: nothing changes.
      return role === 'anonymous' || collection === 'pilots' ? 'denied 403' : 'unchanged'
  }
}
