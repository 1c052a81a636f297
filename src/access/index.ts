import type { Access, CollectionBeforeChangeHook, FieldAccess, Where } from 'payload'

import { pilotFieldOf, type ContentCollection } from '../model/content-types'
import { isContributor, isEditor, isEditorRole, pilotIdsOf, roleOf, userOf, type HubUser } from './roles'

export * from './roles'

/**
 * Who may do what: one small rule each, named by meaning, wired into the collections by name.
 * The review transitions (submit, request changes, publish, archive) are checked in
 * src/workflow/transition.ts; these rules decide reads and ordinary writes.
 *
 * The public (no user, or any Local API call with `overrideAccess: false` and no user) sees
 * published, non-archived records only. Contributors see those plus every record of their own
 * pilots, and write only records of their own pilots. Editors and admins see and write all.
 */

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

export const isEditorOrAdmin: Access = ({ req }) => isEditorRole(roleOf(req))

export const isSignedIn: Access = ({ req }) => Boolean(userOf(req))

/** What every public surface may read: published and not archived. */
export const publicRecords: Where = {
  and: [{ _status: { equals: 'published' } }, { or: [{ reviewState: { not_equals: 'archived' } }, { reviewState: { exists: false } }] }],
}

const ownPilotsWhere = (pilotField: string, user: HubUser): Where => ({ [pilotField]: { in: pilotIdsOf(user) } })

/**
 * The rules below take the collection and find its pilot relation in the content-type registry
 * (src/model/content-types.ts): `pilots` or `pilot`, and for the pilots themselves their own id.
 *
 * Reading content: editors and admins read everything (drafts and archived records included);
 * contributors read what the public reads plus every record of their own pilots; everyone else
 * reads published, non-archived records only.
 */
export const publishedOrOwnPilot =
  (collection: ContentCollection): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditor(user)) return true
    if (user && isContributor(user)) return { or: [publicRecords, ownPilotsWhere(pilotFieldOf(collection), user)] }
    return publicRecords
  }

/** Versions (drafts, history) never go to the public; contributors see those of their own pilots. */
export const versionsOfOwnPilot =
  (collection: ContentCollection): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditor(user)) return true
    if (user && isContributor(user)) return ownPilotsWhere(`version.${pilotFieldOf(collection)}`, user)
    return false
  }

/** Pilot ids named by the data of a write (a single relation or a list of them). */
export const pilotIdsIn = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map((pilot) =>
      pilot && typeof pilot === 'object'
        ? ((pilot as { id?: number | string; value?: number | string }).id ?? (pilot as { value?: number | string }).value)
        : pilot,
    )
    .filter((id): id is number | string => id !== undefined && id !== null && id !== '')

/** Whether every pilot named is one of the user's (and at least one is named). */
export const belongsToOwnPilots = (user: HubUser, named: (number | string)[]): boolean => {
  const own = pilotIdsOf(user).map(String)
  return named.length > 0 && named.every((id) => own.includes(String(id)))
}

/**
 * Creating content: editors and admins; contributors for their own pilots only. Data that names
 * no pilot yet (the admin asking whether to show "Create new", its create view asking with
 * `{ _status: 'draft' }`, a duplicate whose pilot comes from the original) lets the form open;
 * the pilot of the saved record is enforced by the editorial guards (src/workflow/guards.ts),
 * with a 403 that names the pilot field.
 */
export const editorOrContributorOfPilot =
  (collection: ContentCollection): Access =>
  ({ req, data }) => {
    const user = userOf(req)
    if (isEditor(user)) return true
    if (!user || !isContributor(user) || !pilotIdsOf(user).length) return false
    const named = data ? pilotIdsIn((data as Record<string, unknown>)[pilotFieldOf(collection)]) : []
    return named.length === 0 || belongsToOwnPilots(user, named)
  }

/** Changing content: editors and admins everything; contributors the records of their own pilots. */
export const editorOrOwnPilot =
  (collection: ContentCollection): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditor(user)) return true
    if (user && isContributor(user) && pilotIdsOf(user).length) return ownPilotsWhere(pilotFieldOf(collection), user)
    return false
  }

/** Users: admins see everyone, others only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } } satisfies Where
}

/** Field rule: only admins may change roles and pilot membership, including their own. */
export const adminFieldOnly: FieldAccess = ({ req }) => roleOf(req) === 'admin'

/** Field rule: hidden from the public (e.g. the contact address relayed by the pilot page). */
export const signedInFieldOnly: FieldAccess = ({ req }) => Boolean(userOf(req))

/** Field rule: a pilot's relay address, for editors and admins and the pilot's own contributors. */
export const editorOrOwnPilotFieldOnly: FieldAccess = ({ req, doc, id }) => {
  const user = userOf(req)
  if (isEditor(user)) return true
  // Without a record (a query on the field, the admin's field list) the address stays hidden.
  const pilotId = id ?? (doc as { id?: number | string } | undefined)?.id
  return Boolean(user && isContributor(user) && pilotId !== undefined && pilotIdsOf(user).map(String).includes(String(pilotId)))
}

/** Images: editors and admins change every image; other users only those they uploaded. */
export const editorOrUploader: Access = ({ req }) => {
  const user = userOf(req)
  if (isEditor(user)) return true
  if (!user) return false
  return { uploadedBy: { equals: user.id } } satisfies Where
}

/** Records who uploaded an image (the rule above); server writes without a user leave it empty. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  const user = userOf(req)
  if (operation === 'create') data.uploadedBy = user?.id ?? null
  else data.uploadedBy = (originalDoc as { uploadedBy?: unknown } | undefined)?.uploadedBy ?? null
  return data
}
