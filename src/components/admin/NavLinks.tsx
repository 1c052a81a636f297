import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { isContributor, isEditor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages } from '../../i18n/admin'
import { queueCounts } from '../../workflow/queue'
import './admin.css'

/**
 * At the top of the admin's navigation: "My work" for contributors, "Review queue" with the number
 * of submissions waiting for editors and admins.
 */
export async function NavLinks(props: { payload?: Payload; user?: TypedUser | null; i18n?: I18nClient }) {
  const { payload, user, i18n } = props
  const hub = user as HubUser | null | undefined
  if (!payload || !hub) return null
  const m = adminMessages(adminLanguageOf(i18n?.language))
  if (isContributor(hub)) {
    return (
      <div className="hub-nav-links" data-hub-admin="nav-links">
        <a className="nav__link" href="/admin/my-work" id="nav-my-work">
          <span className="nav__link-label">{m.myWorkNav}</span>
        </a>
      </div>
    )
  }
  if (!isEditor(hub)) return null
  const { total } = await queueCounts(payload)
  return (
    <div className="hub-nav-links" data-hub-admin="nav-links">
      <a className="nav__link" href="/admin/review-queue" id="nav-review-queue">
        <span className="nav__link-label">
          {m.queueNav}
          <span className="hub-count" data-review-count={total}>
            <span className="hub-visually-hidden">: {m.queueWaiting(total)}</span>
            <span aria-hidden="true">{total}</span>
          </span>
        </span>
      </a>
    </div>
  )
}
