import type { AlertLabels } from './alert-labels'

type Status = keyof AlertLabels['status']

/**
 * "Get e-mail alerts for this search", rendered on the server. Without JavaScript it is a plain
 * POST to /api/alerts, which answers with a page that says what happened. The site's script
 * (browser/json-form.ts) then posts JSON instead and says what happened in the status line,
 * marking the field the server named: the words it shows travel with the form, in
 * `data-messages`. The saved search is the search page's own query string, sent as it is; the
 * server checks it with the search page's parser.
 */
export function AlertForm({
  locale,
  search,
  labels,
  initialStatus,
  idPrefix = 'alert',
}: {
  locale: string
  search: string
  labels: AlertLabels
  initialStatus?: Status
  idPrefix?: string
}) {
  const id = (name: string) => `${idPrefix}-${name}`
  const messages = { sending: labels.sending, status: labels.status, fieldErrors: labels.fieldErrors, success: 'pending', idPrefix }
  const tone = initialStatus === 'pending' ? 'notice notice-success' : initialStatus ? 'notice notice-error' : 'visually-hidden'

  return (
    <form className="alert-form" method="post" action="/api/alerts" data-testid="alert-form" data-messages={JSON.stringify(messages)}>
      <p role="status" aria-live="polite" className={tone} id={id('status')}>
        {initialStatus ? labels.status[initialStatus] : ''}
      </p>
      <fieldset className="alert-fields">
        <legend className="visually-hidden">{labels.heading}</legend>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="search" value={search} />
        <div className="alert-email">
          <label htmlFor={id('email')}>{labels.email}</label>
          <input id={id('email')} name="email" type="email" autoComplete="email" required maxLength={254} />
        </div>
        <fieldset className="alert-frequency" id={id('frequency')}>
          <legend>{labels.frequency}</legend>
          {(['daily', 'weekly'] as const).map((frequency) => (
            <span key={frequency} className="choice">
              <input type="radio" id={id(frequency)} name="frequency" value={frequency} defaultChecked={frequency === 'weekly'} required />
              <label htmlFor={id(frequency)}>{labels.frequencies[frequency]}</label>
            </span>
          ))}
        </fieldset>
        {/* Honeypot: hidden from people and from assistive technology; bots fill it in. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor={id('website')}>{labels.honeypot}</label>
          <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit">{labels.submit}</button>
      </fieldset>
    </form>
  )
}
