import { APIError, type AfterErrorHook } from 'payload'

/**
 * Refusals keep their reasons, in REST and GraphQL alike.
 *
 * Payload builds the REST error answer from the error's class name and `instanceof` checks. In the
 * production build both fail: the bundler turns Payload's error classes into anonymous class
 * expressions (an empty `name`, so the answer became "An unknown error occurred.") and may hold
 * two copies of them (so a `ValidationError` lost its field errors: "The following field is
 * invalid: file" without saying why). The answer is therefore rebuilt here from what every such
 * error carries (status, message, data), and the errors of the hub set their name themselves.
 *
 * Nothing changes for server errors (500): their details stay in the log.
 */

/** An error whose message is meant for the caller, with a name that survives minification. */
export class PublicError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>, name = 'APIError') {
    super(message, status, data ?? undefined, true)
    this.name = name
  }
}

type ErrorLike = { status?: unknown; message?: unknown; data?: unknown; isPublic?: unknown; name?: unknown }
type FieldProblem = { path?: unknown; message?: unknown }

/** The status of an error meant for the caller (4xx), or null for anything else. */
export function publicStatusOf(error: unknown): number | null {
  const { status, isPublic } = (error ?? {}) as ErrorLike
  if (typeof status !== 'number' || status < 400 || status >= 500 || isPublic === false) return null
  return status
}

/** The message, with each field's own reason when the error names fields ("file: File refused: ..."). */
export function reasonOf(error: unknown): string {
  const { message, data } = (error ?? {}) as ErrorLike
  const fields = (data as { errors?: FieldProblem[] } | null | undefined)?.errors
  if (Array.isArray(fields) && fields.length) {
    const reasons = fields
      .filter((field) => typeof field?.message === 'string')
      .map((field) => (typeof field.path === 'string' && field.path ? `${field.path}: ${String(field.message)}` : String(field.message)))
    if (reasons.length) return reasons.join('; ')
  }
  return typeof message === 'string' && message ? message : 'The request was refused'
}

const LOCKED_MESSAGE = 'This user is locked due to having too many failed login attempts.'
const SIGN_IN_REFUSED = 'The email or password provided is incorrect.'

/** "This user is locked" would tell an anonymous caller that the account exists: it reads as any failed sign-in. */
const isLockMessage = (message: unknown, lockedText: string) => message === lockedText || message === LOCKED_MESSAGE

export const keepErrorReasons: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const locked = req?.t ? req.t('error:userLocked') : LOCKED_MESSAGE
  const refused = req?.t ? req.t('error:emailOrPasswordIncorrect') : SIGN_IN_REFUSED
  if (graphqlResult) {
    if (isLockMessage(graphqlResult.message, locked)) {
      return { graphqlResult: { ...graphqlResult, message: refused, extensions: { name: 'AuthenticationError', statusCode: 401 } } }
    }
    const original = (error as { originalError?: unknown }).originalError
    if (publicStatusOf(original) === null) return undefined
    return { graphqlResult: { ...graphqlResult, message: reasonOf(original) } }
  }
  if (isLockMessage((error as ErrorLike)?.message, locked)) {
    return { response: { errors: [{ name: 'AuthenticationError', message: refused }] }, status: 401 }
  }
  const status = publicStatusOf(error)
  if (status === null) return undefined
  const { data, name } = error as ErrorLike
  const entry: Record<string, unknown> = { name: typeof name === 'string' && name ? name : 'APIError', message: reasonOf(error) }
  if (data && typeof data === 'object') entry.data = data
  return { response: { errors: [entry] }, status }
}
