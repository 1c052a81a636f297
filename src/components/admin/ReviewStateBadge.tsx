'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { reviewStateLabels, type ReviewState } from '../../workflow/states'

/** The review state of a record as a coloured badge, in the list (Cell) and the edit view (Field). */

const colours: Record<ReviewState, { background: string; color: string }> = {
  draft: { background: '#e8e8e8', color: '#333' },
  in_review: { background: '#fff1c2', color: '#6b4e00' },
  changes_requested: { background: '#ffd9d2', color: '#8a1c0a' },
  published: { background: '#d3f2dc', color: '#0d5a26' },
  archived: { background: '#dfe3ea', color: '#46505f' },
}

export function ReviewStateBadgeView({ state }: { state: unknown }) {
  const known = (typeof state === 'string' && state in colours ? state : 'draft') as ReviewState
  return (
    <span
      data-review-state={known}
      style={{ ...colours[known], borderRadius: 12, padding: '2px 10px', fontSize: 13, fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {reviewStateLabels[known].en}
    </span>
  )
}

export function ReviewStateCell({ cellData }: { cellData?: unknown }) {
  return <ReviewStateBadgeView state={cellData} />
}

export function ReviewStateField() {
  const state = useFormFields(([fields]) => fields.reviewState?.value)
  const note = useFormFields(([fields]) => fields.reviewNote?.value)
  return (
    <div style={{ marginBottom: 20 }}>
      <div style={{ marginBottom: 6, fontWeight: 600 }}>Review state</div>
      <ReviewStateBadgeView state={state} />
      {state === 'changes_requested' && typeof note === 'string' && note ? (
        <div
          role="note"
          style={{ marginTop: 10, padding: 10, borderLeft: '4px solid #c0391b', background: '#fff4f1', whiteSpace: 'pre-wrap' }}
        >
          <strong>Changes requested by the editor:</strong>
          <div>{note}</div>
        </div>
      ) : null}
    </div>
  )
}
