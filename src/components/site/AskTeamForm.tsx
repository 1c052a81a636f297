'use client'

import { useRef, useState, type FormEvent } from 'react'

import { contactLimits as LIMITS } from '@/contact/limits'
import type { Messages } from '@/i18n/messages'

import type { AskLabels } from './ask-labels'

type Status = keyof Messages['askStatus']
type Labels = AskLabels
type Field = 'name' | 'email' | 'message'

/**
 * The "Ask the pilot team" form. Without JavaScript it is a plain POST to the relay endpoint,
 * which answers with a page saying what happened (the browser's own checks cover the fields).
 * With JavaScript it posts JSON, says what happened in a live region, marks the fields the
 * server named, and keeps what was typed unless the message went out.
 */
export function AskTeamForm({
  pilotId,
  locale,
  labels,
  initialStatus,
}: {
  pilotId: number
  locale: string
  labels: Labels
  initialStatus?: Status
}) {
  const [status, setStatus] = useState<Status | 'sending' | null>(initialStatus ?? null)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const form = useRef<HTMLFormElement>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(event.currentTarget))
    setStatus('sending')
    setErrors({})
    try {
      const response = await fetch(`/api/pilots/${pilotId}/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      })
      const body = (await response.json().catch(() => ({}))) as { status?: Status; errors?: { field: Field; message: string }[] }
      const next: Status = body.status && body.status in labels.askStatus ? body.status : response.ok ? 'sent' : 'failed'
      // The server names the fields; the words shown are the page's language.
      setErrors(
        Object.fromEntries(
          (body.errors ?? [])
            .filter((error) => error.field in labels.askFieldErrors)
            .map((error) => [error.field, labels.askFieldErrors[error.field]]),
        ),
      )
      setStatus(next)
      if (next === 'sent') form.current?.reset()
    } catch {
      setStatus('failed')
    }
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `ask-${field}-error` : null].filter(Boolean).join(' ') || undefined
  const fieldError = (field: Field) =>
    errors[field] ? (
      <span className="field-error" id={`ask-${field}-error`}>
        {errors[field]}
      </span>
    ) : null
  const tone = status === 'sent' ? 'notice notice-success' : status && status !== 'sending' ? 'notice notice-error' : 'notice'

  return (
    <form ref={form} className="ask-form" method="post" action={`/api/pilots/${pilotId}/contact`} onSubmit={submit} noValidate={false}>
      <p role="status" aria-live="polite" className={status ? tone : 'visually-hidden'} id="ask-status">
        {status === 'sending' ? labels.askSending : status ? labels.askStatus[status] : ''}
      </p>
      <fieldset disabled={status === 'sending'}>
        <legend className="visually-hidden">{labels.askTeam}</legend>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="ask-name">{labels.yourName}</label>
        <input
          id="ask-name"
          name="name"
          autoComplete="name"
          required
          maxLength={LIMITS.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
        <label htmlFor="ask-email">{labels.yourEmail}</label>
        <input
          id="ask-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={LIMITS.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
        />
        {fieldError('email')}
        <label htmlFor="ask-message">{labels.yourMessage}</label>
        <textarea
          id="ask-message"
          name="message"
          rows={6}
          required
          minLength={LIMITS.messageMin}
          maxLength={LIMITS.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', 'ask-hint')}
        />
        <span className="field-hint" id="ask-hint">
          {labels.askHint}
        </span>
        {fieldError('message')}
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
