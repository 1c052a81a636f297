import type { Payload } from 'payload'
import { cache } from 'react'

import { contactTarget } from '../../contact/relay'
import { onPublicContentChange } from '../../core/content-changes'
import type { Locale } from '../../core/locale'
import type { Pilot } from '../../payload-types'
import { asPublic, isPlausibleSlug, textLanguages, type TextLanguages } from './read'

/** Pilots as the public site shows them: cards in lists and on the map, and the pilot page. */

const pilotCardSelect = {
  slug: true,
  name: true,
  country: true,
  place: true,
  implementer: true,
  summary: true,
  projectStatus: true,
} as const

export type PilotCard = Pick<Pilot, 'id' | 'name' | 'country' | 'implementer' | 'summary' | 'projectStatus'> & {
  slug: string
  place: string | null
}

const toPilotCard = (doc: Pick<Pilot, keyof typeof pilotCardSelect | 'id'>): PilotCard => ({
  id: doc.id,
  slug: doc.slug ?? '',
  name: doc.name,
  country: doc.country,
  place: doc.place?.trim() ? doc.place : null,
  implementer: doc.implementer,
  summary: doc.summary,
  projectStatus: doc.projectStatus,
})

export const listPilots = cache(async (payload: Payload, locale: Locale): Promise<PilotCard[]> => {
  const { docs } = await payload.find({
    collection: 'pilots',
    ...asPublic(locale),
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'name',
    select: pilotCardSelect,
  })
  return docs.map(toPilotCard)
})

/**
 * Pilot names by slug, for the pilot facet of the search pages. Read once per process and locale,
 * then kept until public content changes (a pilot published, renamed or archived).
 */
const namesKept = new Map<Locale, Promise<Map<string, string>>>()
let forgetsOnChange = false
export function pilotNames(payload: Payload, locale: Locale): Promise<Map<string, string>> {
  if (!forgetsOnChange) {
    onPublicContentChange(() => namesKept.clear())
    forgetsOnChange = true
  }
  let names = namesKept.get(locale)
  if (!names) {
    names = listPilots(payload, locale).then((pilots) => new Map(pilots.map((pilot) => [pilot.slug, pilot.name])))
    namesKept.set(locale, names)
    names.catch(() => namesKept.get(locale) === names && namesKept.delete(locale))
  }
  return names
}

export type Indicator = NonNullable<Pilot['indicators']>[number]

type Funding = NonNullable<Pilot['funding']>
export type PilotFunding = {
  euGrant: NonNullable<Funding['euGrant']>
  cebLoan: NonNullable<Funding['cebLoan']>
  coFinancing: NonNullable<Funding['coFinancing']>
  instruments: NonNullable<Funding['instruments']>
}

export type PilotPage = PilotCard &
  Pick<Pilot, 'body' | 'lastReviewed' | 'updatedAt'> & {
    period: { start: string | null; end: string | null }
    themes: NonNullable<Pilot['themes']>
    targetGroups: NonNullable<Pilot['targetGroups']>
    interventionTypes: NonNullable<Pilot['interventionTypes']>
    isSample: boolean
    partners: string[]
    funding: PilotFunding
    indicators: Indicator[]
    /** Text shown in the other language (not translated yet). */
    translation: TextLanguages
  }

export const pilotBySlug = cache(async (payload: Payload, locale: Locale, slug: string): Promise<PilotPage | null> => {
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'pilots',
    ...asPublic(locale),
    depth: 0,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      ...pilotCardSelect,
      partners: true,
      period: true,
      body: true,
      themes: true,
      targetGroups: true,
      interventionTypes: true,
      funding: true,
      indicators: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    },
  })
  const doc = docs[0]
  if (!doc) return null
  const translation = await textLanguages(
    payload,
    'pilots',
    doc.id,
    locale,
    doc,
    { name: true, place: true, summary: true, body: true, funding: true, indicators: true },
    'name',
  )
  return {
    ...toPilotCard(doc),
    translation,
    partners: (doc.partners ?? []).map((partner) => partner.name).filter(Boolean),
    period: { start: doc.period?.start ?? null, end: doc.period?.end ?? null },
    body: doc.body ?? null,
    themes: doc.themes ?? [],
    targetGroups: doc.targetGroups ?? [],
    interventionTypes: doc.interventionTypes ?? [],
    funding: {
      euGrant: doc.funding?.euGrant ?? {},
      cebLoan: doc.funding?.cebLoan ?? {},
      coFinancing: doc.funding?.coFinancing ?? [],
      instruments: doc.funding?.instruments ?? [],
    },
    indicators: doc.indicators ?? [],
    isSample: doc.isSample === true,
    lastReviewed: doc.lastReviewed ?? null,
    updatedAt: doc.updatedAt,
  }
})

/**
 * Whether the pilot's page offers "Ask the pilot team": a relay address is set. The address is
 * read by the relay's own reader (src/contact/relay.ts) and goes no further than this boolean.
 */
export const pilotAcceptsMessages = cache(async (payload: Payload, pilotId: number): Promise<boolean> => {
  const target = await contactTarget(payload, String(pilotId))
  return Boolean(target?.address)
})
