import type { TypedUser } from 'payload'
import React from 'react'

import { isEditor, type HubUser } from '../../access/roles'
import { adminMessages } from '../../i18n/admin'

/** The menu entry of the editors' view of searches with no results (after the collections). */
export function SearchMissesNavLink({ user, i18n }: { user?: TypedUser | null; i18n?: { language?: string } }) {
  if (!isEditor(user as HubUser | null)) return null
  return (
    <a className="nav__link" href="/admin/search-misses" id="nav-search-misses-view">
      <span className="nav__link-label">{adminMessages(i18n?.language).searchMisses.title}</span>
    </a>
  )
}
