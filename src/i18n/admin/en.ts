import type { ActionKey, MailStatus, StateKey } from './labels'

/** The admin's own screens in English; fr.ts has the same keys. */
export const en = {
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
  /** The editors' view of searches with no results (/admin/search-misses) and its menu entry. */
  searchMisses: {
    title: 'Searches with no results',
    intro:
      'What readers searched for on the public site and did not find, with no filter applied: the content the hub may be missing. Counts only: nothing is kept about who searched or when, apart from the first and last time.',
    notAllowed: 'Only editors and administrators can see this page.',
    language: 'Language of the site',
    period: 'Seen in',
    all: 'All',
    days: (n: number) => `the last ${n} days`,
    allTime: 'any time',
    query: 'Search',
    times: 'Times',
    firstSeen: 'First seen',
    lastSeen: 'Last seen',
    tryIt: 'Try it on the site',
    none: 'No search without results in this selection.',
    shown: (shown: number, total: number) => (shown < total ? `The ${shown} most frequent of ${total}.` : `${total} in all.`),
    manage: 'Delete entries once the content exists: open the list of entries',
  },
}

export type AdminMessages = typeof en
