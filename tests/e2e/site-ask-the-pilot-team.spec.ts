import { expect, test } from '@playwright/test'

import { adminToken, PILOT, pilotId, seriousViolations } from './site-helpers'

/** A visitor asks a pilot team a question through the relay, with and without JavaScript. */

test.describe('ask the pilot team', () => {
  // A relay address goes live like any change to a published pilot: a revision, a review, and
  // another editor's approval.
  test.beforeAll(async ({ request }) => {
    const admin = await adminToken(request)
    const auth = (token: string) => ({ Authorization: `JWT ${token}` })
    const id = await pilotId(request, PILOT)
    const current = await (await request.get(`/api/pilots/${id}?depth=0&draft=true`, { headers: auth(admin) })).json()
    if (current.contactEmail) return
    for (const step of [
      () => request.post(`/api/pilots/${id}/workflow/startRevision`, { headers: auth(admin), data: {} }),
      () => request.patch(`/api/pilots/${id}?draft=true`, { headers: auth(admin), data: { contactEmail: 'microstart-team@example.org' } }),
      () => request.post(`/api/pilots/${id}/workflow/submitForReview`, { headers: auth(admin), data: {} }),
    ]) {
      const response = await step()
      expect(response.status(), await response.text()).toBeLessThan(300)
    }
    const editor = { email: `e2e-editor-${Date.now()}@example.org`, password: 'e2e-editor-password-0123' }
    const made = await request.post('/api/users', { headers: auth(admin), data: { ...editor, name: 'E2E editor', role: 'editor' } })
    expect(made.status(), await made.text()).toBeLessThan(300)
    const login = await request.post('/api/users/login', { data: editor })
    const published = await request.post(`/api/pilots/${id}/workflow/publish`, { headers: auth((await login.json()).token), data: {} })
    expect(published.status(), await published.text()).toBe(200)
  })

  test('with JavaScript: the question is sent in place, and the address never appears', async ({ page }) => {
    await page.goto(`/en/pilots/${PILOT}`)
    const form = page.locator('form.ask-form')
    await form.getByLabel('Your name').fill('E2E visitor')
    // The server's refusal, past the browser's own checks: the field is marked, in the page's words.
    await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true))
    await form.getByLabel('Your e-mail address (for the answer)').fill('not-an-address@')
    await form.getByLabel('Your question').fill('Short')
    await form.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('status')).toContainText('The message was not sent')
    await expect(form.getByLabel('Your e-mail address (for the answer)')).toHaveAttribute('aria-invalid', 'true')
    await expect(form).toContainText('Please give a valid e-mail address')
    await expect(form.getByLabel('Your name')).toHaveValue('E2E visitor')
    await form.getByLabel('Your e-mail address (for the answer)').fill('visitor@example.net')
    await form.getByLabel('Your question').fill('Which partners helped you reach first-time entrepreneurs?')
    await form.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('status')).toContainText('your message was passed on')
    await expect(page).toHaveURL(new RegExp(`/en/pilots/${PILOT}$`))
    expect(await page.content()).not.toContain('microstart-team@example.org')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('without JavaScript: a plain post lands on the outcome page, in French', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/fr/pilots/${PILOT}`)
    const form = page.locator('form.ask-form')
    await form.getByLabel('Votre nom').fill('Visiteur E2E')
    await form.getByLabel('Votre adresse électronique (pour la réponse)').fill('visiteur@example.net')
    await form.getByLabel('Votre question').fill('Comment avez-vous trouvé vos partenaires ?')
    await form.getByRole('button', { name: 'Envoyer' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/pilots/${PILOT}/contact\\?status=sent$`))
    await expect(page.getByRole('status')).toContainText('votre message a été transmis')
    await context.close()
  })
})
