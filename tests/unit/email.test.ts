import type { EmailAdapter, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { hubEmailAdapter } from '../../src/workflow/email'
import { startSmtpServer, waitForMail } from '../support/smtp'

/**
 * The mail adapter alone: through Payload's nodemailer adapter to a real SMTP server when an
 * SMTP URL is set, to the log (and nowhere else) without one.
 */

type Logged = Record<string, unknown>
const fakePayload = (logged: Logged[]) => ({ logger: { info: (entry: Logged) => void logged.push(entry) } }) as unknown as Payload
const start = async (adapter: EmailAdapter | Promise<EmailAdapter>, payload: Payload) => (await adapter)({ payload })

let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
})

afterAll(async () => {
  await smtp?.stop()
})

describe('with SMTP_URL', () => {
  test('mail goes out through the SMTP server, from the configured address with the hub’s name; nothing is logged', async () => {
    const logged: Logged[] = []
    const email = await start(hubEmailAdapter({ smtpUrl: smtp.url, from: 'hub@example.org' }), fakePayload(logged))
    expect(email).toMatchObject({ name: 'nodemailer', defaultFromAddress: 'hub@example.org', defaultFromName: 'Inclusion Practice Hub' })
    await email.sendEmail({ to: 'team@example.net', subject: 'A question from the portal', text: 'Bonjour, une question.' })
    const [mail] = await waitForMail(smtp.messages, (m) => m.to.includes('team@example.net'))
    expect(mail!.from).toBe('hub@example.org')
    expect(mail!.raw).toMatch(/^From: Inclusion Practice Hub <hub@example\.org>/im)
    expect(mail!.subject).toBe('A question from the portal')
    expect(mail!.text).toContain('Bonjour, une question.')
    expect(logged).toEqual([])
  })

  test('a mail server that is down fails the send (the caller decides what to tell)', async () => {
    const email = await start(hubEmailAdapter({ smtpUrl: 'smtp://127.0.0.1:9' }), fakePayload([]))
    await expect(email.sendEmail({ to: 'team@example.net', subject: 'Lost', text: 'Never sent' })).rejects.toThrow(/ECONNREFUSED/)
  })
})

describe('without SMTP_URL', () => {
  test('each mail is written to the log with its recipients, subject and text, and no connection is made', async () => {
    const logged: Logged[] = []
    const received = smtp.messages.length
    const email = await start(hubEmailAdapter({}), fakePayload(logged))
    expect(email).toMatchObject({ name: 'log', defaultFromAddress: 'noreply@inclusion-practice-hub.local' })
    await email.sendEmail({
      to: ['editor@example.org'],
      subject: 'Review requested',
      text: 'http://localhost:3000/admin/collections/lessons/1',
    })
    expect(logged).toEqual([
      {
        msg: 'E-mail (not sent: no SMTP_URL set)',
        to: ['editor@example.org'],
        subject: 'Review requested',
        text: 'http://localhost:3000/admin/collections/lessons/1',
      },
    ])
    expect(smtp.messages.length).toBe(received)
  })
})
