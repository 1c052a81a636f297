import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { isEditor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages, inLanguage, type AdminLanguage } from '../../i18n/admin'
import { entryOf } from '../../model/content-types'
import { reviewQueue, type QueueEntry } from '../../workflow/queue'
import { workflowCollections, type WorkflowCollection } from '../../workflow/states'
import './admin.css'

/**
 * The review queue as a table: each submission with when and by whom it was submitted and, in the
 * queue's own view, what it changes against the published version. Above the lists of the
 * reviewed collections (that collection's queue) and of the review history (all of them) it is a
 * short panel that leads to the queue's view (/admin/review-queue, src/components/admin/ReviewQueueView.tsx).
 */

const MAX_CHANGES = 8

export function QueueTable({ entries, language, withChanges }: { entries: QueueEntry[]; language: AdminLanguage; withChanges: boolean }) {
  const m = adminMessages(language)
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  if (!entries.length) return <p>{m.queueEmpty}</p>
  return (
    <table className="hub-table" data-review-queue-table>
      <thead>
        <tr>
          <th scope="col">{m.queueRecord}</th>
          <th scope="col">{m.queueType}</th>
          <th scope="col">{m.queueBy}</th>
          <th scope="col">{m.queueSubmitted} (UTC)</th>
          {withChanges ? <th scope="col">{m.queueChanges}</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={`${entry.collection}-${entry.id}`} data-queue-entry={`${entry.collection}-${entry.id}`}>
            <td>
              <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>
            </td>
            <td>{inLanguage(entryOf(entry.collection).label, language)}</td>
            <td>{entry.submittedBy ?? '—'}</td>
            <td>{entry.submittedAt ? when.format(new Date(entry.submittedAt)) : '—'}</td>
            {withChanges ? (
              <td data-queue-changes>
                <Changes entry={entry} language={language} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Changes({ entry, language }: { entry: QueueEntry; language: AdminLanguage }) {
  const m = adminMessages(language)
  const change = entry.change
  if (!change) return null
  if (change.kind === 'new') {
    return (
      <>
        <p style={{ margin: 0 }}>{m.queueNew}</p>
        {change.filled.length ? <p style={{ margin: '4px 0 0' }}>{m.queueFilled(change.filled.join(', '))}</p> : null}
      </>
    )
  }
  const shown = change.changes.slice(0, MAX_CHANGES)
  return (
    <>
      {shown.length === 0 ? <p style={{ margin: 0 }}>{m.queueNoChange}</p> : null}
      <ul className="hub-diff">
        {shown.map((item) => (
          <li key={item.field}>
            <strong>{item.field}</strong>
            <del>
              <span className="hub-visually-hidden">{m.queueBefore}: </span>
              {item.before || m.queueEmptyValue}
            </del>
            <ins>
              <span className="hub-visually-hidden">{m.queueAfter}: </span>
              {item.after || m.queueEmptyValue}
            </ins>
          </li>
        ))}
      </ul>
      {change.changes.length > shown.length ? <p style={{ margin: 0 }}>{m.queueMore(change.changes.length - shown.length)}</p> : null}
      {change.compareLink ? (
        <p style={{ margin: '4px 0 0' }}>
          <a href={change.compareLink}>{m.queueCompare}</a>
        </p>
      ) : null}
    </>
  )
}

/** Above a list: the submissions of this collection (of all, above the review history) waiting for review. */
export async function ReviewQueue(props: {
  payload?: Payload
  user?: TypedUser | null
  i18n?: I18nClient
  collectionConfig?: { slug: string }
}) {
  const { payload, user, collectionConfig, i18n } = props
  if (!payload || !isEditor(user as HubUser | null)) return null
  const language = adminLanguageOf(i18n?.language)
  const m = adminMessages(language)
  const slug = collectionConfig?.slug
  const collections: WorkflowCollection[] = workflowCollections.filter(
    (collection) => !slug || slug === 'review-events' || slug === collection,
  )
  const entries = await reviewQueue(payload, { collections, language })
  return (
    <section
      className="hub-panel"
      data-review-queue
      data-hub-admin="review-queue-panel"
      aria-labelledby="hub-review-queue-panel"
      style={{ margin: '0 var(--gutter-h, 60px) 24px' }}
    >
      <h2 id="hub-review-queue-panel" style={{ fontSize: 20 }}>
        {m.queueTitle} ({entries.length})
      </h2>
      <QueueTable entries={entries} language={language} withChanges={false} />
      <p style={{ margin: '12px 0 0' }}>
        <a href="/admin/review-queue">{m.queueSeeAll}</a>
      </p>
    </section>
  )
}
