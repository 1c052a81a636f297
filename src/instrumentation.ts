/**
 * Runs once when the Next.js server starts: initialises Payload with its job runner (search
 * sync), warms the embedded search index, and closes the database pool on SIGTERM/SIGINT
 * (without that, `next start` waits on the open pool and ignores the signal).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startHubServer } = await import('./boot/server-start')
  await startHubServer()
}
