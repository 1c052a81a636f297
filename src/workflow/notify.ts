import type { Payload } from 'payload'

import type { HubUser } from '../access'
import { hubEnv } from '../core/env'
import type { WorkflowAction, WorkflowCollection } from './states'

/**
 * Mails the people concerned by a transition: the editors when a record is submitted, the
 * submitter when changes are requested or the record is published. Each mail links to the record
 * in the admin. A mail that cannot be sent is logged; the transition itself has already happened.
 */

type Notice = {
  collection: WorkflowCollection
  id: number | string
  action: WorkflowAction
  note: string
  actor: HubUser
  record: Record<string, unknown>
}

export const adminLinkOf = (collection: string, id: number | string) =>
  `${hubEnv().SERVER_URL.replace(/\/$/, '')}/admin/collections/${collection}/${id}`

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | null | undefined)

async function emailsOf(payload: Payload, where: Record<string, unknown>): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: where as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((user) => user.email).filter(Boolean)
}

async function recipients(payload: Payload, notice: Notice): Promise<string[]> {
  if (notice.action === 'submitForReview') {
    // The editors review; when there is none, the admins do.
    const editors = await emailsOf(payload, { role: { equals: 'editor' }, id: { not_equals: notice.actor.id } })
    return editors.length ? editors : emailsOf(payload, { role: { equals: 'admin' }, id: { not_equals: notice.actor.id } })
  }
  if (notice.action === 'requestChanges' || notice.action === 'publish') {
    const submitter = idOf(notice.record.submittedBy)
    return submitter ? emailsOf(payload, { id: { equals: submitter } }) : []
  }
  return []
}

function message(notice: Notice): { subject: string; text: string } | null {
  const title = String(notice.record.title ?? notice.record.name ?? `${notice.collection} ${notice.id}`)
  const link = adminLinkOf(notice.collection, notice.id)
  switch (notice.action) {
    case 'submitForReview':
      return { subject: `Review requested: ${title}`, text: `"${title}" was submitted for review.\n\nReview it here: ${link}\n` }
    case 'requestChanges':
      return {
        subject: `Changes requested: ${title}`,
        text: `An editor asked for changes to "${title}":\n\n${notice.note}\n\nRevise it and submit it again: ${link}\n`,
      }
    case 'publish':
      return { subject: `Published: ${title}`, text: `"${title}" was approved and is now public.\n\nSee it here: ${link}\n` }
    default:
      return null
  }
}

export async function notifyTransition(payload: Payload, notice: Notice): Promise<void> {
  const content = message(notice)
  if (!content) return
  try {
    const to = await recipients(payload, notice)
    if (!to.length) return
    await payload.sendEmail({ to, subject: content.subject, text: content.text })
    payload.logger.info({
      msg: `Mail: "${notice.action}" notice for ${notice.collection} ${notice.id} sent`,
      action: notice.action,
      collection: notice.collection,
      id: notice.id,
      recipients: to.length,
    })
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not send the "${notice.action}" notice for ${notice.collection} ${notice.id}`,
      action: notice.action,
      collection: notice.collection,
      id: notice.id,
    })
  }
}
