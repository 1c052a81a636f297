import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Mail: with an SMTP URL (`SMTP_URL`, smtp:// or smtps://) through Payload's nodemailer adapter
 * (`@payloadcms/email-nodemailer`); without one (development) each mail is written to the log.
 *
 * The log branch is ours: without a transport the official adapter opens an ethereal.email test
 * account over the network and prints its credentials on the console, which neither works offline
 * nor keeps the log one JSON object per line. The transport is not verified at start
 * (`skipVerify`): every configuration build (each CLI task) would open an SMTP connection, and
 * the adapter reports a failed check on the console rather than through the logger. A mail that
 * cannot be sent fails where it is sent (logged by the workflow, 502 for the contact form).
 */
export function hubEmailAdapter(options: { smtpUrl?: string; from?: string; fromName?: string }): EmailAdapter | Promise<EmailAdapter> {
  const defaultFromAddress = options.from ?? 'noreply@inclusion-practice-hub.local'
  const defaultFromName = options.fromName ?? 'Inclusion Practice Hub'
  if (options.smtpUrl) {
    return nodemailerAdapter({
      defaultFromAddress,
      defaultFromName,
      transport: nodemailer.createTransport(options.smtpUrl),
      skipVerify: true,
    })
  }
  return ({ payload }) => ({
    name: 'log',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      payload.logger.info({ msg: 'E-mail (not sent: no SMTP_URL set)', to: message.to, subject: message.subject, text: message.text })
      return { logged: true }
    },
  })
}
