import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, inject, test } from 'vitest'

import { archives, hubCommand, tools, withClient } from '../support/backup-restore'

/**
 * The backup script refuses a pg_dump older than the server it backs up, and writes nothing. The
 * server is the embedded PostgreSQL of the other tests; the client tools are Debian's
 * postgresql-15 (or PG_BIN), without which this is skipped (backup-restore.roundtrip.test.ts
 * says why, and fails in CI).
 */

describe.skipIf(!tools)('backup and restore', () => {
  beforeAll(() => {
    fs.mkdirSync(archives, { recursive: true })
  })

  test('backup refuses a pg_dump older than the server, and writes nothing', async () => {
    // The other tests' embedded PostgreSQL (17) against these client tools (older, on Debian 12).
    const embeddedUrl = inject('databaseUrl')
    const serverMajor = await withClient(embeddedUrl, async (client) =>
      Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10_000),
    )
    if (serverMajor <= tools!.major) return // nothing older to try here
    const target = path.join(archives, 'refused.tar')
    const refused = await hubCommand('backup', ['--out', target], embeddedUrl)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`pg_dump ${tools!.major} cannot back up a PostgreSQL ${serverMajor} server`)
    expect(refused.stderr).toMatch(/PG_BIN/)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(archives).filter((name) => name.startsWith('.hub-backup') || name.endsWith('.partial'))).toEqual([])
  })
})
