import type { PayloadRequest } from 'payload'

/**
 * The body of a form post (URL-encoded or multipart, text fields only) or of a JSON request, read
 * with a size cap: the endpoints that a plain HTML form posts to without JavaScript, and that
 * scripts call with JSON. `fields` is null when the JSON does not parse.
 */
export type RequestBody = { form: boolean; fields: Record<string, unknown> | null; tooLarge: boolean }

export async function readRequestBody(req: PayloadRequest, maxBytes: number): Promise<RequestBody> {
  const type = req.headers.get('content-type') ?? ''
  const form = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return { form, fields: null, tooLarge: true }
  const raw = req.text ? await req.text() : ''
  if (Buffer.byteLength(raw) > maxBytes) return { form, fields: null, tooLarge: true }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { form, fields: Object.fromEntries(new URLSearchParams(raw)), tooLarge: false }
  }
  if (type.startsWith('multipart/form-data')) {
    const data = await new Response(raw, { headers: { 'content-type': type } }).formData()
    return { form, fields: Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === 'string')), tooLarge: false }
  }
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return { form, fields: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}, tooLarge: false }
  } catch {
    return { form, fields: null, tooLarge: false }
  }
}
