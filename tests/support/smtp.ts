import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server in the test process, on a free port: tests point SMTP_URL at it and read the
 * messages it received (envelope recipients, subject, body text with quoted-printable undone).
 */

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; raw: string }

// Escaped bytes are UTF-8: runs of them are decoded together, so "=C3=A9" becomes "é".
const decodeQuotedPrintable = (text: string) =>
  text.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replaceAll('=', ''), 'hex').toString('utf8'))

// A header's MIME encoded-words (RFC 2047: "=?UTF-8?Q?Relecture_demand=C3=A9e?="), adjacent ones joined first.
const decodeHeader = (value: string) =>
  value
    .replace(/\?=\s+=\?UTF-8\?([QB])\?/gi, '')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replaceAll('_', ' ')),
    )

const decodeBody = (head: string, body: string) =>
  /^Content-Transfer-Encoding: base64/im.test(head)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : decodeQuotedPrintable(body)

export async function startSmtpServer(
  options: { rejects?: (address: string) => boolean; onMessage?: (mail: ReceivedMail) => void } = {},
): Promise<{ url: string; messages: ReceivedMail[]; stop: () => Promise<void>; clear: () => void }> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A recipient the server refuses (550), as a mailbox that does not exist would be.
    onRcptTo(address, _session, callback) {
      if (options.rejects?.(address.address)) return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const [head = '', ...body] = raw.split(/\r?\n\r?\n/)
        const subject = decodeHeader(/^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '')
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject,
          text: decodeBody(head, body.join('\n\n')),
          raw,
        }
        messages.push(mail)
        options.onMessage?.(mail)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    clear: () => void messages.splice(0),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Waits until `count` messages matching `match` arrived (mail goes out after the transition). */
export async function waitForMail(
  messages: ReceivedMail[],
  match: (mail: ReceivedMail) => boolean,
  count = 1,
  timeoutMs = 5000,
): Promise<ReceivedMail[]> {
  const started = Date.now()
  for (;;) {
    const found = messages.filter(match)
    if (found.length >= count) return found
    if (Date.now() - started > timeoutMs)
      throw new Error(`expected ${count} mail(s), got ${found.length}: ${JSON.stringify(messages.map((m) => [m.to, m.subject]))}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
