import type { Payload } from 'payload'

import { pilotIdsIn, type HubUser } from '../access'
import { hubEnv } from '../core/env'
import type { LocalizedLabel } from '../core/labels'
import { adminLanguageOf, reviewMail, type AdminLanguage, type MailStatus } from '../i18n/admin'
import { entryOf, pilotFieldOf } from '../model/content-types'
import type { WorkflowAction, WorkflowCollection } from './states'

/**
 * Mails the people concerned by a transition, each in their own language (the `language` of
 * their account): the editors (the admins when there is no editor) when a record is submitted;
 * for every other action, the record's people: whoever submitted it and the contributors of its
 * pilot(s). Nobody is mailed about their own action. Each mail links to the record in the admin
 * (and, once published, to its public page). A mail that cannot be sent is logged and counted:
 * the outcome is recorded on the transition's history event; the transition itself has happened.
 */

type Notice = {
  collection: WorkflowCollection
  id: number | string
  action: WorkflowAction
  note: string
  actor: HubUser
  actorName: string
  record: Record<string, unknown>
}

export type MailOutcome = { status: MailStatus; recipients: number; failed: number; error?: string }

type Recipient = { id: number | string; email: string; language: AdminLanguage }

const baseUrl = () => hubEnv().SERVER_URL.replace(/\/$/, '')

export const adminLinkOf = (collection: string, id: number | string) => `${baseUrl()}/admin/collections/${collection}/${id}`

const publicLinkOf = (collection: WorkflowCollection, slug: unknown, language: AdminLanguage) =>
  typeof slug === 'string' && slug ? `${baseUrl()}/${language}/${entryOf(collection).path}/${slug}` : undefined

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | null | undefined)

async function usersWhere(payload: Payload, where: Record<string, unknown>): Promise<Recipient[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: where as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, language: true },
  })
  return docs
    .filter((user) => Boolean(user.email))
    .map((user) => ({ id: user.id, email: user.email, language: adminLanguageOf((user as { language?: unknown }).language) }))
}

async function recipients(payload: Payload, notice: Notice): Promise<Recipient[]> {
  const notActor = { id: { not_equals: notice.actor.id } }
  if (notice.action === 'submitForReview') {
    // The editors review; when there is none, the admins do.
    const editors = await usersWhere(payload, { and: [{ role: { equals: 'editor' } }, notActor] })
    return editors.length ? editors : usersWhere(payload, { and: [{ role: { equals: 'admin' } }, notActor] })
  }
  // The record's people: its submitter and its pilot team.
  const pilots = notice.collection === 'pilots' ? [notice.id] : pilotIdsIn(notice.record[pilotFieldOf(notice.collection)])
  const submitter = idOf(notice.record.submittedBy)
  const concerned: Record<string, unknown>[] = []
  if (submitter !== undefined && submitter !== null) concerned.push({ id: { equals: submitter } })
  if (pilots.length) concerned.push({ and: [{ role: { equals: 'contributor' } }, { pilots: { in: pilots } }] })
  if (!concerned.length) return []
  return usersWhere(payload, { and: [{ or: concerned }, notActor] })
}

/** The record's title in a language (the French title when there is one, for French readers). */
async function titleIn(payload: Payload, notice: Notice, language: AdminLanguage): Promise<string> {
  const field = entryOf(notice.collection).titleField
  const fallback = String(notice.record[field] ?? `${notice.collection} ${notice.id}`)
  if (language === 'en') return fallback
  const doc = (await payload
    .findByID({ collection: notice.collection, id: notice.id, locale: language, draft: true, depth: 0, overrideAccess: true })
    .catch(() => null)) as Record<string, unknown> | null
  return typeof doc?.[field] === 'string' && doc[field] ? String(doc[field]) : fallback
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

export async function notifyTransition(payload: Payload, notice: Notice): Promise<MailOutcome> {
  let to: Recipient[]
  try {
    to = await recipients(payload, notice)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not find whom to tell of "${notice.action}" on ${notice.collection} ${notice.id}` })
    return { status: 'failed', recipients: 0, failed: 0, error: error instanceof Error ? error.message : String(error) }
  }
  if (!to.length) return { status: 'none', recipients: 0, failed: 0 }
  const typeLabel = payload.collections[notice.collection]?.config.labels.singular as LocalizedLabel | string | undefined
  const titles = new Map<AdminLanguage, string>()
  let failed = 0
  let firstError: string | undefined
  for (const recipient of to) {
    const language = recipient.language
    try {
      if (!titles.has(language)) titles.set(language, await titleIn(payload, notice, language))
      const type = typeof typeLabel === 'string' ? typeLabel : (typeLabel?.[language] ?? notice.collection)
      const mail = reviewMail(language, {
        action: notice.action,
        title: titles.get(language)!,
        type: lowerFirst(type),
        actor: notice.actorName,
        note: notice.note,
        adminLink: adminLinkOf(notice.collection, notice.id),
        publicLink: notice.action === 'publish' ? publicLinkOf(notice.collection, notice.record.slug, language) : undefined,
      })
      await payload.sendEmail({ to: recipient.email, subject: mail.subject, text: mail.text })
    } catch (error) {
      failed++
      firstError ??= error instanceof Error ? error.message : String(error)
      payload.logger.error({
        err: error,
        msg: `Could not send the "${notice.action}" notice for ${notice.collection} ${notice.id} to user ${recipient.id}`,
        action: notice.action,
        collection: notice.collection,
        id: notice.id,
        userId: recipient.id,
      })
    }
  }
  const status: MailStatus = failed === 0 ? 'sent' : failed === to.length ? 'failed' : 'partial'
  payload.logger.info({
    msg: `Mail: "${notice.action}" notice for ${notice.collection} ${notice.id}: ${to.length - failed} of ${to.length} sent`,
    action: notice.action,
    collection: notice.collection,
    id: notice.id,
    recipients: to.length,
    failed,
  })
  return { status, recipients: to.length, failed, ...(firstError ? { error: firstError.slice(0, 500) } : {}) }
}
