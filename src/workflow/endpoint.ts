import { APIError, type Endpoint } from 'payload'

import type { HubUser } from '../access'
import { availableActions, transition } from './transition'

/**
 * `POST /api/<collection>/:id/workflow/<action>` with an optional JSON body `{ "note": "..." }`:
 * the REST face of the transition function. Answers 200 with the new state, or 400/403/404 with
 * `{ errors: [{ message }] }` naming the problem.
 */
export const workflowEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow/:action',
  method: 'post',
  handler: async (req) => {
    const { id, action } = (req.routeParams ?? {}) as { id?: string; action?: string }
    let note: unknown
    try {
      const body = req.json ? await req.json() : undefined
      note = body && typeof body === 'object' ? (body as { note?: unknown }).note : undefined
    } catch {
      note = undefined
    }
    if (note !== undefined && note !== null && typeof note !== 'string') {
      return Response.json({ errors: [{ message: 'note: must be a text' }] }, { status: 400 })
    }
    try {
      const result = await transition(req.payload, {
        collection,
        id: String(id),
        action: String(action),
        note: note as string | undefined,
        user: req.user as HubUser | null,
      })
      return Response.json({
        message: `${result.action}: ${result.from} -> ${result.to}`,
        from: result.from,
        to: result.to,
        eventId: result.eventId,
        mail: { status: result.mail.status, recipients: result.mail.recipients },
        doc: { id: result.doc.id, reviewState: result.doc.reviewState, _status: result.doc._status },
      })
    } catch (error) {
      const answer = publicError(error)
      if (answer) return answer
      throw error
    }
  },
})

const publicError = (error: unknown) =>
  error instanceof APIError && error.isPublic ? Response.json({ errors: [{ message: error.message }] }, { status: error.status }) : null

/**
 * `GET /api/<collection>/:id/workflow`: the record's review state and the actions the signed-in
 * user may take on it now (the admin's workflow buttons show exactly these).
 */
export const workflowActionsEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const { id } = (req.routeParams ?? {}) as { id?: string }
    try {
      return Response.json(await availableActions(req.payload, { collection, id: String(id), user: req.user as HubUser | null }))
    } catch (error) {
      const answer = publicError(error)
      if (answer) return answer
      throw error
    }
  },
})

/** The workflow's REST endpoints of a reviewed collection. */
export const workflowEndpoints = (collection: string): Endpoint[] => [workflowEndpoint(collection), workflowActionsEndpoint(collection)]
