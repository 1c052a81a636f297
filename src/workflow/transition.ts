import {
  APIError,
  commitTransaction,
  createLocalReq,
  docAccessOperation,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isEditor, userOf, type HubUser } from '../access'
import { lockRecord } from './lock'
import { notifyTransition, type MailOutcome } from './notify'
import {
  isWorkflowAction,
  isWorkflowCollection,
  transitions,
  WORKFLOW_CONTEXT,
  workflowActions,
  type ReviewState,
  type WorkflowAction,
  type WorkflowCollection,
} from './states'

/**
 * The one way a record changes its review state. It checks who acts (the role the transition
 * table asks for, and the collection's own update rule for the others), the state the record is
 * in, and the four-eyes rule (no one approves a record they submitted or last edited), writes the
 * record and its history event in one transaction, and then mails the people concerned. Errors
 * are `APIError`s with the status the REST endpoint answers.
 */

export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 403 | 404) {
    super(message, status, undefined, true)
    // Set by hand: the production build's minified classes have no name (src/security/errors.ts).
    this.name = 'WorkflowError'
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
  /** Whether the people concerned were told by e-mail (also recorded on the event). */
  mail: MailOutcome
}

type Data = Record<string, unknown>
const idOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? String((value as { id?: unknown }).id) : String(value)

/** A record as the workflow sees it, and whether this user may write it. */
type Subject = {
  collection: WorkflowCollection
  id: number | string
  user: HubUser
  req: PayloadRequest
  latest: Data
  /** The record is public now (its published version is live, whatever revision is pending). */
  live: boolean
  mayWrite: boolean
}

/** Whether the collection's own update rule lets this user write this record, as Payload evaluates it. */
async function mayUpdate(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<boolean> {
  const { update } = await docAccessOperation({ collection: req.payload.collections[collection], id, req })
  // `true`, or `{ permission: true, where }` when the rule is a query that this record matched.
  return update === true || (typeof update === 'object' && (update as { permission?: boolean }).permission === true)
}

async function subjectOf(
  payload: Payload,
  input: Omit<TransitionInput, 'action' | 'note'>,
  transaction?: PayloadRequest,
): Promise<Subject> {
  const { collection, id, user } = input
  if (!isWorkflowCollection(collection)) throw new WorkflowError(`collection: "${collection}" has no review workflow`, 404)
  if (!user || user.collection !== 'users') throw new WorkflowError('You must be signed in to change the review state of a record', 403)

  const find = (draft: boolean) =>
    payload
      .findByID({
        collection,
        id,
        draft,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        ...(transaction ? { req: transaction } : {}),
      })
      .then((doc) => (doc as Data | null) ?? null)
  const latest = await find(true)
  if (!latest) throw new WorkflowError(`No ${collection} record with id ${id}`, 404)
  const published = await find(false)
  const req = await createLocalReq({ user: user as never }, payload)
  const mayWrite = isEditor(user) || (await mayUpdate(req, collection, id))
  // A record the user may not even read does not exist for them.
  if (!mayWrite) {
    const readable = await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, user, depth: 0, limit: 1 })
    if (!readable.docs.length) throw new WorkflowError(`No ${collection} record with id ${id}`, 404)
  }
  const live = published?._status === 'published' && published.reviewState !== 'archived'
  return { collection, id, user, req, latest, live, mayWrite }
}

/** The review state an action starts from: archiving concerns what the public sees (the published version). */
const fromState = (subject: Subject, action: WorkflowAction): ReviewState =>
  action === 'archive' && subject.live ? 'published' : ((subject.latest.reviewState as ReviewState | undefined) ?? 'draft')

const editorVerb: Partial<Record<WorkflowAction, string>> = {
  publish: 'publish',
  archive: 'archive',
  restore: 'restore',
  requestChanges: 'request changes on',
}

/** Why this user may not take this action on this record now, or null when they may. */
function refusal(subject: Subject, action: WorkflowAction): WorkflowError | null {
  const rule = transitions[action]
  if (rule.by === 'editor' && !isEditor(subject.user)) {
    return new WorkflowError(`${action}: only editors and admins may ${editorVerb[action] ?? action} a record`, 403)
  }
  if (rule.by === 'writer' && !subject.mayWrite) {
    return new WorkflowError(`${action}: you may only act on records of the pilots you belong to`, 403)
  }
  const from = fromState(subject, action)
  if (!rule.from.includes(from)) {
    return new WorkflowError(`${action}: not possible from the review state "${from}" (only from ${rule.from.join(' or ')})`, 400)
  }
  if (action === 'publish') {
    const userId = String(subject.user.id)
    if (idOf(subject.latest.submittedBy) === userId) {
      return new WorkflowError('publish: four-eyes rule: you submitted this record; another editor must approve it', 403)
    }
    if (idOf(subject.latest.lastEditedBy) === userId) {
      return new WorkflowError('publish: four-eyes rule: you last edited this record; another editor must approve it', 403)
    }
  }
  return null
}

/**
 * The actions this user may take on this record now: the transition table and the same checks
 * as `transition`, so that the admin offers exactly what the server accepts.
 */
export async function availableActions(
  payload: Payload,
  input: Omit<TransitionInput, 'action' | 'note'>,
): Promise<{ state: ReviewState; live: boolean; actions: WorkflowAction[] }> {
  const subject = await subjectOf(payload, input)
  return {
    state: (subject.latest.reviewState as ReviewState | undefined) ?? 'draft',
    live: subject.live,
    actions: workflowActions.filter((action) => refusal(subject, action) === null),
  }
}

export async function transition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  const { action } = input
  const note = typeof input.note === 'string' ? input.note.trim() : ''
  if (!isWorkflowCollection(input.collection)) throw new WorkflowError(`collection: "${input.collection}" has no review workflow`, 404)
  if (!isWorkflowAction(action)) {
    throw new WorkflowError(`action: unknown workflow action "${action}" (use one of ${Object.keys(transitions).join(', ')})`, 400)
  }
  const req = await createLocalReq({ user: input.user as never, context: { [WORKFLOW_CONTEXT]: true } }, payload)
  await initTransaction(req)
  let subject: Subject
  let from: ReviewState
  let doc: Data
  let eventId: number | string
  let actorName: string
  const rule = transitions[action]
  try {
    // The check and the write see one state: saves of this record made meanwhile wait for the
    // commit (they take the same lock, src/workflow/guards.ts), so none is lost or left beside
    // the published version as a second "latest" one.
    await lockRecord(req, input.collection, input.id)
    subject = await subjectOf(payload, input, req)
    const refused = refusal(subject, action)
    if (refused) throw refused
    if (action === 'requestChanges' && !note) throw new WorkflowError('note: say what should change when requesting changes', 400)
    from = fromState(subject, action)
    const { collection, id, user, latest } = subject

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

    actorName = await nameOf(payload, user, req)
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
        actorName,
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
  const { collection, id, user, latest } = subject

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
  const mail = await notifyTransition(payload, { collection, id, action, note, actor: user, actorName, record: { ...latest, ...doc } })
  await payload
    .update({
      collection: 'review-events',
      id: eventId,
      data: { mailStatus: mail.status, mailRecipients: mail.recipients, mailError: mail.error ?? null } as never,
      depth: 0,
      overrideAccess: true,
    })
    .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not record the mail outcome on review event ${eventId}` }))
  return { collection, id, action, from, to: rule.to, doc, eventId, mail }
}

/** The name the history and the mails give the person who acts (recorded with the event). */
export async function nameOf(payload: Payload, user: HubUser, req?: PayloadRequest): Promise<string> {
  const known = (user as { name?: unknown }).name
  if (typeof known === 'string' && known) return known
  const found = await payload
    .findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, select: { name: true }, disableErrors: true, req })
    .catch(() => null)
  return found?.name || `#${user.id}`
}

/**
 * Payload's version restore (`POST /api/<collection>/versions/:id`, GraphQL
 * `restoreVersion<Collection>`, the admin's "Restore" button) changes what the public sees when
 * the restored version was published, and unpublishes the record when it was a draft. So it is
 * a workflow action: only editors and admins may take it (as they publish and archive), never on
 * an archived record (it comes back through "restore" and review), and it writes its history
 * event in the restore's own transaction. Called by the editorial guard before Payload restores;
 * the review state then follows the restored `_status` (src/workflow/guards.ts).
 */
export async function authorizeVersionRestore(
  req: PayloadRequest,
  collection: WorkflowCollection,
  versionId: number | string,
  asDraft: boolean,
): Promise<void> {
  const user = userOf(req)
  if (!user) throw new WorkflowError('restoreVersion: you must be signed in to restore a version', 403)
  if (!isEditor(user)) {
    throw new WorkflowError(
      'restoreVersion: only editors and admins may restore a version (it can change what the public sees); copy the old text into a draft and submit it for review instead',
      403,
    )
  }
  const { docs } = await req.payload.findVersions({
    collection,
    where: { id: { equals: versionId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const version = docs[0] as unknown as { parent?: unknown; version?: Data } | undefined
  // No such version: Payload answers 404 itself.
  if (!version) return
  const parent = idOf(version.parent)!
  await lockRecord(req, collection, parent)
  const subject = await subjectOf(req.payload, { collection, id: parent, user }, req)
  const from: ReviewState = (subject.latest.reviewState as ReviewState | undefined) ?? 'draft'
  if (from === 'archived') {
    throw new WorkflowError('restoreVersion: this record is archived; bring it back with the "restore" action first', 400)
  }
  const to: ReviewState = !asDraft && version.version?._status === 'published' ? 'published' : 'draft'
  const event = await req.payload.create({
    collection: 'review-events',
    data: {
      recordCollection: collection,
      recordId: String(parent),
      recordTitle: String(subject.latest.title ?? subject.latest.name ?? parent),
      action: 'restoreVersion',
      fromState: from,
      toState: to,
      note: `Version ${versionId} restored${asDraft ? ' as a draft' : to === 'published' ? ' and published' : ' (the record is now a draft, off the public site)'}`,
      actor: Number(user.id),
      actorName: await nameOf(req.payload, user, req),
    } as never,
    overrideAccess: true,
    req,
  })
  req.payload.logger.info({
    msg: `Review: ${collection} ${parent} ${from} -> ${to} (restoreVersion ${versionId})`,
    collection,
    id: parent,
    action: 'restoreVersion',
    from,
    to,
    userId: user.id,
    eventId: event.id,
  })
}
