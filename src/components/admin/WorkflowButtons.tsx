'use client'

import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { workflowActionLabels, type ReviewState, type WorkflowAction } from '../../workflow/states'

/**
 * The review workflow's buttons in the edit view, in place of Payload's Publish button. The server
 * says which actions this user may take now (GET /api/<collection>/:id/workflow, from the
 * transition table and the access rules); each button calls POST .../workflow/<action>, and the
 * message says why not when the server refuses.
 */

export function WorkflowButtons() {
  const { id, collectionSlug } = useDocumentInfo()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) ?? 'draft') as ReviewState
  const router = useRouter()
  const [actions, setActions] = useState<WorkflowAction[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState('')
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { actions: [] }))
      .then((body: { actions?: WorkflowAction[] }) => setActions(body.actions ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, state])
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
