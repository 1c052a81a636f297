import type { CountryCode, LanguageCode, ThemeCode } from '../vocab'

/**
 * Seed content, written in the project's own words in English and French.
 * Facts about PAFMI and its pilots come only from the programme reference; anything richer
 * (lessons, indicator values, documents) is sample content and says so with `isSample: true`.
 */
export type Bilingual = { en: string; fr: string }

/** Rich text as paragraphs: each entry becomes one Lexical paragraph, in both languages. */
export type BilingualParagraphs = { en: string[]; fr: string[] }

export type SeedIndicator = {
  label: Bilingual
  unit: Bilingual
  baseline: number
  target: number
  actual: number
  source: Bilingual
  /** Indicator values are never in the reference: always sample. */
  isSample: true
}

export type SeedPilot = {
  slug: string
  name: Bilingual
  country: CountryCode
  place: Bilingual
  implementer: string
  partners: string[]
  status: 'planned' | 'ongoing' | 'completed' | 'mainstreamed'
  /** ISO dates; only what the reference states (PAFMI was completed in 2025). */
  period: { start?: string; end?: string }
  summary: Bilingual
  body: BilingualParagraphs
  themes: ThemeCode[]
  targetGroups: string[]
  interventionTypes: string[]
  funding: {
    euGrant: { programme: Bilingual; fund: Bilingual }
    instruments: string[]
  }
  /** Sample indicators, left out when the seed runs without samples. */
  sampleIndicators: SeedIndicator[]
}

export type SeedPractice = {
  slug: string
  pilots: string[] // pilot slugs
  title: Bilingual
  summary: Bilingual
  problem: BilingualParagraphs
  steps: { title: Bilingual; description: Bilingual }[]
  staff?: Bilingual
  results: BilingualParagraphs
  evidenceLevel: 'described' | 'monitored' | 'independently-evaluated'
  transferConditions: BilingualParagraphs
  deliveryLanguages: LanguageCode[]
  themes: ThemeCode[]
  targetGroups: string[]
  interventionTypes: string[]
  isSample: boolean
}

export type SeedLesson = {
  slug: string
  pilot: string // pilot slug
  title: Bilingual
  kind: 'success' | 'challenge' | 'risk'
  phase: 'design' | 'outreach' | 'selection' | 'delivery' | 'financing' | 'follow-up' | 'partnership' | 'scaling'
  summary: Bilingual
  context: BilingualParagraphs
  expected: BilingualParagraphs
  whatHappened: BilingualParagraphs
  why: BilingualParagraphs
  recommendation: BilingualParagraphs
  audience: string[]
  themes: ThemeCode[]
  /** Lessons are not in the reference: always sample. */
  isSample: true
}
