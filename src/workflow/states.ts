import { REVIEWED_COLLECTIONS, type ContentCollection } from '../model/content-types'
import type { LocalizedLabel } from '../core/labels'
import { reviewStateLabels as stateLabels, workflowActionLabels as actionLabels } from '../i18n/admin'

/**
 * The moderation of a record, next to Payload's own `_status` (which says which version is public):
 * draft -> in_review -> changes_requested -> in_review -> published -> archived, and a published
 * record back to draft for a new revision (the published version stays public until approved).
 */
export const reviewStates = ['draft', 'in_review', 'changes_requested', 'published', 'archived'] as const
export type ReviewState = (typeof reviewStates)[number]

/** The labels live with the admin's other strings (src/i18n/admin.ts). */
export const reviewStateLabels: Record<ReviewState, LocalizedLabel> = stateLabels

export const workflowActions = ['submitForReview', 'requestChanges', 'publish', 'archive', 'restore', 'startRevision'] as const
export type WorkflowAction = (typeof workflowActions)[number]

export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (workflowActions as readonly string[]).includes(value)

export const workflowActionLabels: Record<WorkflowAction, LocalizedLabel> = actionLabels

/**
 * What the review history records: the workflow actions, and Payload's version restore, which
 * editors take from the versions view (src/workflow/transition.ts, `authorizeVersionRestore`).
 */
export const historyActions = [...workflowActions, 'restoreVersion'] as const
export type HistoryAction = (typeof historyActions)[number]
export const historyActionLabels: Record<HistoryAction, LocalizedLabel> = {
  ...workflowActionLabels,
  restoreVersion: { en: 'Restore a version', fr: 'Rétablir une version' },
}

/** Who may take an action: anyone who may write the record, or editors and admins only. */
export type Actor = 'writer' | 'editor'

export const transitions: Record<WorkflowAction, { from: readonly ReviewState[]; to: ReviewState; by: Actor }> = {
  submitForReview: { from: ['draft', 'changes_requested'], to: 'in_review', by: 'writer' },
  requestChanges: { from: ['in_review'], to: 'changes_requested', by: 'editor' },
  publish: { from: ['in_review'], to: 'published', by: 'editor' },
  archive: { from: ['published'], to: 'archived', by: 'editor' },
  restore: { from: ['archived'], to: 'draft', by: 'editor' },
  startRevision: { from: ['published'], to: 'draft', by: 'writer' },
}

/** Collections under review (those the content-type registry marks `reviewed`). */
export const workflowCollections = REVIEWED_COLLECTIONS
export type WorkflowCollection = ContentCollection
export const isWorkflowCollection = (value: unknown): value is WorkflowCollection =>
  typeof value === 'string' && (workflowCollections as readonly string[]).includes(value)

/** `req.context` key set by the transition function: its writes skip the editorial guards. */
export const WORKFLOW_CONTEXT = 'workflowTransition'
