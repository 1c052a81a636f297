import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { UserRole } from '../vocab'

/**
 * Who may do what: one small rule each, named by meaning, wired into the collections by name.
 * The editorial rules for pilot teams build on these (see src/workflow).
 */

type HubUser = { id: number | string; role?: UserRole | null; collection?: string }

const userOf = (req: PayloadRequest): HubUser | null =>
  (req.user as HubUser | null) && req.user?.collection === 'users' ? (req.user as HubUser) : null

export const roleOf = (req: PayloadRequest): UserRole | null => userOf(req)?.role ?? null

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

export const isEditorOrAdmin: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'editor' || role === 'admin'
}

export const isSignedIn: Access = ({ req }) => Boolean(userOf(req))

/** The public sees published versions only; anyone signed in to the admin sees drafts too. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (userOf(req)) return true
  return { _status: { equals: 'published' } } satisfies Where
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
