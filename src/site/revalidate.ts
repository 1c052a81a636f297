import { revalidatePath } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { announcePublicContentChange } from '../core/content-changes'

/**
 * On-demand revalidation of the cached public pages when a record is published, changed,
 * archived or deleted. A record shows on many pages (home, its pilot, related practices,
 * lessons linking a document), so every page is marked stale: the next request of
 * each page renders it again. Outside a Next server (seed, CLI tasks, Vitest) there is no cache
 * to revalidate and `revalidatePath` throws: that case is ignored.
 */
function revalidatePublicSite(req: PayloadRequest): void {
  // Copies kept by URL (the portal's page cache of search pages) go too.
  announcePublicContentChange()
  try {
    // The root layout: its tag is on every page. (A pattern such as '/[locale]' would have to name
    // the route group too, '/(frontend)/[locale]', or it matches nothing.)
    revalidatePath('/', 'layout')
  } catch (error) {
    // Outside a Next.js server (seed, CLI tasks, Vitest) nothing is cached. Inside one, a failure
    // means stale pages: say so.
    if (process.env.NEXT_RUNTIME) req.payload.logger.error({ msg: 'Public pages could not be revalidated', err: error })
  }
}

/** For `hooks.afterChange` of pilots, practices, lessons and documents. Drafts saved without a published version change nothing public. */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  const published = (value: unknown) => (value as { _status?: string } | undefined)?._status === 'published'
  if (published(doc) || published(previousDoc)) revalidatePublicSite(req)
  return doc
}

/** For `hooks.afterDelete` of the same collections. */
export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidatePublicSite(req)
  return doc
}
