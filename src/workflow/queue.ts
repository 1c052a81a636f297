import type { Payload } from 'payload'

import { adminLanguageOf } from '../i18n/admin'
import { entryOf } from '../model/content-types'
import { submissionChange, type SubmissionChange } from './diff'
import { workflowCollections, type WorkflowCollection } from './states'

/**
 * The review queue: records waiting for an editor (review state "in review"), oldest submission
 * first, with who submitted them (by name: editors may not read users, and e-mail addresses are
 * not theirs to see) and, on request, what each changes against its published version. Read by
 * the system for editors and admins only (the admin views check the role first).
 */

export type QueueEntry = {
  collection: WorkflowCollection
  id: number | string
  title: string
  submittedAt: string | null
  submittedBy: string | null
  /** Who last edited it: with the submitter, the editors who may not approve it (four-eyes). */
  lastEditedBy: string | null
  change?: SubmissionChange
}

type Row = { id: number | string; submittedAt?: string | null; submittedBy?: unknown; lastEditedBy?: unknown } & Record<string, unknown>

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | null | undefined)

/** How many records wait for review, per collection and in all. */
export async function queueCounts(payload: Payload): Promise<{ total: number; byCollection: Record<string, number> }> {
  const byCollection: Record<string, number> = {}
  let total = 0
  for (const collection of workflowCollections) {
    // The state of a pending revision lives in its latest version: count those (count() reads the main rows only).
    const { totalDocs } = await payload.find({
      collection,
      where: { reviewState: { equals: 'in_review' } },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      select: {},
    })
    byCollection[collection] = totalDocs
    total += totalDocs
  }
  return { total, byCollection }
}

export async function reviewQueue(
  payload: Payload,
  options: { collections?: readonly WorkflowCollection[]; language?: unknown; withChanges?: boolean } = {},
): Promise<QueueEntry[]> {
  const language = adminLanguageOf(options.language)
  const entries: QueueEntry[] = []
  const people = new Map<string, string>()
  for (const collection of options.collections ?? workflowCollections) {
    const titleField = entryOf(collection).titleField
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { reviewState: { equals: 'in_review' } },
      sort: 'submittedAt',
      locale: language,
      depth: 0,
      limit: 200,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Row[]) {
      entries.push({
        collection,
        id: doc.id,
        title: String(doc[titleField] ?? doc.id),
        submittedAt: doc.submittedAt ?? null,
        submittedBy: idOf(doc.submittedBy) == null ? null : String(idOf(doc.submittedBy)),
        lastEditedBy: idOf(doc.lastEditedBy) == null ? null : String(idOf(doc.lastEditedBy)),
      })
    }
  }
  const ids = [...new Set(entries.flatMap((entry) => [entry.submittedBy, entry.lastEditedBy]).filter((id): id is string => Boolean(id)))]
  if (ids.length) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      select: { name: true },
    })
    for (const user of docs) people.set(String(user.id), user.name)
  }
  for (const entry of entries) {
    entry.submittedBy = entry.submittedBy ? (people.get(entry.submittedBy) ?? null) : null
    entry.lastEditedBy = entry.lastEditedBy ? (people.get(entry.lastEditedBy) ?? null) : null
  }
  entries.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))
  if (options.withChanges) {
    for (const entry of entries) entry.change = await submissionChange(payload, entry.collection, entry.id, language)
  }
  return entries
}
