import type { Payload } from 'payload'

type PgClient = { release?: (error?: Error | boolean) => void }
type PgPool = {
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
  end: () => Promise<void>
  ended?: boolean
  on?: (event: 'error', listener: (error: Error) => void) => void
}

/**
 * Closes Payload's connection pool. `payload.destroy()` leaves the pool open, and the adapter
 * keeps one client checked out from its first connect, so `pool.end()` alone never resolves:
 * that client is handed back first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy().catch(() => undefined)
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (!pool || pool.ended) return
  // A connection the server ends while the pool closes (a restore, a dropped database, a stopped
  // server) makes the pool emit 'error'; with no listener that is an uncaught exception in a
  // process that no longer uses the pool.
  pool.on?.('error', () => undefined)
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())])
}
