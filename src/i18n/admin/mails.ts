import { adminLanguageOf, type ActionKey, type AdminLanguage } from './labels'

/** The review mails of the workflow's transitions, in English and French. */

export type MailFacts = {
  action: ActionKey
  /** The record's title, its type ("lesson") in the recipient's language, who acted. */
  title: string
  type: string
  actor: string
  note: string
  /** The record in the admin, and its public page once published. */
  adminLink: string
  publicLink?: string
}

const mailsEn: Record<ActionKey, (facts: MailFacts) => { subject: string; lines: string[] }> = {
  submitForReview: (f) => ({
    subject: `Review requested: ${f.title}`,
    lines: [`${f.actor} submitted the ${f.type} "${f.title}" for review.`, '', `Review it here: ${f.adminLink}`],
  }),
  requestChanges: (f) => ({
    subject: `Changes requested: ${f.title}`,
    lines: [`${f.actor} asked for changes to the ${f.type} "${f.title}":`, '', f.note, '', `Revise it and submit it again: ${f.adminLink}`],
  }),
  publish: (f) => ({
    subject: `Published: ${f.title}`,
    lines: [
      `${f.actor} approved the ${f.type} "${f.title}": it is now public.`,
      '',
      ...(f.publicLink ? [`On the site: ${f.publicLink}`] : []),
      `In the admin: ${f.adminLink}`,
    ],
  }),
  archive: (f) => ({
    subject: `Archived: ${f.title}`,
    lines: [`${f.actor} archived the ${f.type} "${f.title}": it is no longer on the public site.`, '', `In the admin: ${f.adminLink}`],
  }),
  restore: (f) => ({
    subject: `Restored from the archive: ${f.title}`,
    lines: [
      `${f.actor} restored the ${f.type} "${f.title}" from the archive. It is a draft again and goes through review before it is public.`,
      '',
      `In the admin: ${f.adminLink}`,
    ],
  }),
  startRevision: (f) => ({
    subject: `New revision started: ${f.title}`,
    lines: [
      `${f.actor} started a new revision of the ${f.type} "${f.title}". The published version stays on the site until the revision is approved.`,
      '',
      `In the admin: ${f.adminLink}`,
    ],
  }),
}

const mailsFr: typeof mailsEn = {
  submitForReview: (f) => ({
    subject: `Relecture demandée : ${f.title}`,
    lines: [`${f.actor} a soumis « ${f.title} » (${f.type}) à relecture.`, '', `Relisez-la ici : ${f.adminLink}`],
  }),
  requestChanges: (f) => ({
    subject: `Modifications demandées : ${f.title}`,
    lines: [
      `${f.actor} demande des modifications de « ${f.title} » (${f.type}) :`,
      '',
      f.note,
      '',
      `Modifiez la fiche et soumettez-la à nouveau : ${f.adminLink}`,
    ],
  }),
  publish: (f) => ({
    subject: `Publié : ${f.title}`,
    lines: [
      `${f.actor} a approuvé « ${f.title} » (${f.type}) : la fiche est maintenant publique.`,
      '',
      ...(f.publicLink ? [`Sur le site : ${f.publicLink}`] : []),
      `Dans l’administration : ${f.adminLink}`,
    ],
  }),
  archive: (f) => ({
    subject: `Archivé : ${f.title}`,
    lines: [
      `${f.actor} a archivé « ${f.title} » (${f.type}) : la fiche n’est plus sur le site public.`,
      '',
      `Dans l’administration : ${f.adminLink}`,
    ],
  }),
  restore: (f) => ({
    subject: `Sorti de l’archive : ${f.title}`,
    lines: [
      `${f.actor} a sorti « ${f.title} » (${f.type}) de l’archive. La fiche redevient un brouillon et repasse en relecture avant d’être publique.`,
      '',
      `Dans l’administration : ${f.adminLink}`,
    ],
  }),
  startRevision: (f) => ({
    subject: `Nouvelle révision : ${f.title}`,
    lines: [
      `${f.actor} a commencé une nouvelle révision de « ${f.title} » (${f.type}). La version publiée reste en ligne jusqu’à l’approbation de la révision.`,
      '',
      `Dans l’administration : ${f.adminLink}`,
    ],
  }),
}

const mailFooter: Record<AdminLanguage, string> = {
  en: 'You receive this e-mail because you take part in the review of this record on the Inclusion Practice Hub.',
  fr: 'Vous recevez ce courriel parce que vous participez à la relecture de cette fiche sur la Plateforme des pratiques d’inclusion.',
}

/** The review mail of a transition, in the recipient's language. */
export function reviewMail(language: unknown, facts: MailFacts): { subject: string; text: string } {
  const lang = adminLanguageOf(language)
  const { subject, lines } = (lang === 'fr' ? mailsFr : mailsEn)[facts.action](facts)
  return { subject, text: [...lines, '', '--', mailFooter[lang], ''].join('\n') }
}
