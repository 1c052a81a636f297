'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { adminMessages, inLanguage } from '../../i18n/admin'
import { reviewStateLabels, type ReviewState } from '../../workflow/states'

/**
 * The review state of a record as one coloured badge: in the lists (Cell) and as the record's
 * status in the edit view (in place of Payload's Draft/Published/Changed), with a line saying
 * whether a published version stays online meanwhile.
 */

const colours: Record<ReviewState, { background: string; color: string }> = {
  draft: { background: '#e8e8e8', color: '#2b2b2b' },
  in_review: { background: '#fff1c2', color: '#5c4300' },
  changes_requested: { background: '#ffd9d2', color: '#7a1806' },
  published: { background: '#d3f2dc', color: '#0b4d21' },
  archived: { background: '#dfe3ea', color: '#3b4452' },
}

const stateOf = (state: unknown): ReviewState => (typeof state === 'string' && state in colours ? (state as ReviewState) : 'draft')

export function ReviewStateBadgeView({ state, language }: { state: unknown; language: string }) {
  const known = stateOf(state)
  return (
    <span
      className="hub-review-badge"
      data-review-state={known}
      style={{ ...colours[known], borderRadius: 12, padding: '2px 10px', fontSize: 13, fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {inLanguage(reviewStateLabels[known], language)}
    </span>
  )
}

export function ReviewStateCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return <ReviewStateBadgeView state={cellData} language={i18n.language} />
}

/** The record's status in the edit view: its review state, and whether its published version is online. */
export function ReviewStatus() {
  const { i18n } = useTranslation()
  const { hasPublishedDoc } = useDocumentInfo()
  const state = stateOf(useFormFields(([fields]) => fields.reviewState?.value))
  const m = adminMessages(i18n.language)
  const pendingRevision = hasPublishedDoc && (state === 'draft' || state === 'in_review' || state === 'changes_requested')
  return (
    <div data-hub-admin="status" style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <span className="hub-visually-hidden">{m.stateBadge(inLanguage(reviewStateLabels[state], i18n.language))}</span>
      <span aria-hidden="true">
        <ReviewStateBadgeView state={state} language={i18n.language} />
      </span>
      {pendingRevision ? <span style={{ fontSize: 13, color: 'var(--theme-elevation-650)' }}>{m.liveVersionOnline}</span> : null}
      {state === 'archived' ? <span style={{ fontSize: 13, color: 'var(--theme-elevation-650)' }}>{m.archivedOffline}</span> : null}
    </div>
  )
}
