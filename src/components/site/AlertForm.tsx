'use client'

import { useState, type FormEvent } from 'react'

import type { AlertLabels } from './alert-labels'

type Status = keyof AlertLabels['status']
type Field = 'email' | 'frequency'

/**
 * "Get e-mail alerts for this search". Without JavaScript it is a plain POST to /api/alerts,
 * which answers with a page that says what happened. With JavaScript it posts JSON and says what
 * happened in a live region, marking the field the server named. The saved search is the search
 * page's own query string, sent as it is; the server checks it with the search page's parser.
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
  const [status, setStatus] = useState<Status | 'sending' | null>(initialStatus ?? null)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const id = (name: string) => `${idPrefix}-${name}`

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const target = event.currentTarget
    const data = Object.fromEntries(new FormData(target))
    setStatus('sending')
    setErrors({})
    try {
      const response = await fetch('/api/alerts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      })
      const body = (await response.json().catch(() => ({}))) as { status?: Status; errors?: { field: string; message: string }[] }
      const next: Status = body.status && body.status in labels.status ? body.status : response.ok ? 'pending' : 'failed'
      setErrors(
        Object.fromEntries(
          (body.errors ?? [])
            .filter((error): error is { field: Field; message: string } => error.field in labels.fieldErrors)
            .map((error) => [error.field, labels.fieldErrors[error.field]]),
        ),
      )
      setStatus(next)
      if (next === 'pending') target.reset()
    } catch {
      setStatus('failed')
    }
  }

  const describedBy = (field: Field) => (errors[field] ? id(`${field}-error`) : undefined)
  const tone = status === 'pending' ? 'notice notice-success' : status && status !== 'sending' ? 'notice notice-error' : 'notice'

  return (
    <form className="alert-form" method="post" action="/api/alerts" onSubmit={submit} data-testid="alert-form">
      <p role="status" aria-live="polite" className={status ? tone : 'visually-hidden'} id={id('status')}>
        {status === 'sending' ? labels.sending : status ? labels.status[status] : ''}
      </p>
      <fieldset disabled={status === 'sending'} className="alert-fields">
        <legend className="visually-hidden">{labels.heading}</legend>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="search" value={search} />
        <div className="alert-email">
          <label htmlFor={id('email')}>{labels.email}</label>
          <input
            id={id('email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email')}
          />
          {errors.email ? (
            <span className="field-error" id={id('email-error')}>
              {errors.email}
            </span>
          ) : null}
        </div>
        <fieldset className="alert-frequency" aria-describedby={describedBy('frequency')}>
          <legend>{labels.frequency}</legend>
          {(['daily', 'weekly'] as const).map((frequency) => (
            <span key={frequency} className="choice">
              <input type="radio" id={id(frequency)} name="frequency" value={frequency} defaultChecked={frequency === 'weekly'} required />
              <label htmlFor={id(frequency)}>{labels.frequencies[frequency]}</label>
            </span>
          ))}
          {errors.frequency ? (
            <span className="field-error" id={id('frequency-error')}>
              {errors.frequency}
            </span>
          ) : null}
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
