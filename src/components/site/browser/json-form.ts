/**
 * The site's forms that post to an endpoint answering in JSON too: "Ask the pilot team"
 * (AskTeamForm) and the e-mail alerts of a search (AlertForm). Without this script each is a plain
 * POST, which the endpoint answers with a page saying what happened. With it, the form posts JSON,
 * says what happened in its live region, marks the fields the server named (in the page's words,
 * which the form carries in `data-messages`), and keeps what was typed unless the request went
 * through.
 */
type Messages = {
  sending: string
  status: Record<string, string>
  fieldErrors: Record<string, string>
  /** The status that means it went through (the form is then emptied); `sent` unless named. */
  success?: string
  /** The prefix of the form's element ids; `ask` unless named. */
  idPrefix?: string
}

export function enhanceJsonForm(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages
  const status = form.querySelector<HTMLElement>('[role="status"]')
  const fieldset = form.querySelector('fieldset')
  if (!status || !messages.status) return
  const success = messages.success ?? 'sent'
  const prefix = messages.idPrefix ?? 'ask'

  const say = (text: string, tone: 'neutral' | 'success' | 'error') => {
    status.textContent = text
    status.className = tone === 'success' ? 'notice notice-success' : tone === 'error' ? 'notice notice-error' : 'notice'
  }

  const clearErrors = () => {
    for (const error of form.querySelectorAll('.field-error')) error.remove()
    for (const input of form.querySelectorAll<HTMLElement>('[aria-invalid], fieldset[aria-describedby]')) {
      input.removeAttribute('aria-invalid')
      const kept = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'))
      if (kept.length) input.setAttribute('aria-describedby', kept.join(' '))
      else input.removeAttribute('aria-describedby')
    }
  }

  const describe = (element: Element, errorId: string) =>
    element.setAttribute('aria-describedby', [element.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '))

  const markError = (field: string) => {
    const text = messages.fieldErrors[field]
    const input = form.elements.namedItem(field)
    if (!text || !input) return
    const error = document.createElement('span')
    error.className = 'field-error'
    error.id = `${prefix}-${field}-error`
    error.textContent = text
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
      // After the field's hint, if it has one.
      const hint = input.nextElementSibling?.classList.contains('field-hint') ? input.nextElementSibling : input
      hint.after(error)
      input.setAttribute('aria-invalid', 'true')
      describe(input, error.id)
    } else if (input instanceof RadioNodeList) {
      // A group of choices: the error closes its fieldset, which it describes.
      const group = (input[0] as Element | undefined)?.closest('fieldset')
      if (!group) return
      group.append(error)
      describe(group, error.id)
    }
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
      const body = (await response.json().catch(() => ({}))) as { status?: string; errors?: { field: string; message: string }[] }
      outcome = body.status && body.status in messages.status ? body.status : response.ok ? success : 'failed'
      for (const error of body.errors ?? []) markError(error.field)
    } catch {
      outcome = 'failed'
    } finally {
      if (fieldset) fieldset.disabled = false
    }
    say(messages.status[outcome] ?? messages.status.failed ?? '', outcome === success ? 'success' : 'error')
    if (outcome === success) form.reset()
  })
}
