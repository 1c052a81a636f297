import { expect, test } from '@playwright/test'

import { LESSON, PILOT, PRACTICE } from './site-helpers'

/** The content security policy and security headers of the public pages: only the site's scripts run. */

test.describe('content security policy', () => {
  const pageTypes = [
    '',
    '/search?q=microcredit&type=practice',
    `/pilots/${PILOT}`,
    `/practices/${PRACTICE}`,
    `/lessons/${LESSON}`,
    '/documents',
    '/no-such-page',
  ]

  test('every public page: scripts from the site only, no inline script, and it runs with no violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    for (const locale of ['en', 'fr']) {
      for (const path of pageTypes) {
        const response = await page.goto(`/${locale}${path}`)
        const policy = (await response!.allHeaders())['content-security-policy'] ?? ''
        expect(policy, `/${locale}${path}`).toMatch(/(^|; )script-src 'self'(;|$)/)
        expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
        expect(policy).toContain("frame-ancestors 'none'")
        expect(policy).toContain("object-src 'none'")
        const inline = await page
          .locator('script:not([src])')
          .evaluateAll((scripts) =>
            scripts
              .filter((script) => (script as HTMLScriptElement).type !== 'application/ld+json')
              .map((script) => script.outerHTML.slice(0, 80)),
          )
        expect(inline, `/${locale}${path}`).toEqual([])
      }
    }
    // The site's script ran under the policy: the search form is enhanced.
    await page.goto('/en/search?q=microcredit')
    await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1)
    expect(violations).toEqual([])
  })

  test('an inline script that reaches a page does not run', async ({ page }) => {
    const ran: string[] = []
    await page.exposeFunction('__csp', (what: string) => ran.push(what))
    await page.goto(`/en/practices/${PRACTICE}`)
    // As if stored markup had slipped through: the policy of this response stops it.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__csp("inline script")'
      document.body.append(script)
      const img = document.createElement('img')
      img.setAttribute('onerror', 'window.__csp("event handler")')
      img.src = 'data:,'
      document.body.append(img)
    })
    await page.waitForTimeout(300)
    expect(ran).toEqual([])
  })

  test('security headers on public pages', async ({ request }) => {
    const headers = (await request.get('/en')).headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('DENY')
    // Over plain HTTP: no HSTS (see delivery.spec.ts for HTTPS).
    expect(headers['strict-transport-security']).toBeUndefined()
  })
})
