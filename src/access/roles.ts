import type { PayloadRequest } from 'payload'

import type { UserRole } from '../vocab'

/** Who a request comes from, and the role predicates every rule, action and screen asks. */

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

/** Editors and admins moderate: they read and write everything and take the editors' workflow actions. */
export const isEditorRole = (role: UserRole | null | undefined) => role === 'editor' || role === 'admin'

/** Whether this user is an editor or an admin. */
export const isEditor = (user: HubUser | null | undefined): boolean => isEditorRole(user?.role)

/** Whether this user is a contributor (a member of pilot teams). */
export const isContributor = (user: HubUser | null | undefined): boolean => user?.role === 'contributor'
