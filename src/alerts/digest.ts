import type { Payload, Where } from 'payload'

import type { Locale } from '../core/locale'
import { describeSearch } from '../i18n/facets'
import { newlyPublished } from '../publication/log'
import { MAX_HITS_PER_PAGE } from '../search/port'
import { readySearchIndex } from '../search/sync/ready'
import { publicPilotNames } from './describe'
import { digestMail, type DigestItem } from './mail'
import { ALERT_SUBSCRIPTIONS, PENDING_KEPT_MS, savedSearchRequest, type AlertFrequency, type AlertSubscription } from './subscription'

/**
 * Digests: for each confirmed subscription that is due, the records first published since its
 * last digest that match its saved search (query and filters), found by the search engine itself,
 * so a digest lists what the search page would show, and nothing a reader may not see: the index
 * holds published records only, and the publication log says when each first became public.
 *
 * A digest covers records published up to a few minutes ago (SETTLE_MS), so that a record
 * published just before the run has reached the index; it is then in the next digest. A failed
 * send leaves the subscription as it was, and the next run tries again.
 */

const HOUR = 60 * 60 * 1000
export const PERIOD_MS: Record<AlertFrequency, number> = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR }
/** The job runs every hour: a subscription is due when its period, less an hour of slack, has passed. */
const SLACK_MS = HOUR
/** Time for a new record to reach the search index before a digest looks for it. */
export const SETTLE_MS = 10 * 60 * 1000
/** At most this many search pages are read per digest (100 hits each). */
const MAX_PAGES = 50

const subscriptions = ALERT_SUBSCRIPTIONS as 'alert-subscriptions'

export type DigestRun = { due: number; sent: number; empty: number; failed: number; purged: number }

/** The records of the window that the saved search finds, newest first. */
export async function digestItems(payload: Payload, subscription: AlertSubscription, since: Date, until: Date): Promise<DigestItem[]> {
  const fresh = await newlyPublished(payload, since, until)
  if (fresh.size === 0) return []
  const index = await readySearchIndex(payload)
  const items: DigestItem[] = []
  // Sorted newest first by their last public change, which is never before their first publication:
  // once a hit is older than the window, every later one is too.
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await index.search(savedSearchRequest(subscription.search, subscription.locale, page, MAX_HITS_PER_PAGE))
    for (const hit of result.hits) {
      if (fresh.has(`${hit.type}-${hit.recordId}`)) {
        items.push({
          type: hit.type,
          slug: hit.slug,
          title: hit.title,
          summary: hit.summary,
          pilotNames: hit.pilotNames,
          isSample: hit.isSample,
        })
      }
    }
    const last = result.hits[result.hits.length - 1]
    if (!last || page >= result.totalPages || last.publishedAt <= since.getTime()) break
  }
  return items
}

/** Deletes requests that were never confirmed once their link has long expired: the address goes with them. */
async function purgeUnconfirmed(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.delete({
    collection: subscriptions,
    where: {
      and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: new Date(now.getTime() - PENDING_KEPT_MS).toISOString() } }],
    },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Sends every digest that is due now. Returns what it did, for the job's output and the log. */
export async function sendDueDigests(payload: Payload, now: Date = new Date()): Promise<DigestRun> {
  const run: DigestRun = { due: 0, sent: 0, empty: 0, failed: 0, purged: await purgeUnconfirmed(payload, now) }
  const until = new Date(now.getTime() - SETTLE_MS)
  const dueWhere: Where = {
    and: [
      { status: { equals: 'active' } },
      {
        or: (Object.keys(PERIOD_MS) as AlertFrequency[]).map((frequency): Where => ({
          frequency: { equals: frequency },
          lastDigestAt: { less_than_equal: new Date(now.getTime() - PERIOD_MS[frequency] + SLACK_MS).toISOString() },
        })),
      },
    ],
  }
  const names = new Map<Locale, Map<string, string>>()
  // Keyset pages: each digest sent takes its subscription out of `dueWhere`.
  for (let after = 0; ;) {
    const batch = await payload.find({
      collection: subscriptions,
      where: { and: [dueWhere, { id: { greater_than: after } }] },
      overrideAccess: true,
      depth: 0,
      limit: 100,
      pagination: false,
      sort: 'id',
    })
    for (const doc of batch.docs as unknown as AlertSubscription[]) {
      after = doc.id
      run.due++
      const since = new Date(doc.lastDigestAt ?? doc.confirmedAt ?? doc.createdAt)
      if (since.getTime() >= until.getTime()) continue
      try {
        const items = await digestItems(payload, doc, since, until)
        if (items.length > 0) {
          if (!names.has(doc.locale)) names.set(doc.locale, await publicPilotNames(payload, doc.locale))
          const description = describeSearch(doc.locale, doc.search ?? '', names.get(doc.locale))
          await payload.sendEmail(digestMail(doc, description, items, since))
          run.sent++
        } else {
          run.empty++
        }
        await payload.update({
          collection: subscriptions,
          id: doc.id,
          data: { lastDigestAt: until.toISOString(), ...(items.length > 0 ? { lastSentAt: now.toISOString() } : {}) },
          overrideAccess: true,
          depth: 0,
        })
      } catch (error) {
        run.failed++
        payload.logger.error({
          err: error,
          msg: `Alerts: the digest of subscription ${doc.id} failed; it is tried again at the next run`,
          subscription: doc.id,
        })
      }
    }
    if (batch.docs.length < 100) break
  }
  return run
}
