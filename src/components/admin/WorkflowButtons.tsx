'use client'

import { Button, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'

import { adminMessages, inLanguage } from '../../i18n/admin'
import { workflowActionLabels, type ReviewState, type WorkflowAction } from '../../workflow/states'
import { leaveConfirmation } from './confirmation'
import './admin.css'

/**
 * The review workflow's buttons in the edit view, in place of Payload's Publish button. The server
 * says which actions this user may take now (GET /api/<collection>/:id/workflow, from the
 * transition table and the access rules); each button calls POST .../workflow/<action>, and the
 * message says why not when the server refuses. "Request changes" asks for the note in a dialog.
 * After a transition the page reloads (the form shows the new state) and the notice above the form
 * confirms what happened, including whether the people concerned were told by e-mail.
 */

export function WorkflowButtons() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const m = adminMessages(i18n.language)
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const modified = useFormModified()
  const [actions, setActions] = useState<WorkflowAction[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [asking, setAsking] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const noteId = useId()
  const helpId = useId()

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { actions: [] }))
      .then((body: { actions?: WorkflowAction[] }) => setActions(body.actions ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, state])

  if (!id || !collectionSlug) return null

  const run = async (action: WorkflowAction, withNote?: string) => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify(withNote ? { note: withNote } : {}),
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        setMessage(body?.errors?.[0]?.message ?? m.failed(response.status))
        return
      }
      dialog.current?.close()
      leaveConfirmation(collectionSlug, id, { action, mail: body?.mail })
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  const label = (action: WorkflowAction) => inLanguage(workflowActionLabels[action], i18n.language)

  return (
    <div className="hub-workflow" data-workflow-buttons data-hub-admin="workflow-buttons">
      {actions.map((action) => (
        <Button
          key={action}
          buttonStyle={action === 'publish' || action === 'submitForReview' ? 'primary' : 'secondary'}
          size="medium"
          disabled={busy || modified}
          tooltip={modified ? m.saveFirst : undefined}
          onClick={() => {
            if (action !== 'requestChanges') return void run(action)
            setMessage(null)
            setAsking(true)
            dialog.current?.showModal()
          }}
        >
          {label(action)}
        </Button>
      ))}
      {actions.includes('requestChanges') ? (
        // Not a <form>: this sits inside the record's own form, which must not receive its submit.
        <dialog
          ref={dialog}
          className="hub-dialog"
          aria-labelledby={`${noteId}-title`}
          aria-describedby={helpId}
          onClose={() => setAsking(false)}
        >
          <h2 id={`${noteId}-title`}>{m.requestChangesTitle}</h2>
          <p id={helpId}>{m.requestChangesHelp}</p>
          <label htmlFor={noteId}>{m.noteLabel}</label>
          <textarea id={noteId} required value={note} onChange={(event) => setNote(event.target.value)} rows={5} />
          {message ? (
            <p role="alert" style={{ color: '#b3261e' }}>
              {message}
            </p>
          ) : null}
          <div className="hub-dialog__actions">
            <Button buttonStyle="secondary" size="medium" onClick={() => dialog.current?.close()}>
              {m.cancel}
            </Button>
            <Button buttonStyle="primary" size="medium" disabled={busy || !note.trim()} onClick={() => void run('requestChanges', note)}>
              {m.sendRequest}
            </Button>
          </div>
        </dialog>
      ) : null}
      {message && !asking ? (
        <span role="alert" style={{ color: '#b3261e' }}>
          {message}
        </span>
      ) : null}
    </div>
  )
}

/** Unpublishing would skip the workflow: archiving is the way to take a record off the site. */
export function NoUnpublish() {
  return null
}
