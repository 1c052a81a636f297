'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState, useSyncExternalStore } from 'react'

import { adminMessages, type AdminMessages } from '../../i18n/admin'
import { takeConfirmation, type Done } from './confirmation'
import './admin.css'

/**
 * Above the record's form: the editor's note while changes are requested, and what a record in
 * review waits for. The note itself is stored in `reviewNote` (written by "Request changes").
 */
export function ReviewNotice() {
  const { i18n } = useTranslation()
  const m = adminMessages(i18n.language)
  const { id, collectionSlug } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.reviewState?.value)
  const note = useFormFields(([fields]) => fields.reviewNote?.value)
  // The transition that reloaded this page (WorkflowButtons): confirmed once, here (not in the server's render).
  const done = useSyncExternalStore(
    noSubscription,
    () => (id && collectionSlug ? takeConfirmation(collectionSlug, id) : null),
    () => null,
  )
  const [dismissed, setDismissed] = useState(false)
  return (
    <>
      {done && !dismissed ? <Confirmation done={done} m={m} onDismiss={() => setDismissed(true)} /> : null}
      {state === 'changes_requested' && typeof note === 'string' && note ? (
        <div className="hub-notice" role="note" data-hub-admin="review-note">
          <strong>{m.noteFromEditor}</strong>
          {note}
        </div>
      ) : state === 'in_review' ? (
        <div className="hub-notice hub-notice--info" role="note" data-hub-admin="review-note">
          {m.inReviewNotice}
        </div>
      ) : null}
    </>
  )
}

function Confirmation({ done, m, onDismiss }: { done: Done; m: AdminMessages; onDismiss: () => void }) {
  const mail = done.mail
  const outcome =
    !mail || mail.status === 'none' ? '' : mail.status === 'sent' ? m.mailOutcome.sent(mail.recipients) : m.mailOutcome[mail.status]
  const warn = mail?.status === 'failed' || mail?.status === 'partial'
  return (
    <div
      className={`hub-notice ${warn ? 'hub-notice--info' : 'hub-notice--success'}`}
      role="status"
      data-hub-admin="confirmation"
      style={{ display: 'flex', gap: 12, alignItems: 'flex-start', justifyContent: 'space-between' }}
    >
      <span>{[m.confirmations[done.action], outcome].filter(Boolean).join(' ')}</span>
      <button type="button" className="hub-dismiss" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </div>
  )
}

const noSubscription = () => () => undefined

/** A workflow field that the form carries but does not show (its value is shown elsewhere). */
export function NotInForm() {
  return null
}
