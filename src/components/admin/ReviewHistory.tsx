import type { PayloadRequest } from 'payload'
import React from 'react'

import { adminLanguageOf, adminMessages, inLanguage, type MailStatus } from '../../i18n/admin'
import { reviewStateLabels, workflowActionLabels, type ReviewState, type WorkflowAction } from '../../workflow/states'
import './admin.css'

/**
 * The record's review history (every transition: when, who, what, from, to, note, whether the
 * people concerned were told by e-mail), newest first. Shown to whoever may read the record: the
 * record is read with the user's access first, and only then are its events read. People are
 * named by the name recorded with the event, never by their e-mail address.
 */
export async function ReviewHistory(props: { id?: number | string; collectionSlug?: string; req?: PayloadRequest }) {
  const { id, collectionSlug, req } = props
  if (!id || !collectionSlug || !req?.user) return null
  const language = adminLanguageOf(req.i18n?.language)
  const m = adminMessages(language)
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
    depth: 0,
    limit: 100,
    overrideAccess: true,
    select: { createdAt: true, action: true, fromState: true, toState: true, note: true, actor: true, actorName: true, mailStatus: true },
  })
  // Events recorded before names were kept with them: the name from the account, if it still exists.
  const unnamed = [...new Set(docs.filter((event) => !event.actorName && event.actor).map((event) => String(event.actor)))]
  const names = new Map<string, string>()
  if (unnamed.length) {
    const people = await req.payload.find({
      collection: 'users',
      where: { id: { in: unnamed } },
      depth: 0,
      limit: unnamed.length,
      overrideAccess: true,
      select: { name: true },
    })
    for (const person of people.docs) names.set(String(person.id), person.name)
  }
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
  const state = (value: unknown) => inLanguage(reviewStateLabels[value as ReviewState] ?? reviewStateLabels.draft, language)
  return (
    <section
      className="hub-panel"
      style={{ marginTop: 24 }}
      data-review-history
      data-hub-admin="review-history"
      aria-labelledby="hub-review-history"
    >
      <h3 id="hub-review-history">{m.historyTitle}</h3>
      {docs.length === 0 ? (
        <p>{m.historyEmpty}</p>
      ) : (
        <table className="hub-table hub-history">
          <thead>
            <tr>
              <th scope="col">{m.historyWhen} (UTC)</th>
              <th scope="col">{m.historyWho}</th>
              <th scope="col">{m.historyAction}</th>
              <th scope="col">{m.historyStates}</th>
              <th scope="col">{m.historyNote}</th>
              <th scope="col">{m.historyMail}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((event) => (
              <tr key={event.id}>
                <td>{when.format(new Date(event.createdAt))}</td>
                <td>{event.actorName || names.get(String(event.actor)) || m.someone}</td>
                <td>
                  {workflowActionLabels[event.action as WorkflowAction]
                    ? inLanguage(workflowActionLabels[event.action as WorkflowAction], language)
                    : event.action}
                </td>
                <td>
                  {state(event.fromState)} → {state(event.toState)}
                </td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{event.note ?? ''}</td>
                <td data-mail-status={event.mailStatus ?? ''}>
                  {event.mailStatus ? m.mailStatusLabels[event.mailStatus as MailStatus] : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
