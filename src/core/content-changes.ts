/**
 * "What the public sees has changed": said when a record is published, changed while published,
 * archived or deleted (src/site/revalidate.ts) and when the search index took a change in
 * (src/search/sync/tasks.ts); heard by whatever keeps copies of public pages in this process
 * (the portal server's page cache, src/cli/public-html.ts).
 *
 * The listeners live on `globalThis` under a registered symbol: the portal server and Next's
 * compiled server code are bundled apart and each has its own copy of this module, yet they run
 * in one process and must hear each other. Other processes (a second portal instance, the worker)
 * hear nothing: what they keep must expire on its own.
 */

type Listener = () => void

const LISTENERS = Symbol.for('inclusion-practice-hub.publicContentChanged')
type Store = typeof globalThis & { [LISTENERS]?: Set<Listener> }

const listeners = (): Set<Listener> => ((globalThis as Store)[LISTENERS] ??= new Set())

/** Calls `listener` after every change; returns the function that stops it. */
export function onPublicContentChange(listener: Listener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

export function announcePublicContentChange(): void {
  for (const listener of listeners()) {
    try {
      listener()
    } catch {
      // A listener's failure must not stop the others, nor the publication that announced it.
    }
  }
}
