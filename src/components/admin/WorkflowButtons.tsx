'use client'

import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { workflowActionLabels, type ReviewState, type WorkflowAction } from '../../workflow/states'

/**
 * The review workflow's buttons in the edit view, in place of Payload's Publish button: each
 * calls POST /api/<collection>/:id/workflow/<action>; the server decides, the message says why not.
 */

const actionsFor = (state: ReviewState, role: string | undefined, live: boolean): WorkflowAction[] => {
  const editor = role === 'editor' || role === 'admin'
  const actions: WorkflowAction[] = []
  if (state === 'draft' || state === 'changes_requested') actions.push('submitForReview')
  if (editor && state === 'in_review') actions.push('publish', 'requestChanges')
  if (state === 'published') actions.push('startRevision')
  if (editor && (state === 'published' || live) && state !== 'archived') actions.push('archive')
  if (editor && state === 'archived') actions.push('restore')
  return actions
}

export function WorkflowButtons() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState('')
  if (!id) return null

  const run = async (action: WorkflowAction, withNote?: string) => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(withNote ? { note: withNote } : {}),
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) setMessage(body?.errors?.[0]?.message ?? `Failed (${response.status})`)
      else {
        setAsking(false)
        setNote('')
        router.refresh()
        window.location.reload()
      }
    } finally {
      setBusy(false)
    }
  }

  const actions = actionsFor(state, (user as { role?: string } | null)?.role, Boolean(hasPublishedDoc))
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }} data-workflow-buttons>
      {actions.map((action) =>
        action === 'requestChanges' ? (
          <Button key={action} buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setAsking(!asking)}>
            {workflowActionLabels[action].en}
          </Button>
        ) : (
          <Button
            key={action}
            buttonStyle={action === 'publish' || action === 'submitForReview' ? 'primary' : 'secondary'}
            size="medium"
            disabled={busy}
            onClick={() => run(action)}
          >
            {workflowActionLabels[action].en}
          </Button>
        ),
      )}
      {asking ? (
        <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <textarea
            aria-label="Note for the contributor"
            placeholder="What should change?"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            cols={30}
          />
          <Button buttonStyle="primary" size="medium" disabled={busy || !note.trim()} onClick={() => run('requestChanges', note)}>
            Send request
          </Button>
        </span>
      ) : null}
      {message ? (
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
