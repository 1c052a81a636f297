import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { paragraphsToLexical } from '../core/lexical'
import type { ContentCollection } from '../model/content-types'
import { lessons } from './content/lessons'
import { pilots } from './content/pilots'
import { practices } from './content/practices'
import { samplePilotPdf } from './sample-documents'
import type { Bilingual, BilingualParagraphs } from './types'

/**
 * Loads the PAFMI pilots, their practices and (unless left out) the sample content.
 * Idempotent: a record whose slug exists is left as it is, so a second run changes nothing
 * and never overwrites an editor's work.
 */

export type SeedOptions = {
  /** Sample content (lessons, indicator values): on by default, off with SEED_SAMPLES=false. */
  samples: boolean
  admin?: { email: string; password?: string }
  log?: (message: string) => void
}

export type SeedReport = { created: Record<string, number>; skipped: Record<string, number>; adminPassword?: string }

type Locale = 'en' | 'fr'
const text = (value: Bilingual, locale: Locale) => value[locale]
const rich = (value: BilingualParagraphs, locale: Locale) => paragraphsToLexical(value[locale])

async function idBySlug(payload: Payload, collection: ContentCollection, slug: string): Promise<number | string | undefined> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]?.id
}

/**
 * Array rows are shared by the locales and only some of their fields are localized: the French
 * pass must name the rows the English pass created, or it would replace them.
 */
function withRowIds(data: Record<string, unknown>, created: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const rows = created[key]
    if (Array.isArray(value) && Array.isArray(rows)) {
      result[key] = value.map((row, index) =>
        row && typeof row === 'object' ? { ...row, id: (rows[index] as { id?: string } | undefined)?.id } : row,
      )
    }
  }
  return result
}

/** Creates a published record in English, then adds its French text. */
async function createBilingual(
  payload: Payload,
  collection: ContentCollection,
  build: (locale: Locale) => Record<string, unknown>,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
): Promise<number | string> {
  const created = await payload.create({
    collection,
    locale: 'en',
    data: { ...build('en'), _status: 'published' } as never,
    depth: 0,
    overrideAccess: true,
    ...(file ? { file } : {}),
  })
  await payload.update({
    collection,
    id: created.id,
    locale: 'fr',
    data: { ...withRowIds(build('fr'), created as unknown as Record<string, unknown>), _status: 'published' } as never,
    depth: 0,
    overrideAccess: true,
  })
  return created.id
}

export async function seedHub(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  const report: SeedReport = { created: {}, skipped: {} }
  const count = (kind: 'created' | 'skipped', collection: string) => {
    report[kind][collection] = (report[kind][collection] ?? 0) + 1
  }

  const pilotIds = new Map<string, number | string>()
  for (const pilot of pilots) {
    const existing = await idBySlug(payload, 'pilots', pilot.slug)
    if (existing !== undefined) {
      pilotIds.set(pilot.slug, existing)
      count('skipped', 'pilots')
      continue
    }
    const id = await createBilingual(payload, 'pilots', (locale) => ({
      name: text(pilot.name, locale),
      slug: pilot.slug,
      country: pilot.country,
      place: text(pilot.place, locale),
      projectStatus: pilot.status,
      implementer: pilot.implementer,
      partners: pilot.partners.map((name) => ({ name })),
      period: pilot.period,
      summary: text(pilot.summary, locale),
      body: rich(pilot.body, locale),
      themes: pilot.themes,
      targetGroups: pilot.targetGroups,
      interventionTypes: pilot.interventionTypes,
      funding: {
        euGrant: { programme: text(pilot.funding.euGrant.programme, locale), fund: text(pilot.funding.euGrant.fund, locale) },
        instruments: pilot.funding.instruments,
      },
      // Array rows are shared across locales: French labels are written onto the same rows.
      indicators: options.samples
        ? pilot.sampleIndicators.map((indicator) => ({
            label: text(indicator.label, locale),
            unit: text(indicator.unit, locale),
            baseline: indicator.baseline,
            target: indicator.target,
            actual: indicator.actual,
            source: text(indicator.source, locale),
            isSample: indicator.isSample,
          }))
        : [],
      isSample: false,
    }))
    pilotIds.set(pilot.slug, id)
    count('created', 'pilots')
  }

  const pilotId = (slug: string) => {
    const id = pilotIds.get(slug)
    if (id === undefined) throw new Error(`Seed content names an unknown pilot "${slug}"`)
    return id
  }

  for (const practice of practices) {
    if (practice.isSample && !options.samples) continue
    if ((await idBySlug(payload, 'practices', practice.slug)) !== undefined) {
      count('skipped', 'practices')
      continue
    }
    await createBilingual(payload, 'practices', (locale) => ({
      title: text(practice.title, locale),
      slug: practice.slug,
      pilots: practice.pilots.map(pilotId),
      summary: text(practice.summary, locale),
      problem: rich(practice.problem, locale),
      steps: practice.steps.map((step) => ({ title: text(step.title, locale), description: text(step.description, locale) })),
      resources: practice.staff ? { staff: text(practice.staff, locale) } : {},
      results: rich(practice.results, locale),
      evidenceLevel: practice.evidenceLevel,
      transferConditions: rich(practice.transferConditions, locale),
      deliveryLanguages: practice.deliveryLanguages,
      themes: practice.themes,
      targetGroups: practice.targetGroups,
      interventionTypes: practice.interventionTypes,
      isSample: practice.isSample,
    }))
    count('created', 'practices')
  }

  if (options.samples) {
    for (const lesson of lessons) {
      if ((await idBySlug(payload, 'lessons', lesson.slug)) !== undefined) {
        count('skipped', 'lessons')
        continue
      }
      await createBilingual(payload, 'lessons', (locale) => ({
        title: text(lesson.title, locale),
        slug: lesson.slug,
        pilot: pilotId(lesson.pilot),
        kind: lesson.kind,
        phase: lesson.phase,
        summary: text(lesson.summary, locale),
        context: rich(lesson.context, locale),
        expected: rich(lesson.expected, locale),
        whatHappened: rich(lesson.whatHappened, locale),
        why: rich(lesson.why, locale),
        recommendation: rich(lesson.recommendation, locale),
        audience: lesson.audience,
        themes: lesson.themes,
        isSample: true,
      }))
      count('created', 'lessons')
    }
  }

  if (options.samples) {
    for (const pilot of pilots) {
      const slug = `sample-document-${pilot.slug}`
      if ((await idBySlug(payload, 'documents', slug)) !== undefined) {
        count('skipped', 'documents')
        continue
      }
      const data = await samplePilotPdf(pilot)
      await createBilingual(
        payload,
        'documents',
        (locale) => ({
          title: locale === 'en' ? `Sample document: ${pilot.name.en}` : `Document d'exemple : ${pilot.name.fr}`,
          slug,
          summary:
            locale === 'en'
              ? 'A sample PDF generated to show search inside files; not a document of the pilot.'
              : "Un PDF d'exemple créé pour montrer la recherche dans les fichiers ; ce n'est pas un document du projet pilote.",
          kind: 'report',
          languages: ['en', 'fr'],
          licence: 'cc-by-4.0',
          pilot: pilotId(pilot.slug),
          isSample: true,
        }),
        { data, mimetype: 'application/pdf', name: `sample-${pilot.slug}.pdf`, size: data.byteLength },
      )
      count('created', 'documents')
    }
  }

  if (options.admin) {
    const admins = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })
    if (admins.totalDocs === 0) {
      const password = options.admin.password ?? randomBytes(12).toString('base64url')
      await payload.create({
        collection: 'users',
        data: { email: options.admin.email, password, name: 'Administrator', role: 'admin' },
        overrideAccess: true,
      })
      count('created', 'users')
      if (!options.admin.password) report.adminPassword = password
    } else {
      count('skipped', 'users')
    }
  }

  log(`Seed: created ${JSON.stringify(report.created)}, already there ${JSON.stringify(report.skipped)}`)
  return report
}
