import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { workflowCollections, type WorkflowCollection } from '../../workflow/states'

type QueuedRecord = {
  id: number | string
  title?: string | null
  name?: string | null
  submittedAt?: string | null
  submittedBy?: number | { name?: string | null; email?: string | null } | null
}

/**
 * The review queue: records waiting for an editor (review state "in review"), oldest submission
 * first, with who submitted them and when. Shown to editors and admins above the lists of the
 * reviewed collections (that collection's queue) and of "Review queue and history" (all of them).
 */
export async function ReviewQueue(props: { payload?: Payload; user?: TypedUser | null; collectionConfig?: { slug: string } }) {
  const { payload, user, collectionConfig } = props
  const role = (user as { role?: string } | null | undefined)?.role
  if (!payload || (role !== 'editor' && role !== 'admin')) return null
  const slug = collectionConfig?.slug
  const collections: WorkflowCollection[] = workflowCollections.filter(
    (collection) => !slug || slug === 'review-events' || slug === collection,
  )
  const rows: { collection: WorkflowCollection; id: number | string; title: string; submitter: string; submittedAt: string }[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { reviewState: { equals: 'in_review' } },
      sort: 'submittedAt',
      depth: 1,
      limit: 100,
      overrideAccess: true,
    })
    for (const doc of docs as QueuedRecord[]) {
      const submitter = doc.submittedBy && typeof doc.submittedBy === 'object' ? `${doc.submittedBy.name} (${doc.submittedBy.email})` : '—'
      rows.push({
        collection,
        id: doc.id,
        title: String(doc.title ?? doc.name ?? doc.id),
        submitter,
        submittedAt: String(doc.submittedAt ?? ''),
      })
    }
  }
  rows.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
  const cell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' }
  return (
    <section
      data-review-queue
      style={{ margin: '0 var(--gutter-h, 60px) 24px', padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <h2 style={{ marginTop: 0 }}>Review queue ({rows.length})</h2>
      {rows.length === 0 ? (
        <p>Nothing is waiting for review.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>Submitted (UTC)</th>
              <th style={cell}>Record</th>
              <th style={cell}>Collection</th>
              <th style={cell}>Submitted by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.collection}-${row.id}`}>
                <td style={cell}>{row.submittedAt ? new Date(row.submittedAt).toLocaleString('en-GB', { timeZone: 'UTC' }) : '—'}</td>
                <td style={cell}>
                  <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title}</a>
                </td>
                <td style={cell}>{row.collection}</td>
                <td style={cell}>{row.submitter}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
