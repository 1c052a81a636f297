import type { LocalizedLabel } from '../core/labels'

/**
 * Every string of the hub's own admin screens and review mails, in English and French: the
 * review states and actions, the workflow buttons and their confirmations, the state badge,
 * the review history and queue, "My work", the dashboard welcome, the record guides and the
 * mails. Payload's own screens use its French translations (payload.config.ts `i18n`).
 * Client components pick the language with Payload's `useTranslation().i18n.language`, server
 * components and mails with `req.i18n.language` or the recipient's language preference.
 */

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

type ActionKey = keyof typeof workflowActionLabels
type StateKey = keyof typeof reviewStateLabels

/** Whether the review mails of a transition went out (recorded on its history event). */
export const mailStatuses = ['sent', 'partial', 'failed', 'none'] as const
export type MailStatus = (typeof mailStatuses)[number]

const en = {
  stateBadge: (state: string) => `Review state: ${state}`,
  liveVersionOnline: 'The published version stays on the site until this revision is approved.',
  archivedOffline: 'Not on the public site.',
  // Workflow buttons
  saveFirst: 'Save your changes first: the workflow acts on the last saved version.',
  requestChangesTitle: 'Request changes',
  requestChangesHelp: 'Say what the pilot team should change. They receive this note by e-mail and see it on the record.',
  noteLabel: 'Note for the pilot team',
  sendRequest: 'Send the request',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  failed: (status: number) => `The action failed (${status}).`,
  confirmations: {
    submitForReview: 'Submitted for review.',
    requestChanges: 'Changes requested.',
    publish: 'Approved and published: the record is on the public site.',
    archive: 'Archived: the record is no longer on the public site.',
    restore: 'Restored from the archive as a draft.',
    startRevision: 'A new revision has started. The published version stays on the site until the revision is approved.',
  } satisfies Record<ActionKey, string>,
  mailOutcome: {
    sent: (n: number) => (n === 1 ? 'One person was told by e-mail.' : `${n} people were told by e-mail.`),
    partial: 'Some of the e-mails could not be sent.',
    failed: 'The e-mail could not be sent.',
    none: 'No one had to be told by e-mail.',
  },
  // The editor's note on the record
  noteFromEditor: 'Changes requested by the editor',
  noteHelp: 'What the editor asked to change. Set by "Request changes".',
  inReviewNotice: 'In review: waiting for an editor to approve it or to request changes. The pilot team is told by e-mail either way.',
  // Review history
  historyTitle: 'Review history',
  historyEmpty: 'No review step yet.',
  historyWhen: 'When',
  historyWho: 'Who',
  historyAction: 'Action',
  historyStates: 'From → to',
  historyNote: 'Note',
  historyMail: 'E-mail',
  mailStatusLabels: { sent: 'Sent', partial: 'Partly sent', failed: 'Not sent (failed)', none: 'No one to tell' } satisfies Record<
    MailStatus,
    string
  >,
  someone: 'A former user',
  // Review queue
  queueTitle: 'Review queue',
  queueNav: 'Review queue',
  queueIntro:
    'Records submitted for review, oldest first. Open one to approve it or to request changes; you cannot approve what you submitted or last edited.',
  queueEmpty: 'Nothing is waiting for review.',
  queueSubmitted: 'Submitted',
  queueRecord: 'Record',
  queueType: 'Type',
  queueBy: 'Submitted by',
  queueChanges: 'Change against the published version',
  queueNew: 'New record: never published.',
  queueFilled: (fields: string) => `Filled in: ${fields}.`,
  queueNoChange: 'No field differs from the published version.',
  queueBefore: 'Published',
  queueAfter: 'Submitted',
  queueEmptyValue: '(empty)',
  queueCompare: 'Compare the versions',
  file: 'File',
  queueOpen: 'Open to review',
  queueMore: (n: number) => `…and ${n} more`,
  queueWaiting: (n: number) => (n === 1 ? 'one record waits for review' : `${n} records wait for review`),
  queueSeeAll: 'Open the review queue',
  // My work
  myWorkTitle: 'My work',
  myWorkNav: 'My work',
  myWorkIntro: (pilots: string) =>
    `The records of your pilots (${pilots}): what you are writing, what waits for an editor, what is public.`,
  myWorkNoPilot: 'You do not belong to a pilot yet: ask an administrator to add you to your pilot team.',
  myWorkSections: {
    changes_requested: 'Changes requested: to revise and submit again',
    draft: 'Drafts: not submitted yet',
    in_review: 'In review: waiting for an editor',
    published: 'Published',
    archived: 'Archived',
  } satisfies Record<StateKey, string>,
  myWorkEmpty: 'None.',
  myWorkRecord: 'Record',
  myWorkType: 'Type',
  myWorkPilot: 'Pilot',
  myWorkUpdated: 'Last change',
  myWorkRevisionPending: 'Revision in progress',
  create: { lessons: 'New lesson', practices: 'New practice', documents: 'New document' } as Record<string, string>,
  createHeading: 'Write something new',
  // The record guides (the templates of a practice and of a lesson)
  guideHeading: 'What a good record contains',
  guides: {
    practices: {
      title: 'A good practice',
      intro: 'A method that another team could reuse. Describe it so that practices compare:',
      items: [
        'Summary: what the method is and whom it helps, in two or three sentences.',
        'Problem addressed: the need it answers, in the pilot’s context.',
        'How it works: the steps, in order, as a newcomer would follow them.',
        'Resources: the staff it takes and the cost per participant.',
        'Results: what changed for the participants, with figures where you have them.',
        'Evidence level: described, monitored or independently evaluated; say which sources back it.',
        'Conditions for transfer: what another city or organisation needs to do the same.',
      ],
    },
    lessons: {
      title: 'A good lesson',
      intro: 'What your team learned, in the after-action form. One lesson, one point:',
      items: [
        'Kind and phase: a success, a challenge or a risk, and when it happened.',
        'Context: the situation, briefly.',
        'What was expected: the plan or the assumption.',
        'What happened: the facts, including what went wrong.',
        'Why: the causes, as far as you know them.',
        'Recommendation: what another team should do, concretely.',
      ],
    },
    documents: {
      title: 'A good document',
      intro: 'A file that backs your practices and lessons:',
      items: [
        'A PDF or an office file, with the title and date it carries.',
        'Its kind, languages, organisation and licence (CC BY 4.0 unless it says otherwise).',
        'A summary of two or three sentences: readers decide from it whether to download.',
      ],
    },
  } as Record<string, { title: string; intro: string; items: string[] }>,
  // Dashboard
  welcome: (name: string) => `Welcome, ${name}`,
  welcomeContributor: (pilots: string) => `You write for ${pilots}. Start a record, or continue one from “My work”.`,
  welcomeCounts: (drafts: number, changes: number, review: number) =>
    [
      drafts === 1 ? 'one draft' : `${drafts} drafts`,
      changes === 1 ? 'one record with changes requested' : `${changes} records with changes requested`,
      review === 1 ? 'one in review' : `${review} in review`,
    ].join(', '),
  welcomeEditor: 'Review what the pilot teams submit: approve it, or request changes with a note.',
  openMyWork: 'Open “My work”',
  // Field help
  pilotHelp: 'The pilot this record belongs to. Pilot-team members choose among their own pilots (preset to theirs).',
  languageLabel: 'Language of e-mails',
  languageHelp: 'The review e-mails reach you in this language.',
  notSignedIn: 'Sign in to see this page.',
  notForRole: 'This page is for the pilot teams.',
  notForEditors: 'This page is for editors and administrators.',
}

export type AdminMessages = typeof en

const fr: AdminMessages = {
  stateBadge: (state) => `État de relecture : ${state}`,
  liveVersionOnline: 'La version publiée reste en ligne jusqu’à l’approbation de cette révision.',
  archivedOffline: 'Absent du site public.',
  saveFirst: 'Enregistrez d’abord vos modifications : le circuit de relecture porte sur la dernière version enregistrée.',
  requestChangesTitle: 'Demander des modifications',
  requestChangesHelp: 'Dites ce que l’équipe du pilote doit modifier. Elle reçoit cette note par courriel et la voit sur la fiche.',
  noteLabel: 'Note pour l’équipe du pilote',
  sendRequest: 'Envoyer la demande',
  cancel: 'Annuler',
  dismiss: 'Fermer',
  failed: (status) => `L’action a échoué (${status}).`,
  confirmations: {
    submitForReview: 'Soumis à relecture.',
    requestChanges: 'Modifications demandées.',
    publish: 'Approuvé et publié : la fiche est sur le site public.',
    archive: 'Archivé : la fiche n’est plus sur le site public.',
    restore: 'Sorti de l’archive, en brouillon.',
    startRevision: 'Une nouvelle révision a commencé. La version publiée reste en ligne jusqu’à l’approbation de la révision.',
  },
  mailOutcome: {
    sent: (n) => (n === 1 ? 'Une personne a été prévenue par courriel.' : `${n} personnes ont été prévenues par courriel.`),
    partial: 'Certains courriels n’ont pas pu être envoyés.',
    failed: 'Le courriel n’a pas pu être envoyé.',
    none: 'Personne n’avait à être prévenu par courriel.',
  },
  noteFromEditor: 'Modifications demandées par l’éditeur',
  noteHelp: 'Ce que l’éditeur a demandé de modifier. Renseigné par « Demander des modifications ».',
  inReviewNotice:
    'En relecture : en attente d’un éditeur, qui l’approuvera ou demandera des modifications. L’équipe du pilote est prévenue par courriel dans les deux cas.',
  historyTitle: 'Historique de relecture',
  historyEmpty: 'Aucune étape de relecture pour l’instant.',
  historyWhen: 'Date',
  historyWho: 'Par',
  historyAction: 'Action',
  historyStates: 'De → vers',
  historyNote: 'Note',
  historyMail: 'Courriel',
  mailStatusLabels: { sent: 'Envoyé', partial: 'Envoyé en partie', failed: 'Non envoyé (échec)', none: 'Personne à prévenir' },
  someone: 'Un ancien utilisateur',
  queueTitle: 'File de relecture',
  queueNav: 'File de relecture',
  queueIntro:
    'Les fiches soumises à relecture, la plus ancienne d’abord. Ouvrez-en une pour l’approuver ou demander des modifications ; vous ne pouvez pas approuver ce que vous avez soumis ou modifié en dernier.',
  queueEmpty: 'Rien n’attend de relecture.',
  queueSubmitted: 'Soumis le',
  queueRecord: 'Fiche',
  queueType: 'Type',
  queueBy: 'Soumis par',
  queueChanges: 'Modifications par rapport à la version publiée',
  queueNew: 'Nouvelle fiche : jamais publiée.',
  queueFilled: (fields) => `Champs remplis : ${fields}.`,
  queueNoChange: 'Aucun champ ne diffère de la version publiée.',
  queueBefore: 'Publié',
  queueAfter: 'Soumis',
  queueEmptyValue: '(vide)',
  queueCompare: 'Comparer les versions',
  file: 'Fichier',
  queueOpen: 'Ouvrir pour relire',
  queueMore: (n) => `…et ${n} de plus`,
  queueWaiting: (n) => (n === 1 ? 'une fiche attend une relecture' : `${n} fiches attendent une relecture`),
  queueSeeAll: 'Ouvrir la file de relecture',
  myWorkTitle: 'Mon travail',
  myWorkNav: 'Mon travail',
  myWorkIntro: (pilots) => `Les fiches de vos pilotes (${pilots}) : ce que vous rédigez, ce qui attend un éditeur, ce qui est public.`,
  myWorkNoPilot: 'Vous n’appartenez encore à aucun pilote : demandez à un administrateur de vous ajouter à votre équipe.',
  myWorkSections: {
    changes_requested: 'Modifications demandées : à reprendre et soumettre à nouveau',
    draft: 'Brouillons : pas encore soumis',
    in_review: 'En relecture : en attente d’un éditeur',
    published: 'Publiés',
    archived: 'Archivés',
  },
  myWorkEmpty: 'Aucune.',
  myWorkRecord: 'Fiche',
  myWorkType: 'Type',
  myWorkPilot: 'Pilote',
  myWorkUpdated: 'Dernière modification',
  myWorkRevisionPending: 'Révision en cours',
  create: { lessons: 'Nouvel enseignement', practices: 'Nouvelle pratique', documents: 'Nouveau document' },
  createHeading: 'Rédiger une nouvelle fiche',
  guideHeading: 'Ce que contient une bonne fiche',
  guides: {
    practices: {
      title: 'Une bonne pratique',
      intro: 'Une méthode qu’une autre équipe pourrait reprendre. Décrivez-la de sorte que les pratiques se comparent :',
      items: [
        'Résumé : ce qu’est la méthode et à qui elle sert, en deux ou trois phrases.',
        'Problème traité : le besoin auquel elle répond, dans le contexte du pilote.',
        'Fonctionnement : les étapes, dans l’ordre, telles qu’un nouveau venu les suivrait.',
        'Ressources : le personnel nécessaire et le coût par participant.',
        'Résultats : ce qui a changé pour les participants, chiffres à l’appui quand vous en avez.',
        'Niveau de preuve : décrite, suivie ou évaluée de façon indépendante ; citez les sources.',
        'Conditions de transfert : ce dont une autre ville ou organisation a besoin pour faire de même.',
      ],
    },
    lessons: {
      title: 'Un bon enseignement',
      intro: 'Ce que votre équipe a appris, sous forme de retour d’expérience. Un enseignement, une idée :',
      items: [
        'Nature et phase : une réussite, une difficulté ou un risque, et à quel moment.',
        'Contexte : la situation, en bref.',
        'Ce qui était attendu : le plan ou l’hypothèse.',
        'Ce qui s’est passé : les faits, y compris ce qui n’a pas marché.',
        'Pourquoi : les causes, autant que vous les connaissez.',
        'Recommandation : ce qu’une autre équipe devrait faire, concrètement.',
      ],
    },
    documents: {
      title: 'Un bon document',
      intro: 'Un fichier qui étaye vos pratiques et enseignements :',
      items: [
        'Un PDF ou un fichier bureautique, avec le titre et la date qu’il porte.',
        'Son type, ses langues, son organisation et sa licence (CC BY 4.0 sauf mention contraire).',
        'Un résumé de deux ou trois phrases : le lecteur décide ainsi s’il le télécharge.',
      ],
    },
  },
  welcome: (name) => `Bienvenue, ${name}`,
  welcomeContributor: (pilots) => `Vous écrivez pour ${pilots}. Commencez une fiche, ou reprenez-en une depuis « Mon travail ».`,
  welcomeCounts: (drafts, changes, review) =>
    [
      drafts === 1 ? 'un brouillon' : `${drafts} brouillons`,
      changes === 1 ? 'une fiche à modifier' : `${changes} fiches à modifier`,
      review === 1 ? 'une en relecture' : `${review} en relecture`,
    ].join(', '),
  welcomeEditor: 'Relisez ce que soumettent les équipes des pilotes : approuvez, ou demandez des modifications avec une note.',
  openMyWork: 'Ouvrir « Mon travail »',
  pilotHelp:
    'Le pilote auquel appartient cette fiche. Les membres d’une équipe choisissent parmi leurs propres pilotes (le leur est prérempli).',
  languageLabel: 'Langue des courriels',
  languageHelp: 'Les courriels de relecture vous parviennent dans cette langue.',
  notSignedIn: 'Connectez-vous pour voir cette page.',
  notForRole: 'Cette page est destinée aux équipes des pilotes.',
  notForEditors: 'Cette page est destinée aux éditeurs et aux administrateurs.',
}

const messages: Record<AdminLanguage, AdminMessages> = { en, fr }

/** The admin's strings in a language (English for anything but French). */
export const adminMessages = (language: unknown): AdminMessages => messages[adminLanguageOf(language)]

/** A `{ en, fr }` label in a language. */
export const inLanguage = (label: LocalizedLabel, language: unknown): string => label[adminLanguageOf(language)]

/** Both languages of one string, for Payload's field labels and descriptions. */
export const bothLanguages = (pick: (m: AdminMessages) => string): LocalizedLabel => ({ en: pick(en), fr: pick(fr) })

// --- Review mails ---------------------------------------------------------------------------

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
