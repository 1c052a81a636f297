import type { RecordRef } from '../records'

/** The seed records, by a short name. */
export const R = {
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
export const MICROCREDIT = [R.accessMicrocredit, R.microstart, R.empower, R.qredits, R.combinedPackage, R.creditHistory] as const
export const MENTORING = [R.mentoring, R.combinedPackage, R.mentorsBySector, R.empower] as const
export const FINANCIAL_EDUCATION = [R.financialEducation, R.combinedPackage, R.empower] as const
