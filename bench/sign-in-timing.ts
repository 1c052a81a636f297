/**
 * Timing of sign-in and password reset for a known and an unknown address (not a test):
 *   npx tsx bench/sign-in-timing.ts [--rounds 20]
 * Starts a throwaway embedded PostgreSQL, then runs bench/sign-in-timing.run.ts against it: each
 * round times, through the REST route handlers, a wrong password for a known account, the same
 * for an unknown address, a sign-in on a locked account, and a reset request for a known and an
 * unknown address. An attacker who tells the cases apart by time learns which addresses exist.
 */
import path from 'node:path'

import { runWithBenchDatabase } from './lib/with-bench-database'

await runWithBenchDatabase(path.join(import.meta.dirname, 'sign-in-timing.run.ts'), { LOG_LEVEL: 'fatal' })
