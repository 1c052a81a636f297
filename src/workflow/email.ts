import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Payload's e-mail adapter over nodemailer (there is no @payloadcms/email-nodemailer release for
 * this Payload version). With an SMTP URL (`SMTP_URL`, smtp:// or smtps://) mail goes out through
 * it; without one (development) each mail is written to the log instead.
 */
export function hubEmailAdapter(options: { smtpUrl?: string; from?: string; fromName?: string }): EmailAdapter {
  const fromAddress = options.from ?? 'noreply@inclusion-practice-hub.local'
  const fromName = options.fromName ?? 'Inclusion Practice Hub'
  return ({ payload }) => {
    const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null
    return {
      name: transport ? 'smtp' : 'log',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const mail = { ...message, from: message.from ?? { name: fromName, address: fromAddress } }
        if (!transport) {
          payload.logger.info({ msg: 'E-mail (not sent: no SMTP_URL set)', to: mail.to, subject: mail.subject, text: mail.text })
          return { logged: true }
        }
        return transport.sendMail(mail)
      },
    }
  }
}
