import type { Messages } from '@/i18n/messages'

/** The strings the "Ask the pilot team" form needs (only plain strings cross to the browser). */
export const askLabels = (t: Messages) => ({
  askTeam: t.askTeam,
  yourName: t.yourName,
  yourEmail: t.yourEmail,
  yourMessage: t.yourMessage,
  send: t.send,
  askHint: t.askHint,
  askHoneypot: t.askHoneypot,
  askSending: t.askSending,
  askStatus: t.askStatus,
  askFieldErrors: t.askFieldErrors,
})
export type AskLabels = ReturnType<typeof askLabels>
