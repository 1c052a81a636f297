import type { JudgedQuery } from './judged-query'
import { FINANCIAL_EDUCATION, MENTORING, MICROCREDIT, R } from './short-names'

export const EXACT_QUERIES: readonly JudgedQuery[] = [
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
]
