import type { JudgedQuery } from './judged-query'
import { MICROCREDIT, R } from './short-names'

export const COMPOUND_QUERIES: readonly JudgedQuery[] = [
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
]
