import type { FacetName } from '../../src/search/port'
import type { SearchLocale } from '../../src/search/document'
import type { RecordRef } from './records'

/**
 * The judged relevance set: queries a reader of the hub would type, in English and French,
 * each with the records that should come first. Judged by reading the seed content
 * (src/seed/content), never by running a search: see docs/relevance.md.
 *
 * `expected` lists the records whose subject the query is about (at most ten, in no order); a
 * record that only mentions the words in passing is left out. Records marked in
 * ONE_LANGUAGE_RECORDS (records.ts) exist in one language only; a query expects them in its own
 * language, or, in the `cross-language` kind, from the other one.
 */

export const QUERY_KINDS = ['exact', 'typo', 'compound', 'synonym', 'facet', 'question', 'cross-language'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export type JudgedQuery = {
  id: string
  locale: SearchLocale
  kind: QueryKind
  /** The words typed; empty for a facet-only query. */
  q: string
  filters?: Partial<Record<FacetName, string[]>>
  expected: readonly RecordRef[]
  /** Why these records, when it is not obvious from the query. */
  note?: string
}

/** The seed records, by a short name. */
const R = {
  microstart: 'pilot:microstart-project',
  smile: 'pilot:smile',
  empower: 'pilot:empower',
  qredits: 'pilot:qredits-project',
  accessMicrocredit: 'practice:access-to-microcredit-for-migrant-entrepreneurs',
  tailoredTraining: 'practice:tailored-entrepreneurship-training',
  coaching: 'practice:individual-coaching-for-migrant-entrepreneurs',
  combinedPackage: 'practice:entrepreneurship-training-with-financial-education-and-mentoring',
  financialEducation: 'practice:financial-education-for-migrant-entrepreneurs',
  mentoring: 'practice:mentoring-for-migrant-entrepreneurs',
  diplomaSupport: 'practice:personalised-support-for-the-recognition-of-foreign-diplomas',
  communityFamilies: 'practice:community-based-integration-of-migrant-families',
  multilingualSupport: 'practice:multilingual-professional-support-for-migrant-families',
  schoolActivities: 'practice:school-integration-activities-for-children',
  familyDialogue: 'practice:dialogue-between-families-and-local-services',
  cebLoans: 'practice:linking-inclusion-projects-to-ceb-loans',
  designingPilots: 'practice:designing-pilots-so-lessons-can-be-shared',
  /** French only. */
  planReview: 'practice:business-plan-review-before-a-microcredit-application',
  /** English only. */
  welcomeSessions: 'practice:welcome-sessions-for-parents-at-school',
  communityOutreach: 'lesson:community-organisations-helped-reach-first-time-entrepreneurs',
  /** English only. */
  repaymentRhythm: 'lesson:repayment-schedules-should-follow-the-rhythm-of-business-income',
  familyLanguage: 'lesson:speaking-the-familys-language-opened-the-door-to-services',
  /** English only. */
  schoolCalendar: 'lesson:joint-activities-had-to-fit-the-school-calendar',
  /** French only. */
  recognitionDelay: 'lesson:diploma-recognition-took-longer-than-the-training-cycle',
  mentorsBySector: 'lesson:matching-mentors-by-sector-kept-participants-engaged',
  creditHistory: 'lesson:applicants-without-a-credit-history-needed-a-different-assessment',
  /** French only. */
  coachingCapacity: 'lesson:coaching-capacity-can-limit-growth-when-loan-demand-rises',
  docMicrostart: 'document:sample-document-microstart-project',
  docSmile: 'document:sample-document-smile',
  docEmpower: 'document:sample-document-empower',
  docQredits: 'document:sample-document-qredits-project',
} as const satisfies Record<string, RecordRef>

/** Records about microcredit itself: the practice, the three lending pilots, the combined package, the credit-decision lesson. */
const MICROCREDIT = [R.accessMicrocredit, R.microstart, R.empower, R.qredits, R.combinedPackage, R.creditHistory] as const
const MENTORING = [R.mentoring, R.combinedPackage, R.mentorsBySector, R.empower] as const
const FINANCIAL_EDUCATION = [R.financialEducation, R.combinedPackage, R.empower] as const

export const judgedQueries: readonly JudgedQuery[] = [
  // Exact words of the content.
  { id: 'en-exact-microcredit', locale: 'en', kind: 'exact', q: 'microcredit', expected: MICROCREDIT },
  { id: 'en-exact-mentoring', locale: 'en', kind: 'exact', q: 'mentoring', expected: MENTORING },
  { id: 'en-exact-diploma-recognition', locale: 'en', kind: 'exact', q: 'diploma recognition', expected: [R.diplomaSupport, R.empower] },
  { id: 'en-exact-credit-history', locale: 'en', kind: 'exact', q: 'credit history', expected: [R.creditHistory, R.accessMicrocredit] },
  { id: 'en-exact-school-calendar', locale: 'en', kind: 'exact', q: 'school calendar', expected: [R.schoolCalendar] },
  {
    id: 'en-exact-vantaa',
    locale: 'en',
    kind: 'exact',
    q: 'Vantaa',
    expected: [R.smile, R.docSmile],
    note: 'The pilot run by the City of Vantaa, and its sample document whose file text names Vantaa.',
  },
  {
    id: 'en-exact-interpreters',
    locale: 'en',
    kind: 'exact',
    q: 'interpreters',
    expected: [R.multilingualSupport, R.welcomeSessions, R.familyDialogue, R.familyLanguage],
  },
  { id: 'en-exact-financial-education', locale: 'en', kind: 'exact', q: 'financial education', expected: FINANCIAL_EDUCATION },
  {
    id: 'fr-exact-microcredit',
    locale: 'fr',
    kind: 'exact',
    q: 'microcrédit',
    expected: [...MICROCREDIT, R.planReview],
    note: 'The business-plan review (French only) is about a microcredit application.',
  },
  { id: 'fr-exact-mentorat', locale: 'fr', kind: 'exact', q: 'mentorat', expected: MENTORING },
  {
    id: 'fr-exact-reconnaissance-diplomes',
    locale: 'fr',
    kind: 'exact',
    q: 'reconnaissance des diplômes',
    expected: [R.diplomaSupport, R.recognitionDelay, R.empower],
  },
  {
    id: 'fr-exact-historique-credit',
    locale: 'fr',
    kind: 'exact',
    q: 'historique de crédit',
    expected: [R.creditHistory, R.accessMicrocredit],
  },
  { id: 'fr-exact-comite-credit', locale: 'fr', kind: 'exact', q: 'comité de crédit', expected: [R.planReview] },
  {
    id: 'fr-exact-bruxelles',
    locale: 'fr',
    kind: 'exact',
    q: 'Bruxelles',
    expected: [R.microstart, R.communityOutreach, R.docMicrostart],
    note: 'MicroStart works in Brussels; the outreach lesson and the sample document say so.',
  },
  { id: 'fr-exact-tresorerie', locale: 'fr', kind: 'exact', q: 'trésorerie', expected: [R.coaching, R.financialEducation] },
  {
    id: 'fr-exact-interpretes',
    locale: 'fr',
    kind: 'exact',
    q: 'interprètes',
    expected: [R.multilingualSupport, R.familyDialogue, R.familyLanguage],
  },

  // Typing mistakes (one or two letters, a missing accent).
  { id: 'en-typo-microcrdit', locale: 'en', kind: 'typo', q: 'microcrdit', expected: MICROCREDIT },
  { id: 'en-typo-mentorng', locale: 'en', kind: 'typo', q: 'mentorng', expected: MENTORING },
  {
    id: 'en-typo-entrepreneurshp-training',
    locale: 'en',
    kind: 'typo',
    q: 'entrepreneurshp training',
    expected: [R.tailoredTraining, R.combinedPackage, R.qredits, R.empower],
  },
  { id: 'en-typo-recogniton', locale: 'en', kind: 'typo', q: 'recogniton of foreign diplomas', expected: [R.diplomaSupport, R.empower] },
  {
    id: 'en-typo-multilingal',
    locale: 'en',
    kind: 'typo',
    q: 'multilingal support',
    expected: [R.multilingualSupport, R.smile, R.communityFamilies, R.familyLanguage],
  },
  { id: 'en-typo-repayement', locale: 'en', kind: 'typo', q: 'repayement schedule', expected: [R.repaymentRhythm, R.accessMicrocredit] },
  {
    id: 'en-typo-bussiness-plan',
    locale: 'en',
    kind: 'typo',
    q: 'bussiness plan',
    expected: [R.tailoredTraining, R.qredits, R.accessMicrocredit, R.creditHistory],
    note: 'Records where the business plan is a step or a result; the review of a business plan exists in French only.',
  },
  { id: 'en-typo-qredit', locale: 'en', kind: 'typo', q: 'Qredit', expected: [R.qredits, R.docQredits] },
  { id: 'fr-typo-microcredit-sans-accent', locale: 'fr', kind: 'typo', q: 'microcredit', expected: [...MICROCREDIT, R.planReview] },
  { id: 'fr-typo-mentorrat', locale: 'fr', kind: 'typo', q: 'mentorrat', expected: MENTORING },
  {
    id: 'fr-typo-familes-migrantes',
    locale: 'fr',
    kind: 'typo',
    q: 'familes migrantes',
    expected: [R.communityFamilies, R.multilingualSupport, R.smile, R.familyDialogue, R.schoolActivities],
  },
  {
    id: 'fr-typo-accompagnment',
    locale: 'fr',
    kind: 'typo',
    q: 'accompagnment individuel',
    expected: [R.coaching, R.microstart, R.qredits],
  },
  { id: 'fr-typo-finnanciere', locale: 'fr', kind: 'typo', q: 'éducation finnancière', expected: FINANCIAL_EDUCATION },
  {
    id: 'fr-typo-scolare',
    locale: 'fr',
    kind: 'typo',
    q: "activités d'intégration scolare",
    expected: [R.schoolActivities, R.smile, R.communityFamilies],
  },
  {
    id: 'fr-typo-dipomes',
    locale: 'fr',
    kind: 'typo',
    q: 'dipômes étrangers',
    expected: [R.diplomaSupport, R.recognitionDelay, R.empower],
  },
  { id: 'fr-typo-surendetement', locale: 'fr', kind: 'typo', q: 'surendetement', expected: [R.financialEducation] },

  // Compounds: split, hyphenated or joined differently from the content.
  { id: 'en-compound-micro-credit-space', locale: 'en', kind: 'compound', q: 'micro credit', expected: MICROCREDIT },
  { id: 'en-compound-micro-credit-hyphen', locale: 'en', kind: 'compound', q: 'micro-credit', expected: MICROCREDIT },
  {
    id: 'en-compound-self-employment',
    locale: 'en',
    kind: 'compound',
    q: 'self employment',
    expected: [R.microstart, R.accessMicrocredit],
    note: 'The content writes "self-employment".',
  },
  {
    id: 'en-compound-cash-flow-forecast',
    locale: 'en',
    kind: 'compound',
    q: 'cashflow forecast',
    expected: [R.repaymentRhythm, R.coaching, R.financialEducation],
    note: 'The content writes "cash-flow forecast" and "cash flow".',
  },
  {
    id: 'en-compound-school-integration',
    locale: 'en',
    kind: 'compound',
    q: 'school integration activities',
    expected: [R.schoolActivities, R.smile, R.communityFamilies, R.schoolCalendar],
    note: 'The content writes "school-integration activities".',
  },
  { id: 'en-compound-one-to-one', locale: 'en', kind: 'compound', q: 'one to one coaching', expected: [R.coaching] },
  {
    id: 'en-compound-community-based',
    locale: 'en',
    kind: 'compound',
    q: 'community based integration',
    expected: [R.communityFamilies, R.smile],
  },
  { id: 'fr-compound-micro-credit-hyphen', locale: 'fr', kind: 'compound', q: 'micro-crédit', expected: [...MICROCREDIT, R.planReview] },
  { id: 'fr-compound-micro-credit-space', locale: 'fr', kind: 'compound', q: 'micro crédit', expected: [...MICROCREDIT, R.planReview] },
  {
    id: 'fr-compound-primo-entrepreneurs',
    locale: 'fr',
    kind: 'compound',
    q: 'primo entrepreneurs',
    expected: [R.communityOutreach],
    note: 'The lesson title writes "primo-entrepreneurs".',
  },
  {
    id: 'fr-compound-primodemandeurs',
    locale: 'fr',
    kind: 'compound',
    q: 'primodemandeurs',
    expected: [R.planReview],
    note: 'The content writes "primo-demandeurs".',
  },
  { id: 'fr-compound-sur-endettement', locale: 'fr', kind: 'compound', q: 'sur-endettement', expected: [R.financialEducation] },
  {
    id: 'fr-compound-multi-lingue',
    locale: 'fr',
    kind: 'compound',
    q: 'accompagnement multi-lingue',
    expected: [R.multilingualSupport, R.smile, R.familyLanguage, R.communityFamilies],
  },

  // Synonyms: the reader's word is not the content's.
  { id: 'en-synonym-microloans', locale: 'en', kind: 'synonym', q: 'microloans', expected: MICROCREDIT },
  {
    id: 'en-synonym-credential-recognition',
    locale: 'en',
    kind: 'synonym',
    q: 'credential recognition',
    expected: [R.diplomaSupport, R.empower],
  },
  {
    id: 'en-synonym-homework-help',
    locale: 'en',
    kind: 'synonym',
    q: 'homework help',
    expected: [R.schoolActivities],
    note: 'The content writes "help with schoolwork".',
  },
  {
    id: 'en-synonym-bilingual-staff',
    locale: 'en',
    kind: 'synonym',
    q: 'bilingual staff',
    expected: [R.multilingualSupport, R.familyLanguage],
    note: 'The content writes "multilingual staff", "professionals who speak those languages".',
  },
  {
    id: 'en-synonym-debt-problems',
    locale: 'en',
    kind: 'synonym',
    q: 'debt problems',
    expected: [R.financialEducation, R.repaymentRhythm],
    note: 'Over-indebtedness; borrowers falling behind on repayments.',
  },
  { id: 'en-synonym-arrears', locale: 'en', kind: 'synonym', q: 'arrears', expected: [R.repaymentRhythm, R.accessMicrocredit] },
  {
    id: 'en-synonym-grants-and-loans',
    locale: 'en',
    kind: 'synonym',
    q: 'mixing subsidies and loans',
    expected: [R.cebLoans],
    note: 'Blended finance: grant money combined with loan finance.',
  },
  { id: 'en-synonym-knowledge-sharing', locale: 'en', kind: 'synonym', q: 'knowledge sharing', expected: [R.designingPilots] },
  { id: 'fr-synonym-microprets', locale: 'fr', kind: 'synonym', q: 'microprêts', expected: [...MICROCREDIT, R.planReview] },
  {
    id: 'fr-synonym-equivalence-diplome',
    locale: 'fr',
    kind: 'synonym',
    q: 'équivalence de diplôme',
    expected: [R.diplomaSupport, R.recognitionDelay, R.empower],
  },
  {
    id: 'fr-synonym-soutien-scolaire',
    locale: 'fr',
    kind: 'synonym',
    q: 'soutien scolaire',
    expected: [R.schoolActivities],
    note: 'The content writes "aide aux devoirs".',
  },
  {
    id: 'fr-synonym-barriere-langue',
    locale: 'fr',
    kind: 'synonym',
    q: 'barrière de la langue',
    expected: [R.multilingualSupport, R.familyLanguage],
    note: 'The content writes "pour que la langue ne fasse pas obstacle".',
  },
  { id: 'fr-synonym-endettement-excessif', locale: 'fr', kind: 'synonym', q: 'endettement excessif', expected: [R.financialEducation] },
  {
    id: 'fr-synonym-score-credit',
    locale: 'fr',
    kind: 'synonym',
    q: 'score de crédit',
    expected: [R.creditHistory],
    note: 'The content writes "notation de crédit".',
  },
  { id: 'fr-synonym-partage-connaissances', locale: 'fr', kind: 'synonym', q: 'partage des connaissances', expected: [R.designingPilots] },
  { id: 'fr-synonym-financement-hybride', locale: 'fr', kind: 'synonym', q: 'financement hybride', expected: [R.cebLoans] },

  // Facets only: no words, filters only; every record that matches is expected.
  {
    id: 'en-facet-mentoring',
    locale: 'en',
    kind: 'facet',
    q: '',
    filters: { interventionType: ['mentoring'] },
    expected: [R.empower, R.combinedPackage, R.mentoring],
  },
  {
    id: 'en-facet-risk-lessons',
    locale: 'en',
    kind: 'facet',
    q: '',
    filters: { lessonKind: ['risk'] },
    expected: [R.repaymentRhythm, R.coachingCapacity],
  },
  {
    id: 'en-facet-italy-practices',
    locale: 'en',
    kind: 'facet',
    q: '',
    filters: { country: ['IT'], type: ['practice'] },
    expected: [R.accessMicrocredit, R.combinedPackage, R.financialEducation, R.mentoring, R.diplomaSupport, R.cebLoans, R.designingPilots],
  },
  {
    id: 'en-facet-social-inclusion-lessons',
    locale: 'en',
    kind: 'facet',
    q: '',
    filters: { themeGroup: ['social-inclusion'], type: ['lesson'] },
    expected: [R.familyLanguage, R.schoolCalendar],
  },
  {
    id: 'en-facet-ceb-loan-pilots',
    locale: 'en',
    kind: 'facet',
    q: '',
    filters: { type: ['pilot'], fundingInstrument: ['ceb-loan'] },
    expected: [R.microstart, R.smile, R.empower, R.qredits],
  },
  {
    id: 'fr-facet-schools',
    locale: 'fr',
    kind: 'facet',
    q: '',
    filters: { targetGroup: ['schools'] },
    expected: [R.schoolActivities, R.welcomeSessions],
  },
  {
    id: 'fr-facet-empower-lessons',
    locale: 'fr',
    kind: 'facet',
    q: '',
    filters: { type: ['lesson'], pilot: ['empower'] },
    expected: [R.recognitionDelay, R.mentorsBySector],
  },
  {
    id: 'fr-facet-recognition-theme',
    locale: 'fr',
    kind: 'facet',
    q: '',
    filters: { theme: ['recognition-qualifications'] },
    expected: [R.empower, R.diplomaSupport, R.recognitionDelay],
  },
  { id: 'fr-facet-monitored', locale: 'fr', kind: 'facet', q: '', filters: { evidenceLevel: ['monitored'] }, expected: [R.planReview] },
  {
    id: 'fr-facet-finland-documents',
    locale: 'fr',
    kind: 'facet',
    q: '',
    filters: { type: ['document'], country: ['FI'] },
    expected: [R.docSmile],
  },

  // Long questions in plain language.
  {
    id: 'en-question-families-schools',
    locale: 'en',
    kind: 'question',
    q: 'how do I help migrant families talk to schools',
    expected: [R.welcomeSessions, R.schoolActivities, R.familyDialogue, R.communityFamilies],
  },
  {
    id: 'en-question-no-credit-record',
    locale: 'en',
    kind: 'question',
    q: 'what should a lender do when applicants have no credit record in the country',
    expected: [R.creditHistory, R.accessMicrocredit],
  },
  {
    id: 'en-question-seasonal-income',
    locale: 'en',
    kind: 'question',
    q: 'how can we stop borrowers falling behind when their income is seasonal',
    expected: [R.repaymentRhythm, R.accessMicrocredit],
  },
  {
    id: 'en-question-recognition-time',
    locale: 'en',
    kind: 'question',
    q: 'how long does it take to get a foreign diploma recognised and how to support people meanwhile',
    expected: [R.diplomaSupport, R.empower],
  },
  {
    id: 'en-question-find-mentors',
    locale: 'en',
    kind: 'question',
    q: 'how to find mentors for new entrepreneurs and keep them motivated',
    expected: [R.mentoring, R.mentorsBySector, R.combinedPackage],
  },
  {
    id: 'en-question-reach-families',
    locale: 'en',
    kind: 'question',
    q: 'how can a city reach migrant families who do not speak the local language',
    expected: [R.multilingualSupport, R.familyLanguage, R.smile, R.communityFamilies],
  },
  {
    id: 'en-question-grants-and-bank-loans',
    locale: 'en',
    kind: 'question',
    q: 'can EU grants be combined with development bank loans for integration projects',
    expected: [R.cebLoans, R.microstart, R.smile, R.empower, R.qredits],
    note: 'The practice, and the four pilots, each linked to CEB loans.',
  },
  {
    id: 'en-question-lessons-not-lost',
    locale: 'en',
    kind: 'question',
    q: 'how do we make sure what a pilot project learned is not lost',
    expected: [R.designingPilots],
  },
  {
    id: 'fr-question-parents-ecole',
    locale: 'fr',
    kind: 'question',
    q: "comment aider les parents migrants à comprendre le fonctionnement de l'école",
    expected: [R.schoolActivities, R.communityFamilies, R.familyDialogue],
  },
  {
    id: 'fr-question-emprunteur-rembourser',
    locale: 'fr',
    kind: 'question',
    q: "que faire quand un emprunteur n'arrive plus à rembourser son microcrédit",
    expected: [R.accessMicrocredit, R.financialEducation],
  },
  {
    id: 'fr-question-sans-historique',
    locale: 'fr',
    kind: 'question',
    q: "comment évaluer un porteur de projet qui n'a pas d'historique bancaire",
    expected: [R.creditHistory, R.accessMicrocredit],
  },
  {
    id: 'fr-question-duree-reconnaissance',
    locale: 'fr',
    kind: 'question',
    q: "combien de temps prend la reconnaissance d'un diplôme obtenu à l'étranger",
    expected: [R.recognitionDelay, R.diplomaSupport, R.empower],
  },
  {
    id: 'fr-question-binomes',
    locale: 'fr',
    kind: 'question',
    q: 'comment former des binômes de mentorat efficaces',
    expected: [R.mentorsBySector, R.mentoring],
  },
  {
    id: 'fr-question-associations-quartier',
    locale: 'fr',
    kind: 'question',
    q: 'comment impliquer les associations de quartier pour toucher de nouveaux entrepreneurs',
    expected: [R.communityOutreach],
  },
  {
    id: 'fr-question-coaching-demande',
    locale: 'fr',
    kind: 'question',
    q: 'le coaching peut-il suivre quand la demande de prêts augmente',
    expected: [R.coachingCapacity, R.coaching],
  },
  {
    id: 'fr-question-relire-plan',
    locale: 'fr',
    kind: 'question',
    q: "comment relire un plan d'affaires avant de le présenter au comité de crédit",
    expected: [R.planReview, R.tailoredTraining],
  },

  // Across languages: the record exists only in the other language.
  {
    id: 'fr-cross-accueil-parents',
    locale: 'fr',
    kind: 'cross-language',
    q: "séances d'accueil des parents à l'école",
    expected: [R.welcomeSessions, R.schoolActivities],
    note: 'The welcome sessions exist in English only.',
  },
  {
    id: 'fr-cross-echeancier-saisonnier',
    locale: 'fr',
    kind: 'cross-language',
    q: 'échéancier de remboursement et recettes saisonnières',
    expected: [R.repaymentRhythm, R.accessMicrocredit],
    note: 'The lesson on repayment schedules and seasonal income exists in English only.',
  },
  { id: 'fr-cross-calendrier-scolaire', locale: 'fr', kind: 'cross-language', q: 'calendrier scolaire', expected: [R.schoolCalendar] },
  {
    id: 'fr-cross-differe',
    locale: 'fr',
    kind: 'cross-language',
    q: 'différé de remboursement',
    expected: [R.repaymentRhythm],
    note: 'The English lesson recommends a grace period.',
  },
  {
    id: 'fr-cross-interprete-parents',
    locale: 'fr',
    kind: 'cross-language',
    q: 'interprète pour les réunions de parents',
    expected: [R.welcomeSessions, R.multilingualSupport],
  },
  {
    id: 'fr-cross-examens-vacances',
    locale: 'fr',
    kind: 'cross-language',
    q: 'examens et vacances scolaires',
    expected: [R.schoolCalendar],
  },
  {
    id: 'en-cross-plan-review',
    locale: 'en',
    kind: 'cross-language',
    q: 'business plan review before the loan committee',
    expected: [R.planReview],
    note: 'The review of business plans exists in French only.',
  },
  { id: 'en-cross-checklist', locale: 'en', kind: 'cross-language', q: 'checklist for microcredit applications', expected: [R.planReview] },
  {
    id: 'en-cross-certified-translations',
    locale: 'en',
    kind: 'cross-language',
    q: 'certified translations for diploma recognition',
    expected: [R.recognitionDelay, R.diplomaSupport],
    note: 'The lesson on recognition delays (French only) names certified translations.',
  },
  {
    id: 'en-cross-coach-caseload',
    locale: 'en',
    kind: 'cross-language',
    q: 'coach caseload',
    expected: [R.coachingCapacity, R.coaching],
  },
  {
    id: 'en-cross-scaling-coaching',
    locale: 'en',
    kind: 'cross-language',
    q: 'scaling up coaching when lending grows',
    expected: [R.coachingCapacity],
  },
  {
    id: 'en-cross-waiting-recognition',
    locale: 'en',
    kind: 'cross-language',
    q: 'waiting for a recognition decision',
    expected: [R.recognitionDelay, R.diplomaSupport],
  },
]
