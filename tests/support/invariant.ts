import type { Payload } from 'payload'

/**
 * The workflow's invariant, checked from the database after an operation: what is public and what
 * the review state says agree, in the main row (the public version) and in the latest version,
 * and exactly one version of the record is marked latest.
 */
export async function workflowInvariantProblems(payload: Payload, collection: string, id: number | string): Promise<string[]> {
  const slug = collection as 'lessons'
  const main = (await payload.findByID({
    collection: slug,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!main) return [] // deleted
  const latest = (await payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<
    string,
    unknown
  >
  const problems: string[] = []
  const check = (what: string, doc: Record<string, unknown>) => {
    const status = doc._status
    const state = doc.reviewState ?? 'draft'
    if (status === 'published' && state !== 'published')
      problems.push(`${collection} ${id}: ${what} has _status "published" but reviewState "${String(state)}"`)
    if (status !== 'published' && state === 'published')
      problems.push(`${collection} ${id}: ${what} has _status "${String(status)}" but reviewState "published"`)
  }
  check('the main row', main)
  check('the latest version', latest)
  const { docs } = await payload.db.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 0,
    pagination: false,
  })
  if (docs.length !== 1) problems.push(`${collection} ${id}: ${docs.length} versions are marked latest`)
  return problems
}
