import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../db/close'

/** Runs a task with Payload against DATABASE_URL, closes the pool, and exits 0 only on success. */
export async function task(work: (payload: Payload) => Promise<void>): Promise<never> {
  let exitCode = 0
  const payload = await getPayload({ config })
  try {
    await work(payload)
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    exitCode = 1
  } finally {
    await closePayload(payload)
  }
  process.exit(exitCode)
}
