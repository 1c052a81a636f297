import type { Payload } from 'payload'
import { cache } from 'react'

import { contentTypes, type ContentType } from '../../model/content-types'

/**
 * When a public record was first published (the publication log, src/publication/log.ts): the
 * `datePublished` of its structured data. Null for a record the log does not know.
 */
export const firstPublishedAt = cache(async (payload: Payload, type: ContentType, id: number): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { recordCollection: { equals: contentTypes[type].collection } },
        { recordId: { equals: id } },
        { withdrawn: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { firstPublishedAt: true },
  })
  return docs[0]?.firstPublishedAt ?? null
})
