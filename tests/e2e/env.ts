/** Shared by the server script and the tests. */
import os from 'node:os'
import path from 'node:path'

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200)
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`
export const E2E_ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-0123' }
/**
 * The portal of a run sends its mail to a real SMTP server in the server script; each message it
 * receives is written here as one JSON file (tests read the mail a reader would get).
 */
export const E2E_MAIL_DIR = path.join(os.tmpdir(), `hub-e2e-mail-${E2E_PORT}`)
