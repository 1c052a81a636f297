import type { JudgedQuery } from './judged-query'
import { R } from './short-names'

export const FACET_QUERIES: readonly JudgedQuery[] = [
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
]
