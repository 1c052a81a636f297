import type { Payload } from 'payload'

import type { SearchLocale } from './document'

/**
 * Searches that found nothing, counted for the editors (the `search-misses` collection and its
 * admin view): the normalised query, the site's language, how many times, first and last seen.
 *
 * Recording costs a search nothing: it adds to a count in memory and returns; the counts go to
 * the database in one statement every few seconds (or sooner when many queries wait), as upserts
 * that add to the stored counts. A query that looks like personal data (an e-mail address, a
 * telephone or account number, a web address) is not kept at all. Counts still waiting when the
 * process stops are lost: these are approximate figures for finding gaps in the content.
 */

/** The longest query kept (the search box allows 200 characters). */
const MAX_QUERY_LENGTH = 200
const FLUSH_AFTER_MS = 5_000
/** This many distinct queries waiting: write them now. */
const FLUSH_AT = 100
/** Past this many distinct queries waiting (the database is away), new ones are dropped. */
const MAX_WAITING = 5_000
const BATCH = 200

const looksPersonal = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // an e-mail address
  /(?:\d[\s./-]?){6,}/, // a telephone, account or identity number
  /\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,}/i, // an IBAN
  /\bhttps?:\/\/|\bwww\./i, // a web address (and what its query string may carry)
]

/** The query as it is counted: one spelling per search, or null when it is not kept. */
export function normaliseMissedQuery(q: string, locale: SearchLocale): string | null {
  const text = q
    .normalize('NFC')
    // Control characters and invisible formatting carry nothing a reader typed on purpose.
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase(locale)
  const cut = [...text].slice(0, MAX_QUERY_LENGTH).join('').trim()
  if ([...cut].length < 2 || !/[\p{L}\p{N}]/u.test(cut)) return null
  if (looksPersonal.some((pattern) => pattern.test(cut))) return null
  return cut
}

type Waiting = { query: string; language: SearchLocale; count: number; firstSeen: Date; lastSeen: Date }
type Store = { waiting: Map<string, Waiting>; timer?: ReturnType<typeof setTimeout>; writing?: Promise<void>; payload?: Payload }

// One store per process, whichever bundle of this module the caller comes from.
const STORE = Symbol.for('inclusion-practice-hub.searchMisses')
const store = (): Store => ((globalThis as typeof globalThis & { [STORE]?: Store })[STORE] ??= { waiting: new Map() })

function add(into: Map<string, Waiting>, entry: Waiting) {
  const key = `${entry.language}\u0000${entry.query}`
  const known = into.get(key)
  if (known) {
    known.count += entry.count
    if (entry.firstSeen < known.firstSeen) known.firstSeen = entry.firstSeen
    if (entry.lastSeen > known.lastSeen) known.lastSeen = entry.lastSeen
  } else if (into.size < MAX_WAITING) {
    into.set(key, { ...entry })
  }
}

/** Counts one search that found nothing. Returns at once; never throws. */
export function recordZeroHitSearch(payload: Payload, q: string, locale: SearchLocale): void {
  const query = normaliseMissedQuery(q, locale)
  if (!query) return
  const state = store()
  state.payload = payload
  const now = new Date()
  add(state.waiting, { query, language: locale, count: 1, firstSeen: now, lastSeen: now })
  if (state.waiting.size >= FLUSH_AT) void flushSearchMisses(payload)
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushSearchMisses(state.payload!), FLUSH_AFTER_MS)
    state.timer.unref?.()
  }
}

type Pool = { query: (text: string, values: unknown[]) => Promise<unknown> }

async function write(payload: Payload, rows: Waiting[]): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('search misses: the database adapter has no pool')
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const values: unknown[] = []
    const tuples = batch.map((row) => {
      values.push(row.query, row.language, row.count, row.firstSeen.toISOString(), row.lastSeen.toISOString())
      const n = values.length
      return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n}, now(), now())`
    })
    // One statement per batch; a query seen again adds to its count (the unique index on query and language).
    await pool.query(
      `insert into "search_misses" ("query", "language", "count", "first_seen", "last_seen", "updated_at", "created_at")
       values ${tuples.join(', ')}
       on conflict ("query", "language") do update set
         "count" = "search_misses"."count" + excluded."count",
         "first_seen" = least("search_misses"."first_seen", excluded."first_seen"),
         "last_seen" = greatest("search_misses"."last_seen", excluded."last_seen"),
         "updated_at" = now()`,
      values,
    )
  }
}

/** Writes the waiting counts now (also what the timer does). Resolves with how many queries were written. */
export async function flushSearchMisses(payload: Payload): Promise<number> {
  const state = store()
  if (state.timer) clearTimeout(state.timer)
  state.timer = undefined
  // One writer at a time: counts taken while one writes wait for the next round.
  while (state.writing) await state.writing
  const rows = [...state.waiting.values()]
  state.waiting = new Map()
  if (rows.length === 0) return 0
  let done!: () => void
  state.writing = new Promise<void>((resolve) => (done = resolve))
  try {
    await write(payload, rows)
    return rows.length
  } catch (error) {
    // Kept for the next round (bounded), so that a database restart loses nothing.
    for (const row of rows) add(state.waiting, row)
    payload.logger.warn({ msg: 'Searches with no results could not be counted; trying again later', err: error })
    if (!state.timer) {
      state.timer = setTimeout(() => void flushSearchMisses(payload), FLUSH_AFTER_MS * 6)
      state.timer.unref?.()
    }
    return 0
  } finally {
    state.writing = undefined
    done()
  }
}
