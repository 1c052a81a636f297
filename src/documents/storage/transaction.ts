import type { PayloadRequest } from 'payload'

/**
 * Work to do once the database transaction of a request has ended: files to remove once the
 * change is committed (a replaced or deleted record's objects), or once it is rolled back (objects
 * stored for a change that did not happen). Payload runs each write in a transaction that it
 * commits or rolls back through the database adapter's session; the callbacks run right after.
 * Without a transaction (an adapter without one, or `disableTransaction`), the change is already
 * committed: `committed` runs at once and `rolledBack` never does.
 *
 * A callback that fails is logged, never thrown: the transaction has already ended either way.
 */

type Session = { resolve: () => Promise<void>; reject: () => Promise<void> }
type Callback = () => Promise<void>
type Callbacks = { committed: Callback[]; rolledBack: Callback[] }

const registered = new WeakMap<Session, Callbacks>()

async function runAll(req: PayloadRequest, callbacks: (() => Promise<void>)[], when: string) {
  for (const callback of callbacks.splice(0)) {
    try {
      await callback()
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `file storage: cleanup after the transaction was ${when} failed` })
    }
  }
}

export async function afterTransaction(
  req: PayloadRequest,
  { committed, rolledBack }: { committed?: () => Promise<void>; rolledBack?: () => Promise<void> },
): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id !== undefined && id !== null ? (req.payload.db.sessions?.[String(id)] as Session | undefined) : undefined
  if (!session) {
    if (committed) await runAll(req, [committed], 'committed')
    return
  }
  let callbacks = registered.get(session)
  if (!callbacks) {
    const entry: Callbacks = { committed: [], rolledBack: [] }
    callbacks = entry
    registered.set(session, entry)
    const { resolve, reject } = session
    let ended = false
    // After the database's own commit or rollback, once: run that outcome's callbacks, drop the other's.
    const settle = (end: () => Promise<void>, run: Callback[], drop: Callback[], outcome: 'committed' | 'rolled back') => async () => {
      await end()
      if (ended) return
      ended = true
      drop.length = 0
      await runAll(req, run, outcome)
    }
    session.resolve = settle(resolve, entry.committed, entry.rolledBack, 'committed')
    session.reject = settle(reject, entry.rolledBack, entry.committed, 'rolled back')
  }
  if (committed) callbacks.committed.push(committed)
  if (rolledBack) callbacks.rolledBack.push(rolledBack)
}
