import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { pilotFieldOf, pilotIdsIn, pilotIdsOf, type HubUser } from '../access'
import { notifyTransition } from './notify'
import {
  isWorkflowAction,
  isWorkflowCollection,
  transitions,
  WORKFLOW_CONTEXT,
  type ReviewState,
  type WorkflowAction,
  type WorkflowCollection,
} from './states'

/**
 * The one way a record changes its review state. It checks who acts (role, pilot membership),
 * the state the record is in, and the four-eyes rule (no one approves a record they submitted
 * or last edited), writes the record and its history event in one transaction, and then mails
 * the people concerned. Errors are `APIError`s with the status the REST endpoint answers.
 */

export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 403 | 404) {
    super(message, status, undefined, true)
  }
}

export type TransitionInput = {
  collection: string
  id: number | string
  action: string
  note?: string | null
  user: HubUser | null | undefined
}

export type TransitionResult = {
  collection: WorkflowCollection
  id: number | string
  action: WorkflowAction
  from: ReviewState
  to: ReviewState
  doc: Record<string, unknown>
  eventId: number | string
}

type Data = Record<string, unknown>
const idOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? String((value as { id?: unknown }).id) : String(value)

const isEditor = (user: HubUser | null | undefined) => user?.role === 'editor' || user?.role === 'admin'

/** Whether this user may write this record outside the workflow (the same rule as update access). */
function mayWrite(user: HubUser, collection: WorkflowCollection, record: Data): boolean {
  if (isEditor(user)) return true
  if (user.role !== 'contributor' || collection === 'pilots') return false
  const own = pilotIdsOf(user).map(String)
  return pilotIdsIn(record[pilotFieldOf[collection]!]).some((id) => own.includes(String(id)))
}

export async function transition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  const { collection, id, action, user } = input
  const note = typeof input.note === 'string' ? input.note.trim() : ''
  if (!isWorkflowCollection(collection)) throw new WorkflowError(`collection: "${collection}" has no review workflow`, 404)
  if (!isWorkflowAction(action)) {
    throw new WorkflowError(`action: unknown workflow action "${action}" (use one of ${Object.keys(transitions).join(', ')})`, 400)
  }
  if (!user || user.collection !== 'users') throw new WorkflowError('You must be signed in to change the review state of a record', 403)

  const find = (draft: boolean) =>
    payload
      .findByID({ collection, id, draft, depth: 0, overrideAccess: true, disableErrors: true })
      .then((doc) => (doc as Data | null) ?? null)
  const latest = await find(true)
  if (!latest) throw new WorkflowError(`No ${collection} record with id ${id}`, 404)
  const published = await find(false)
  // A record the user may not even read does not exist for them.
  if (!isEditor(user) && !mayWrite(user, collection, latest)) {
    const readable = await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, user, depth: 0, limit: 1 })
    if (!readable.docs.length) throw new WorkflowError(`No ${collection} record with id ${id}`, 404)
  }

  const rule = transitions[action]
  if (rule.by === 'editor' && !isEditor(user))
    throw new WorkflowError(
      `${action}: only editors and admins may ${action === 'publish' ? 'publish' : action === 'archive' ? 'archive' : action === 'restore' ? 'restore' : 'request changes on'} a record`,
      403,
    )
  if (rule.by === 'writer' && !mayWrite(user, collection, latest)) {
    throw new WorkflowError(`${action}: you may only act on records of the pilots you belong to`, 403)
  }

  // Archiving concerns what the public sees (the published version), whatever revision is pending.
  const live = published?._status === 'published' && published.reviewState !== 'archived'
  const from = (action === 'archive' && live ? 'published' : ((latest.reviewState as ReviewState | undefined) ?? 'draft')) as ReviewState
  if (!rule.from.includes(from)) {
    throw new WorkflowError(`${action}: not possible from the review state "${from}" (only from ${rule.from.join(' or ')})`, 400)
  }
  if (action === 'requestChanges' && !note) throw new WorkflowError('note: say what should change when requesting changes', 400)
  if (action === 'publish') {
    const userId = String(user.id)
    if (idOf(latest.submittedBy) === userId)
      throw new WorkflowError('publish: four-eyes rule: you submitted this record; another editor must approve it', 403)
    if (idOf(latest.lastEditedBy) === userId)
      throw new WorkflowError('publish: four-eyes rule: you last edited this record; another editor must approve it', 403)
  }

  const now = new Date().toISOString()
  const change: Data = { reviewState: rule.to }
  let draft = true
  switch (action) {
    case 'submitForReview':
      Object.assign(change, { submittedBy: user.id, submittedAt: now })
      break
    case 'requestChanges':
      change.reviewNote = note
      break
    case 'publish':
      Object.assign(change, { _status: 'published', reviewNote: null, lastReviewed: now })
      draft = false
      break
    case 'archive':
      // Unpublished and marked archived: gone from every public surface, kept in the admin.
      change._status = 'draft'
      draft = false
      break
    case 'restore':
    case 'startRevision':
      break
  }

  const req = await createLocalReq({ user: user as never, context: { [WORKFLOW_CONTEXT]: true } }, payload)
  await initTransaction(req)
  let doc: Data
  let eventId: number | string
  try {
    doc = (await payload.update({ collection, id, data: change as never, draft, depth: 0, overrideAccess: true, req })) as unknown as Data
    const event = await payload.create({
      collection: 'review-events',
      data: {
        recordCollection: collection,
        recordId: String(id),
        recordTitle: String(latest.title ?? latest.name ?? id),
        action,
        fromState: from,
        toState: rule.to,
        note: note || null,
        actor: Number(user.id),
      } as never,
      overrideAccess: true,
      req,
    })
    eventId = event.id
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }

  payload.logger.info({
    msg: `Review: ${collection} ${id} ${from} -> ${rule.to} (${action})`,
    collection,
    id,
    action,
    from,
    to: rule.to,
    userId: user.id,
    eventId,
  })
  await notifyTransition(payload, { collection, id, action, note, actor: user, record: { ...latest, ...doc } })
  return { collection, id, action, from, to: rule.to, doc, eventId }
}
