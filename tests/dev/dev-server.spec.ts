import { expect, test, type Page } from '@playwright/test'

import { E2E_ADMIN } from '../e2e/env'

/**
 * `npm run dev` opened at 127.0.0.1 while SERVER_URL names localhost (playwright.dev.config.ts):
 * Next's dev server refused its own scripts and hot reload to an origin it did not know, so the
 * admin stayed a blank page and the public search never hydrated; Payload refused the sign-in
 * from that origin (CSRF). Both are allowed in development only (next.config.ts, payload.config.ts).
 */

/** Every script, style or hot-reload request of Next's that the dev server refused. */
function refusedAssets(page: Page): string[] {
  const refused: string[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/') && response.status() >= 400) {
      refused.push(`${response.status()} ${response.url()}`)
    }
  })
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname.startsWith('/_next/')) refused.push(`failed ${request.url()} ${request.failure()?.errorText}`)
  })
  return refused
}

test('the dev server at 127.0.0.1: the admin signs in and the public search hydrates', async ({ page, baseURL }) => {
  expect(new URL(baseURL!).hostname).toBe('127.0.0.1')
  const refused = refusedAssets(page)

  // The login form is a client component: without its scripts the click submits nothing.
  await page.goto('/admin/login', { timeout: 600_000 })
  await page.locator('#field-email').fill(E2E_ADMIN.email)
  await page.locator('#field-password').fill(E2E_ADMIN.password)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin\/?$/)
  await expect(page.locator('[data-hub-admin="welcome"]')).toBeVisible()

  await page.goto('/en/search?q=microcredit', { timeout: 600_000 })
  await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1)

  expect(refused).toEqual([])
})
