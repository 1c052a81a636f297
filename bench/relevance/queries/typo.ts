import type { JudgedQuery } from './judged-query'
import { FINANCIAL_EDUCATION, MENTORING, MICROCREDIT, R } from './short-names'

export const TYPO_QUERIES: readonly JudgedQuery[] = [
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
]
