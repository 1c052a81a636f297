import os from 'node:os'
import path from 'node:path'

/** Shared by the server script and the tests. */

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200)
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`
export const E2E_ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-0123' }
/** The mails the portal sent (to the in-process SMTP server of tests/e2e/serve.ts), as JSON. */
export const E2E_MAILBOX = path.join(os.tmpdir(), `hub-e2e-mailbox-${E2E_PORT}.json`)
