import type { Locale } from './locale'
import { hubPayload } from './payload'

/**
 * Reads for the public site. Each runs as an anonymous reader (`overrideAccess: false`, no user),
 * so the collections' access rules decide: only published records come back.
 */

export type PilotCard = {
  id: number
  slug: string
  name: string
  country: string
  place: string | null
  implementer: string
  summary: string
  status: string
}

export async function listPilots(locale: Locale): Promise<PilotCard[]> {
  const payload = await hubPayload()
  const { docs } = await payload.find({
    collection: 'pilots',
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 0,
    limit: 100,
    sort: 'name',
    select: { slug: true, name: true, country: true, place: true, implementer: true, summary: true, projectStatus: true },
  })
  return docs.map((doc) => ({
    id: Number(doc.id),
    slug: String(doc.slug ?? ''),
    name: String(doc.name ?? ''),
    country: String(doc.country ?? ''),
    place: doc.place ? String(doc.place) : null,
    implementer: String(doc.implementer ?? ''),
    summary: String(doc.summary ?? ''),
    status: String(doc.projectStatus ?? ''),
  }))
}
