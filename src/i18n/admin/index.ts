import type { LocalizedLabel } from '../../core/labels'

import { en, type AdminMessages } from './en'
import { fr } from './fr'
import { adminLanguageOf, type AdminLanguage } from './labels'

/**
 * Every string of the hub's own admin screens and review mails, in English and French: the
 * review states and actions, the workflow buttons and their confirmations, the state badge,
 * the review history and queue, "My work", the dashboard welcome, the record guides and the
 * mails. Payload's own screens use its French translations (payload.config.ts `i18n`).
 * Client components pick the language with Payload's `useTranslation().i18n.language`, server
 * components and mails with `req.i18n.language` or the recipient's language preference.
 */

export {
  adminLanguageOf,
  adminLanguages,
  mailStatuses,
  reviewStateLabels,
  workflowActionLabels,
  type AdminLanguage,
  type MailStatus,
} from './labels'
export { reviewMail, type MailFacts } from './mails'
export type { AdminMessages } from './en'

const messages: Record<AdminLanguage, AdminMessages> = { en, fr }

/** The admin's strings in a language (English for anything but French). */
export const adminMessages = (language: unknown): AdminMessages => messages[adminLanguageOf(language)]

/** A `{ en, fr }` label in a language. */
export const inLanguage = (label: LocalizedLabel, language: unknown): string => label[adminLanguageOf(language)]

/** Both languages of one string, for Payload's field labels and descriptions. */
export const bothLanguages = (pick: (m: AdminMessages) => string): LocalizedLabel => ({ en: pick(en), fr: pick(fr) })
