import {
  audiences,
  countries,
  documentKinds,
  evidenceLevels,
  fundingInstruments,
  interventionTypes,
  languages,
  lessonKinds,
  lessonPhases,
  licences,
  pilotStatuses,
  targetGroups,
  themeGroups,
  themes,
  userRoles,
  type Vocabulary,
} from '../../vocab'

/**
 * Every controlled vocabulary of the hub, by name. The glossary takes its labels from here, so a
 * label added or reworded in `src/vocab/` reaches search without a second edit. A vocabulary added
 * there must be added here too; the glossary test lists the vocabulary module's exports and fails
 * on one that is missing.
 */
export const glossaryVocabularies = {
  'theme-group': themeGroups,
  theme: themes,
  'target-group': targetGroups,
  'intervention-type': interventionTypes,
  'funding-instrument': fundingInstruments,
  'evidence-level': evidenceLevels,
  'lesson-kind': lessonKinds,
  'lesson-phase': lessonPhases,
  'pilot-status': pilotStatuses,
  'document-kind': documentKinds,
  licence: licences,
  audience: audiences,
  'user-role': userRoles,
  country: countries,
  language: languages,
} as const satisfies Record<string, Vocabulary>

export type GlossaryVocabulary = keyof typeof glossaryVocabularies

/** A reference to one term of one vocabulary: `"<vocabulary>:<code>"`, e.g. `"intervention-type:microcredit"`. */
export type VocabularyRef = `${GlossaryVocabulary}:${string}`
