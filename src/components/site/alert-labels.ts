import type { Messages } from '@/i18n/messages'

/** The strings the alert form needs (only plain strings cross to the browser). */
export const alertLabels = (t: Messages) => ({
  heading: t.alerts.heading,
  intro: t.alerts.intro,
  email: t.alerts.email,
  frequency: t.alerts.frequency,
  frequencies: t.alerts.frequencies,
  submit: t.alerts.submit,
  honeypot: t.alerts.honeypot,
  sending: t.alerts.sending,
  status: t.alerts.status,
  fieldErrors: t.alerts.fieldErrors,
})
export type AlertLabels = ReturnType<typeof alertLabels>
