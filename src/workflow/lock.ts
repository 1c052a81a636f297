import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * A row lock on a record's main row for the rest of the request's transaction
 * (`SELECT ... FOR UPDATE`). The transition function takes it before it reads the state it checks,
 * and every save of a reviewed record takes it before Payload writes a new version, so a publish
 * and concurrent edits run one after the other: each new version sees the one before it, and
 * exactly one version is marked latest. Without a transaction (none open on `req`) it does nothing.
 */

type Drizzle = { execute: (query: unknown) => Promise<unknown> }
type Adapter = { name?: string; sessions?: Record<string, { db: Drizzle }>; tableNameMap?: Map<string, string> }

export async function lockRecord(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  const db = req.payload.db as unknown as Adapter
  const transactionID = await req.transactionID
  const session = transactionID !== undefined && transactionID !== null ? db.sessions?.[String(transactionID)] : undefined
  if (!session) return
  const numeric = Number(id)
  if (!Number.isSafeInteger(numeric)) return
  const table = db.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  await session.db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${numeric} FOR UPDATE`)
}
