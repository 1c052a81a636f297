/**
 * The "Ask the pilot team" form (AskTeamForm). Without this script it is a plain POST to the relay
 * endpoint, which answers with a page saying what happened. With it, the form posts JSON, says what
 * happened in its live region, marks the fields the server named (in the page's words, which the
 * form carries in `data-messages`), and keeps what was typed unless the message went out.
 */
type Field = 'name' | 'email' | 'message'
type Messages = { sending: string; status: Record<string, string>; fieldErrors: Record<Field, string> }

export function enhanceAskForm(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages
  const status = form.querySelector<HTMLElement>('[role="status"]')
  const fieldset = form.querySelector('fieldset')
  if (!status || !messages.status) return

  const say = (text: string, tone: 'neutral' | 'success' | 'error') => {
    status.textContent = text
    status.className = tone === 'success' ? 'notice notice-success' : tone === 'error' ? 'notice notice-error' : 'notice'
  }

  const clearErrors = () => {
    for (const error of form.querySelectorAll('.field-error')) error.remove()
    for (const input of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
      input.removeAttribute('aria-invalid')
      const kept = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'))
      if (kept.length) input.setAttribute('aria-describedby', kept.join(' '))
      else input.removeAttribute('aria-describedby')
    }
  }

  const markError = (field: Field) => {
    const input = form.elements.namedItem(field)
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) || !messages.fieldErrors[field]) return
    const error = document.createElement('span')
    error.className = 'field-error'
    error.id = `ask-${field}-error`
    error.textContent = messages.fieldErrors[field]
    // After the field's hint, if it has one.
    const hint = input.nextElementSibling?.classList.contains('field-hint') ? input.nextElementSibling : input
    hint.after(error)
    input.setAttribute('aria-invalid', 'true')
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '))
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(form))
    clearErrors()
    say(messages.sending, 'neutral')
    if (fieldset) fieldset.disabled = true
    let outcome = 'failed'
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      })
      const body = (await response.json().catch(() => ({}))) as { status?: string; errors?: { field: Field; message: string }[] }
      outcome = body.status && body.status in messages.status ? body.status : response.ok ? 'sent' : 'failed'
      for (const error of body.errors ?? []) markError(error.field)
    } catch {
      outcome = 'failed'
    } finally {
      if (fieldset) fieldset.disabled = false
    }
    say(messages.status[outcome] ?? messages.status.failed ?? '', outcome === 'sent' ? 'success' : 'error')
    if (outcome === 'sent') form.reset()
  })
}
