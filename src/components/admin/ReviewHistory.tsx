import type { PayloadRequest } from 'payload'
import React from 'react'

import { reviewStateLabels, workflowActionLabels, type ReviewState, type WorkflowAction } from '../../workflow/states'

/**
 * The record's review history (every transition: when, who, from, to, note), newest first.
 * Shown to whoever may read the record in the admin: the record is read with the user's access
 * first, and only then are its events read.
 */
export async function ReviewHistory(props: { id?: number | string; collectionSlug?: string; req?: PayloadRequest }) {
  const { id, collectionSlug, req } = props
  if (!id || !collectionSlug || !req?.user) return null
  const readable = await req.payload.find({
    collection: collectionSlug as 'lessons',
    where: { id: { equals: id } },
    draft: true,
    overrideAccess: false,
    user: req.user,
    depth: 0,
    limit: 1,
    select: {},
  })
  if (!readable.docs.length) return null
  const { docs } = await req.payload.find({
    collection: 'review-events',
    where: { and: [{ recordCollection: { equals: collectionSlug } }, { recordId: { equals: String(id) } }] },
    sort: '-createdAt',
    depth: 1,
    limit: 100,
    overrideAccess: true,
  })
  const cell: React.CSSProperties = {
    padding: '6px 10px',
    borderBottom: '1px solid var(--theme-elevation-150)',
    textAlign: 'left',
    verticalAlign: 'top',
  }
  return (
    <div style={{ margin: '24px 0' }} data-review-history>
      <h3 style={{ marginBottom: 8 }}>Review history</h3>
      {docs.length === 0 ? (
        <p>No review step yet.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>When</th>
              <th style={cell}>Who</th>
              <th style={cell}>Action</th>
              <th style={cell}>From → to</th>
              <th style={cell}>Note</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((event) => {
              const actor =
                event.actor && typeof event.actor === 'object' ? `${event.actor.name} (${event.actor.email})` : String(event.actor)
              return (
                <tr key={event.id}>
                  <td style={cell}>{new Date(event.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</td>
                  <td style={cell}>{actor}</td>
                  <td style={cell}>{workflowActionLabels[event.action as WorkflowAction]?.en ?? event.action}</td>
                  <td style={cell}>
                    {reviewStateLabels[event.fromState as ReviewState]?.en} → {reviewStateLabels[event.toState as ReviewState]?.en}
                  </td>
                  <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{event.note ?? ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}
