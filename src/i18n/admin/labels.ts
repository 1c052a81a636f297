import type { LocalizedLabel } from '../../core/labels'

/** The admin's languages, the review states and actions, and the mail outcomes, in both languages. */

export const adminLanguages = ['en', 'fr'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/** The language to speak: French when asked for, English otherwise. */
export const adminLanguageOf = (value: unknown): AdminLanguage => (value === 'fr' ? 'fr' : 'en')

export const reviewStateLabels = {
  draft: { en: 'Draft', fr: 'Brouillon' },
  in_review: { en: 'In review', fr: 'En relecture' },
  changes_requested: { en: 'Changes requested', fr: 'Modifications demandées' },
  published: { en: 'Published', fr: 'Publié' },
  archived: { en: 'Archived', fr: 'Archivé' },
} as const satisfies Record<string, LocalizedLabel>

export const workflowActionLabels = {
  submitForReview: { en: 'Submit for review', fr: 'Soumettre à relecture' },
  requestChanges: { en: 'Request changes', fr: 'Demander des modifications' },
  publish: { en: 'Approve and publish', fr: 'Approuver et publier' },
  archive: { en: 'Archive', fr: 'Archiver' },
  restore: { en: 'Restore from archive', fr: "Sortir de l'archive" },
  startRevision: { en: 'Start a new revision', fr: 'Commencer une révision' },
} as const satisfies Record<string, LocalizedLabel>

export type ActionKey = keyof typeof workflowActionLabels
export type StateKey = keyof typeof reviewStateLabels

/** Whether the review mails of a transition went out (recorded on its history event). */
export const mailStatuses = ['sent', 'partial', 'failed', 'none'] as const
export type MailStatus = (typeof mailStatuses)[number]
