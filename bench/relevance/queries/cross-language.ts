import type { JudgedQuery } from './judged-query'
import { R } from './short-names'

export const CROSS_LANGUAGE_QUERIES: readonly JudgedQuery[] = [
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
