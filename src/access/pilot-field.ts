import type { BaseFilter, FilterOptions, Where } from 'payload'

import { pilotFieldOf, type ContentCollection } from '../model/content-types'
import { isContributor, pilotIdsOf, userOf, type HubUser } from './roles'

/**
 * The pilot relation of a record as a contributor meets it in the admin: preset to their pilot,
 * a choice among their own pilots only, and lists that open on their own pilots' records. The
 * rules that refuse anything else on save are the access rules and the editorial guards; these
 * only shape what the admin offers.
 */

const contributorOf = (user: unknown): HubUser | null => {
  const hub = user as HubUser | null | undefined
  return hub && hub.collection === 'users' && isContributor(hub) ? hub : null
}

/**
 * The default of a pilot relation: a contributor's pilot when they belong to exactly one (a list
 * of it for a `hasMany` relation); nothing otherwise, so that a member of several pilots chooses.
 */
export const ownPilotDefault =
  (hasMany: boolean) =>
  ({ user }: { user?: unknown }): (number | string)[] | number | string | undefined => {
    const contributor = contributorOf(user)
    const own = contributor ? pilotIdsOf(contributor) : []
    if (own.length !== 1) return undefined
    return hasMany ? own : own[0]
  }

/** The choices of a pilot relation: a contributor's own pilots; every (existing) pilot for the others. */
export const ownPilotOptions: FilterOptions = ({ user }) => {
  const contributor = contributorOf(user)
  return contributor ? ({ id: { in: pilotIdsOf(contributor) } } satisfies Where) : true
}

/** The admin's list of a collection opens, for a contributor, on their own pilots' records. */
export const ownPilotsList =
  (collection: ContentCollection): BaseFilter =>
  ({ req }) => {
    const contributor = contributorOf(userOf(req))
    return contributor ? { [pilotFieldOf(collection)]: { in: pilotIdsOf(contributor) } } : null
  }
