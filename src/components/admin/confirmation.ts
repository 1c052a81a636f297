import type { MailStatus } from '../../i18n/admin'
import type { WorkflowAction } from '../../workflow/states'

/**
 * The confirmation of a workflow transition, across the page reload that shows its new state:
 * the buttons leave it in the tab's session storage, the notice above the form takes it once.
 */

export type Done = { action: WorkflowAction; mail?: { status: MailStatus; recipients: number } }

const keyOf = (collection: string, id: number | string) => `hub-workflow-done:${collection}:${id}`

export function leaveConfirmation(collection: string, id: number | string, done: Done) {
  window.sessionStorage.setItem(keyOf(collection, id), JSON.stringify(done))
}

// What this page load took: the same object on every read (a store snapshot must be stable).
const taken = new Map<string, Done | null>()

/** The confirmation left for this record before the reload, once per page load. */
export function takeConfirmation(collection: string, id: number | string): Done | null {
  const key = keyOf(collection, id)
  if (!taken.has(key)) {
    const saved = window.sessionStorage.getItem(key)
    window.sessionStorage.removeItem(key)
    let done: Done | null = null
    try {
      done = saved ? (JSON.parse(saved) as Done) : null
    } catch {
      done = null
    }
    taken.set(key, done)
  }
  return taken.get(key) ?? null
}
