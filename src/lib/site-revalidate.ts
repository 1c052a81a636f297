import { revalidatePath } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * On-demand revalidation of the cached public pages when a record is published, changed,
 * archived or deleted. A record shows on many pages (home, its pilot, related practices,
 * lessons linking a document), so the whole `[locale]` tree is marked stale: the next request of
 * each page renders it again. Outside a Next server (seed, CLI tasks, Vitest) there is no cache
 * to revalidate and `revalidatePath` throws: that case is ignored.
 */
function revalidatePublicSite(): void {
  try {
    revalidatePath('/[locale]', 'layout')
  } catch {
    // not inside a Next.js server: nothing is cached
  }
}

/** For `hooks.afterChange` of pilots, practices, lessons and documents. Drafts saved without a published version change nothing public. */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  const published = (value: unknown) => (value as { _status?: string } | undefined)?._status === 'published'
  if (published(doc) || published(previousDoc)) revalidatePublicSite()
  return doc
}

/** For `hooks.afterDelete` of the same collections. */
export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidatePublicSite()
  return doc
}
