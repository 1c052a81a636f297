import type { SearchDocType, SearchDocument, SearchLocale } from '../../src/search/document'

/**
 * CLEARLY SYNTHETIC documents for benchmarks and load tests: generated from a fixed seed,
 * made of domain words and invented filler words. Never seed them into a real database:
 * every one has `isSample: true`, a record id starting with `synthetic` and a title
 * starting with "[synthetic]".
 */

/** Small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DOMAIN_WORDS: Record<SearchLocale, string[]> = {
  en: (
    'migrant entrepreneur entrepreneurship microcredit microfinance coaching mentoring training school children family ' +
    'integration diploma recognition qualification employment skills business loan grant bank financial education ' +
    'community dialogue services multilingual refugee newcomer women youth housing health language partnership city ' +
    'municipality evaluation outcome indicator budget repayment application outreach trust network volunteer support ' +
    'self-employed enterprise market pricing bookkeeping marketing permit residence insurance tax chamber commerce'
  ).split(' '),
  fr: (
    'migrant entrepreneur entrepreneuriat microcrédit microfinance accompagnement mentorat formation école enfants famille ' +
    'intégration diplôme reconnaissance qualification emploi compétences entreprise prêt subvention banque éducation ' +
    'financière communauté dialogue services multilingue réfugié nouvel arrivant femmes jeunes logement santé langue ' +
    'partenariat ville commune évaluation résultat indicateur budget remboursement candidature confiance réseau bénévole ' +
    'indépendant marché prix comptabilité permis séjour assurance impôt chambre commerce'
  ).split(' '),
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'te',
  'vi',
  'do',
  'pe',
  'ar',
  'en',
  'is',
  'on',
  'ul',
  'tra',
  'bel',
  'gor',
  'fin',
  'stu',
]
const FILLER_WORDS = (() => {
  const random = seededRandom(7)
  const words = new Set<string>()
  while (words.size < 6000) {
    const n = 2 + Math.floor(random() * 3)
    let word = ''
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    words.add(word)
  }
  return [...words]
})()

export const SYNTHETIC_VOCABULARY = {
  types: ['practice', 'lesson', 'pilot', 'document'] as SearchDocType[],
  countries: ['BE', 'FI', 'IT', 'NL', 'FR', 'DE', 'ES', 'PT', 'GR', 'PL', 'SE', 'AT'],
  pilots: Array.from({ length: 40 }, (_, i) => `synthetic-pilot-${i + 1}`),
  themeGroups: ['economic-inclusion', 'social-inclusion', 'governance-finance'],
  themes: [
    'employment-skills',
    'entrepreneurship',
    'financial-inclusion',
    'recognition-qualifications',
    'education-children',
    'family-community',
    'health',
    'housing',
    'language-communication',
    'governance-partnerships',
    'blended-finance',
    'public-services',
  ],
  targetGroups: ['migrant-entrepreneurs', 'refugees', 'migrant-families', 'children', 'women', 'youth', 'asylum-seekers'],
  interventionTypes: [
    'training',
    'coaching',
    'mentoring',
    'microcredit',
    'financial-education',
    'diploma-recognition-support',
    'school-activities',
    'multilingual-services',
    'dialogue-forum',
  ],
  evidenceLevels: ['described', 'monitored', 'independently-evaluated'],
  lessonKinds: ['success', 'challenge', 'risk'],
  languages: ['en', 'fr', 'nl', 'it', 'fi', 'de', 'es', 'ar'],
  fundingInstruments: ['amif-grant', 'ceb-loan', 'co-financing', 'esf-plus'],
  domainWords: DOMAIN_WORDS,
}

export interface SyntheticOptions {
  count: number
  seed?: number
  /** Locales to spread documents over (default: en only). */
  locales?: SearchLocale[]
  /** Body length range in words (default 60..400). */
  bodyWords?: [number, number]
}

export function generateSyntheticDocuments(options: SyntheticOptions): SearchDocument[] {
  return [...syntheticDocuments(options)]
}

/** The same documents as generateSyntheticDocuments, one at a time (nothing is retained). */
export function* syntheticDocuments(options: SyntheticOptions): Generator<SearchDocument> {
  const random = seededRandom(options.seed ?? 42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(random() * max)
    return [...new Set(Array.from({ length: n }, () => pick(list)))]
  }
  const locales = options.locales ?? ['en']
  const [minBody, maxBody] = options.bodyWords ?? [60, 400]
  const v = SYNTHETIC_VOCABULARY
  for (let i = 0; i < options.count; i++) {
    const locale = locales[i % locales.length]!
    const domain = v.domainWords[locale]
    const word = () => (random() < 0.35 ? pick(domain) : pick(FILLER_WORDS))
    const sentence = (n: number) => Array.from({ length: n }, word).join(' ')
    const type = pick(v.types)
    const recordId = `synthetic${i}`
    const pilots = some(v.pilots, 2)
    const themes = some(v.themes, 3)
    const bodyLength = minBody + Math.floor(random() * (maxBody - minBody))
    yield {
      id: `${type}-${recordId}-${locale}`,
      type,
      recordId,
      locale,
      contentLanguage: locale,
      slug: `synthetic-${i}`,
      title: `[synthetic] ${sentence(3 + Math.floor(random() * 5))}`,
      summary: sentence(15 + Math.floor(random() * 20)),
      body: Array.from({ length: Math.ceil(bodyLength / 12) }, () => `${sentence(12)}.`).join(' '),
      pilotNames: pilots.map((p) => p.replace(/-/g, ' ')),
      pilotSlugs: pilots,
      countries: some(v.countries, 2),
      themes,
      themeGroups: [...new Set(themes.map((t) => v.themeGroups[v.themes.indexOf(t) % 3]!))],
      targetGroups: some(v.targetGroups, 2),
      interventionTypes: some(v.interventionTypes, 3),
      evidenceLevel: type === 'practice' ? pick(v.evidenceLevels) : null,
      lessonKind: type === 'lesson' ? pick(v.lessonKinds) : null,
      year: 2015 + Math.floor(random() * 11),
      languages: some(v.languages, 2),
      fundingInstruments: some(v.fundingInstruments, 2),
      publishedAt: Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000 + i,
      isSample: true,
    }
  }
}

/** The same documents in batches of `size`, generated lazily (for rebuilds that must not retain the source). */
export function* syntheticBatches(options: SyntheticOptions, size = 500): Generator<SearchDocument[]> {
  let batch: SearchDocument[] = []
  for (const doc of syntheticDocuments(options)) {
    batch.push(doc)
    if (batch.length === size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** Some filler words, for benchmarks that want queries on rare terms. */
export function syntheticFillerWords(count: number, seed = 1): string[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)]!)
}
