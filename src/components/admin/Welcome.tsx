import { Button } from '@payloadcms/ui'
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { isContributor, isEditor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages } from '../../i18n/admin'
import { myWork } from '../../workflow/my-work'
import { queueCounts } from '../../workflow/queue'
import { CreateButtons } from './MyWorkView'
import './admin.css'

/**
 * Above the dashboard: a welcome that says what to do next. A contributor sees their pilots,
 * how many of their records are drafts, have changes requested or are in review, and buttons to
 * start a record; an editor sees how many submissions wait for review.
 */
export async function Welcome(props: { payload?: Payload; user?: TypedUser | null; i18n?: I18nClient }) {
  const { payload, user, i18n } = props
  const hub = user as (HubUser & { name?: string }) | null | undefined
  if (!payload || !hub) return null
  const language = adminLanguageOf(i18n?.language)
  const m = adminMessages(language)
  const name = typeof hub.name === 'string' && hub.name ? hub.name : ''
  if (isContributor(hub)) {
    const { pilots, items } = await myWork(payload, hub, language)
    return (
      <section className="hub-panel" data-hub-admin="welcome" aria-labelledby="hub-welcome">
        <h2 id="hub-welcome">{m.welcome(name)}</h2>
        {pilots.length ? (
          <>
            <p style={{ margin: '0 0 4px' }}>{m.welcomeContributor(pilots.map((pilot) => pilot.name).join(', '))}</p>
            <p style={{ margin: 0 }}>
              <a href="/admin/my-work">
                {m.myWorkTitle}: {m.welcomeCounts(items.draft.length, items.changes_requested.length, items.in_review.length)}
              </a>
            </p>
            <CreateButtons language={language} />
          </>
        ) : (
          <p>{m.myWorkNoPilot}</p>
        )}
      </section>
    )
  }
  if (!isEditor(hub)) return null
  const { total } = await queueCounts(payload)
  return (
    <section className="hub-panel" data-hub-admin="welcome" aria-labelledby="hub-welcome">
      <h2 id="hub-welcome">{m.welcome(name)}</h2>
      <p style={{ margin: '0 0 4px' }}>{m.welcomeEditor}</p>
      <div className="hub-actions">
        <Button el="link" url="/admin/review-queue" buttonStyle="primary" size="medium">
          {m.queueSeeAll} ({m.queueWaiting(total)})
        </Button>
      </div>
    </section>
  )
}
