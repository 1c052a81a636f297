import { hubPayload } from '@/boot/payload'
import { oaiResponse } from '@/oai/respond'

export const dynamic = 'force-dynamic'

/**
 * GET or POST /oai: the OAI-PMH 2.0 repository (src/oai). Protocol errors are answered, as the
 * protocol says, with status 200 and an <error> element naming the OAI-PMH error code.
 */
const respond = async (params: URLSearchParams) =>
  new Response(await oaiResponse(await hubPayload(), params), {
    headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' },
  })

export async function GET(request: Request) {
  return respond(new URL(request.url).searchParams)
}

export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return new Response('POST requests to /oai must be application/x-www-form-urlencoded', { status: 415 })
  }
  const body = await request.text()
  if (body.length > 16 * 1024) return new Response('Request too large', { status: 413 })
  return respond(new URLSearchParams(body))
}
