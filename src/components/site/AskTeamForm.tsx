import { contactLimits as LIMITS } from '@/contact/limits'
import type { Messages } from '@/i18n/messages'

import type { AskLabels } from './ask-labels'

type Status = keyof Messages['askStatus']

/**
 * The "Ask the pilot team" form, rendered on the server. Without JavaScript it is a plain POST to
 * the relay endpoint, which answers with a page saying what happened (the browser's own checks
 * cover the fields). The site's script (browser/json-form.ts) then posts JSON instead, says what happened
 * in the status line, marks the fields the server named and keeps what was typed unless the
 * message went out: the words it shows travel with the form, in `data-messages`.
 */
export function AskTeamForm({
  pilotId,
  locale,
  labels,
  initialStatus,
}: {
  pilotId: number
  locale: string
  labels: AskLabels
  initialStatus?: Status
}) {
  const messages = { sending: labels.askSending, status: labels.askStatus, fieldErrors: labels.askFieldErrors }
  const tone = initialStatus === 'sent' ? 'notice notice-success' : initialStatus ? 'notice notice-error' : 'visually-hidden'
  return (
    <form className="ask-form" method="post" action={`/api/pilots/${pilotId}/contact`} data-messages={JSON.stringify(messages)}>
      <p role="status" aria-live="polite" className={tone} id="ask-status">
        {initialStatus ? labels.askStatus[initialStatus] : ''}
      </p>
      <fieldset>
        <legend className="visually-hidden">{labels.askTeam}</legend>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="ask-name">{labels.yourName}</label>
        <input id="ask-name" name="name" autoComplete="name" required maxLength={LIMITS.name} />
        <label htmlFor="ask-email">{labels.yourEmail}</label>
        <input id="ask-email" name="email" type="email" autoComplete="email" required maxLength={LIMITS.email} />
        <label htmlFor="ask-message">{labels.yourMessage}</label>
        <textarea
          id="ask-message"
          name="message"
          rows={6}
          required
          minLength={LIMITS.messageMin}
          maxLength={LIMITS.message}
          aria-describedby="ask-hint"
        />
        <span className="field-hint" id="ask-hint">
          {labels.askHint}
        </span>
        {/* Honeypot: hidden from people and from assistive technology; bots fill it in. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor="ask-website">{labels.askHoneypot}</label>
          <input id="ask-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit">{labels.send}</button>
      </fieldset>
    </form>
  )
}
