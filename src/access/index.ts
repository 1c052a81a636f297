import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { UserRole } from '../vocab'

/**
 * Who may do what: one small rule each, named by meaning, wired into the collections by name.
 * The review transitions (submit, request changes, publish, archive) are checked in
 * src/workflow/transition.ts; these rules decide reads and ordinary writes.
 *
 * The public (no user, or any Local API call with `overrideAccess: false` and no user) sees
 * published, non-archived records only. Contributors see those plus every record of their own
 * pilots, and write only records of their own pilots. Editors and admins see and write all.
 */

export type HubUser = { id: number | string; role?: UserRole | null; collection?: string; pilots?: unknown }

export const userOf = (req: PayloadRequest): HubUser | null =>
  (req.user as HubUser | null) && req.user?.collection === 'users' ? (req.user as HubUser) : null

export const roleOf = (req: PayloadRequest): UserRole | null => userOf(req)?.role ?? null

/** Ids of the pilots a user belongs to, whether the relation is populated or not. */
export const pilotIdsOf = (user: HubUser | null | undefined): (number | string)[] => {
  const pilots = Array.isArray(user?.pilots) ? (user.pilots as unknown[]) : []
  return pilots
    .map((pilot) => (pilot && typeof pilot === 'object' ? (pilot as { id?: number | string }).id : (pilot as number | string)))
    .filter((id): id is number | string => id !== undefined && id !== null)
}

const isEditorRole = (role: UserRole | null) => role === 'editor' || role === 'admin'

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

export const isEditorOrAdmin: Access = ({ req }) => isEditorRole(roleOf(req))

export const isSignedIn: Access = ({ req }) => Boolean(userOf(req))

/** What every public surface may read: published and not archived. */
export const publicRecords: Where = {
  and: [{ _status: { equals: 'published' } }, { or: [{ reviewState: { not_equals: 'archived' } }, { reviewState: { exists: false } }] }],
}

/** The relation field that ties a record of each collection to its pilot(s). */
export const pilotFieldOf: Record<string, string> = { pilots: 'id', practices: 'pilots', lessons: 'pilot', documents: 'pilot' }

const ownPilotsWhere = (pilotField: string, user: HubUser): Where => ({ [pilotField]: { in: pilotIdsOf(user) } })

/**
 * The rules below take the relation field that ties a record to its pilot(s) (`pilot` or `pilots`).
 *
 * Reading content: editors and admins read everything (drafts and archived records included);
 * contributors read what the public reads plus every record of their own pilots; everyone else
 * reads published, non-archived records only.
 */
export const publishedOrOwnPilot =
  (pilotField: string): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditorRole(user?.role ?? null)) return true
    if (user?.role === 'contributor') return { or: [publicRecords, ownPilotsWhere(pilotField, user)] }
    return publicRecords
  }

/** Versions (drafts, history) never go to the public; contributors see those of their own pilots. */
export const versionsOfOwnPilot =
  (pilotField: string): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditorRole(user?.role ?? null)) return true
    if (user?.role === 'contributor') return ownPilotsWhere(`version.${pilotField}`, user)
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
 * Creating content: editors and admins; contributors for their own pilots only. Without data
 * (the admin asking whether to show "Create new") a contributor with a pilot may.
 */
export const editorOrContributorOfPilot =
  (pilotField: string): Access =>
  ({ req, data }) => {
    const user = userOf(req)
    if (isEditorRole(user?.role ?? null)) return true
    if (user?.role !== 'contributor' || !pilotIdsOf(user).length) return false
    if (!data) return true
    return belongsToOwnPilots(user, pilotIdsIn((data as Record<string, unknown>)[pilotField]))
  }

/** Changing content: editors and admins everything; contributors the records of their own pilots. */
export const editorOrOwnPilot =
  (pilotField: string): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isEditorRole(user?.role ?? null)) return true
    if (user?.role === 'contributor' && pilotIdsOf(user).length) return ownPilotsWhere(pilotField, user)
    return false
  }

/**
 * Pilots are managed by editors; a contributor reads their own pilots (drafts included) and the
 * published ones, like the public.
 */
export const publishedOrOwnPilotRecord: Access = ({ req }) => {
  const user = userOf(req)
  if (isEditorRole(user?.role ?? null)) return true
  if (user?.role === 'contributor') return { or: [publicRecords, { id: { in: pilotIdsOf(user) } }] }
  return publicRecords
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

/** Field rule: only editors and admins set it (e.g. `isSample`). */
export const editorFieldOnly: FieldAccess = ({ req }) => isEditorRole(roleOf(req))

/** Field rule: hidden from the public (e.g. the contact address relayed by the pilot page). */
export const signedInFieldOnly: FieldAccess = ({ req }) => Boolean(userOf(req))
