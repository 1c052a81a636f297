import { z } from 'zod'
import type { Payload } from 'payload'

import { locales, type Locale } from '../core/locale'
import { contactLimits } from './limits'

/**
 * "Ask the pilot team": a visitor's question is relayed by e-mail to the pilot's contact address,
 * which never leaves the server. The visitor's own address goes into Reply-To, so the team answers
 * directly. Bots are turned away by a honeypot field and rate limits (see the endpoint).
 */

/** The honeypot: a field people never see and never fill; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = 'website'

export const contactMessageSchema = z.object({
  name: z
    .string({ error: 'name: required' })
    .trim()
    .min(1, 'name: required')
    .max(contactLimits.name, `name: at most ${contactLimits.name} characters`)
    // The name goes into the mail's Reply-To header: a line break there could add headers.
    .refine((name) => !/[\r\n\u2028\u2029]/.test(name), 'name: must be on one line (no line breaks)'),
  email: z
    .string({ error: 'email: required' })
    .trim()
    .max(contactLimits.email, `email: at most ${contactLimits.email} characters`)
    .pipe(z.email('email: not a valid e-mail address')),
  message: z
    .string({ error: 'message: required' })
    .trim()
    .min(contactLimits.messageMin, `message: at least ${contactLimits.messageMin} characters`)
    .max(contactLimits.message, `message: at most ${contactLimits.message} characters`),
  locale: z.enum(locales).catch('en'),
  [HONEYPOT_FIELD]: z.string().optional(),
})
export type ContactMessage = z.infer<typeof contactMessageSchema>

export type FieldError = { field: 'name' | 'email' | 'message'; message: string }

/** Parses a submitted form or JSON body; errors name the field. */
export function parseContactMessage(input: unknown): { ok: true; value: ContactMessage } | { ok: false; errors: FieldError[] } {
  const parsed = contactMessageSchema.safeParse(input && typeof input === 'object' ? input : {})
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors = parsed.error.issues.map((issue) => ({
    field: String(issue.path[0]) as FieldError['field'],
    message: issue.message,
  }))
  return { ok: false, errors }
}

export type ContactTarget = { id: number; slug: string; name: string; address: string | null }

/** The published pilot and its relay address (read past access control: the address is never public). */
export async function contactTarget(payload: Payload, pilotId: string): Promise<ContactTarget | null> {
  if (!/^\d{1,12}$/.test(pilotId)) return null
  const { docs } = await payload.find({
    collection: 'pilots',
    where: { id: { equals: Number(pilotId) } },
    overrideAccess: false,
    user: null,
    draft: false,
    depth: 0,
    limit: 1,
    select: { slug: true, name: true },
  })
  const pilot = docs[0]
  if (!pilot) return null
  const withAddress = await payload.findByID({
    collection: 'pilots',
    id: pilot.id,
    overrideAccess: true,
    draft: false,
    depth: 0,
    select: { contactEmail: true },
  })
  return { id: Number(pilot.id), slug: String(pilot.slug), name: String(pilot.name), address: withAddress.contactEmail || null }
}

const languageName: Record<Locale, string> = { en: 'English', fr: 'French / français' }

/** Sends the question to the team. Plain text only: nothing the visitor typed is rendered as markup. */
export async function relayToTeam(
  payload: Payload,
  target: ContactTarget & { address: string },
  message: ContactMessage,
  serverUrl: string,
) {
  const page = `${serverUrl}/${message.locale}/pilots/${target.slug}`
  await payload.sendEmail({
    to: target.address,
    replyTo: { name: message.name, address: message.email },
    subject: `Question about ${target.name} from the Inclusion Practice Hub`,
    text: [
      `${message.name} <${message.email}> sent this question through the page of ${target.name} (${page}).`,
      `They wrote in the ${languageName[message.locale]} version of the site. Reply to this e-mail to answer them directly.`,
      '',
      '-----',
      message.message,
      '-----',
      '',
      'The Inclusion Practice Hub relays these questions and does not show your address to visitors.',
    ].join('\n'),
  })
}
