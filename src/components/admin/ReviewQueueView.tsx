import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'

import { isEditor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages } from '../../i18n/admin'
import { reviewQueue } from '../../workflow/queue'
import { AdminPage } from './AdminPage'
import { QueueTable } from './ReviewQueue'

/**
 * The review queue (/admin/review-queue), for editors and admins: every submission, oldest first,
 * with who submitted it and what it changes against the published version.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Freview-queue')
  const language = adminLanguageOf(req.i18n.language)
  const m = adminMessages(language)
  if (!isEditor(req.user as unknown as HubUser)) {
    return (
      <AdminPage view={props} title={m.queueTitle} name="review-queue">
        <p>{m.notForEditors}</p>
      </AdminPage>
    )
  }
  const entries = await reviewQueue(req.payload, { language, withChanges: true })
  return (
    <AdminPage view={props} title={`${m.queueTitle} (${entries.length})`} name="review-queue">
      <p>{m.queueIntro}</p>
      <QueueTable entries={entries} language={language} withChanges />
    </AdminPage>
  )
}
