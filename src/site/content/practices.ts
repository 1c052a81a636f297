import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '../../core/locale'
import type { Practice } from '../../payload-types'
import {
  asPublic,
  cardSelect,
  isPlausibleSlug,
  pilotRefPopulate,
  pilotRefs,
  toCard,
  type ListOptions,
  textLanguages,
  type PilotRef,
  type RecordCard,
  type TextLanguages,
} from './read'

/** Practices as the public site shows them: cards, the practice page and its related practices. */

export async function practiceCards(payload: Payload, locale: Locale, options: ListOptions = {}): Promise<RecordCard[]> {
  const { docs } = await payload.find({
    collection: 'practices',
    ...asPublic(locale),
    depth: 1,
    limit: options.limit ?? 100,
    pagination: false,
    sort: options.sort ?? '-updatedAt',
    ...(options.where ? { where: options.where } : {}),
    select: { ...cardSelect, pilots: true, evidenceLevel: true },
    populate: pilotRefPopulate,
  })
  return docs.map((doc) => toCard('practice', doc, pilotRefs(doc.pilots), doc.evidenceLevel))
}

export type PracticePage = Pick<
  Practice,
  'id' | 'title' | 'summary' | 'problem' | 'results' | 'evidenceLevel' | 'transferConditions' | 'isSample' | 'lastReviewed' | 'updatedAt'
> & {
  slug: string
  pilots: PilotRef[]
  steps: NonNullable<Practice['steps']>
  resources: NonNullable<Practice['resources']>
  deliveryLanguages: NonNullable<Practice['deliveryLanguages']>
  themes: NonNullable<Practice['themes']>
  targetGroups: NonNullable<Practice['targetGroups']>
  interventionTypes: NonNullable<Practice['interventionTypes']>
  /** Text shown in the other language (not translated yet). */
  translation: TextLanguages
}

export const practiceBySlug = cache(async (payload: Payload, locale: Locale, slug: string): Promise<PracticePage | null> => {
  if (!isPlausibleSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'practices',
    ...asPublic(locale),
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {
      slug: true,
      title: true,
      summary: true,
      pilots: true,
      problem: true,
      steps: true,
      resources: true,
      results: true,
      evidenceLevel: true,
      transferConditions: true,
      deliveryLanguages: true,
      themes: true,
      targetGroups: true,
      interventionTypes: true,
      isSample: true,
      lastReviewed: true,
      updatedAt: true,
    },
    populate: pilotRefPopulate,
  })
  const doc = docs[0]
  if (!doc) return null
  const translation = await textLanguages(
    payload,
    'practices',
    doc.id,
    locale,
    doc,
    { title: true, summary: true, problem: true, steps: true, resources: true, results: true, transferConditions: true },
    'title',
  )
  return {
    ...doc,
    translation,
    slug: doc.slug ?? slug,
    pilots: pilotRefs(doc.pilots),
    problem: doc.problem ?? null,
    results: doc.results ?? null,
    transferConditions: doc.transferConditions ?? null,
    steps: doc.steps ?? [],
    resources: doc.resources ?? {},
    deliveryLanguages: doc.deliveryLanguages ?? [],
    themes: doc.themes ?? [],
    targetGroups: doc.targetGroups ?? [],
    interventionTypes: doc.interventionTypes ?? [],
    isSample: doc.isSample === true,
    lastReviewed: doc.lastReviewed ?? null,
  }
})

/** Other published practices sharing at least one theme, most shared themes first. */
export async function relatedPractices(
  payload: Payload,
  locale: Locale,
  practice: Pick<PracticePage, 'id' | 'themes'>,
  limit = 4,
): Promise<RecordCard[]> {
  if (practice.themes.length === 0) return []
  const { docs } = await payload.find({
    collection: 'practices',
    ...asPublic(locale),
    depth: 1,
    limit: 50,
    pagination: false,
    where: { and: [{ themes: { in: practice.themes } }, { id: { not_equals: practice.id } }] },
    select: { ...cardSelect, pilots: true, evidenceLevel: true, themes: true },
    populate: pilotRefPopulate,
  })
  const shared = (themes: PracticePage['themes'] | null | undefined) =>
    (themes ?? []).filter((theme) => practice.themes.includes(theme)).length
  return docs
    .map((doc) => ({ doc, shared: shared(doc.themes) }))
    .sort((a, b) => b.shared - a.shared || a.doc.title.localeCompare(b.doc.title, locale))
    .slice(0, limit)
    .map(({ doc }) => toCard('practice', doc, pilotRefs(doc.pilots), doc.evidenceLevel))
}
