import { expect, test } from '@playwright/test'

import { adminToken, PILOT, pilotId, PRACTICE } from './site-helpers'

/** A record written in one language only: its page and search hits in the other language say so and mark its text. */

test.describe('a record in one language only', () => {
  // A practice written in English only, published the usual way: submitted, then approved by an editor.
  const slug = `e2e-english-only-${Date.now()}`
  const title = 'Beekeeping cooperative for newcomers in rural valleys'

  test.beforeAll(async ({ request }) => {
    const admin = await adminToken(request)
    const auth = (token: string) => ({ Authorization: `JWT ${token}` })
    const created = await request.post('/api/practices?draft=true&locale=en', {
      headers: auth(admin),
      data: {
        title,
        slug,
        summary: 'Newcomers keep hives together and sell the honey at local markets.',
        pilots: [await pilotId(request, PILOT)],
        steps: [{ title: 'Train the first beekeepers', description: 'Two seasons with a mentor.' }],
        evidenceLevel: 'described',
        _status: 'draft',
      },
    })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const id = (await created.json()).doc.id as number
    const submitted = await request.post(`/api/practices/${id}/workflow/submitForReview`, { headers: auth(admin), data: {} })
    expect(submitted.status(), await submitted.text()).toBeLessThan(300)
    const editor = { email: `e2e-editor-lang-${Date.now()}@example.org`, password: 'e2e-editor-password-0123' }
    const made = await request.post('/api/users', { headers: auth(admin), data: { ...editor, name: 'E2E editor', role: 'editor' } })
    expect(made.status(), await made.text()).toBeLessThan(300)
    const login = await request.post('/api/users/login', { data: editor })
    const published = await request.post(`/api/practices/${id}/workflow/publish`, { headers: auth((await login.json()).token), data: {} })
    expect(published.status(), await published.text()).toBe(200)
  })

  test('its French page says so and marks the English text with lang="en"', async ({ page }) => {
    const response = await page.goto(`/fr/practices/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByTestId('untranslated-notice')).toHaveText(
      'Cette fiche n’a pas encore été traduite : son texte est affiché en anglais.',
    )
    await expect(page.locator('h1')).toHaveText(title)
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.lead')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.steps strong', { hasText: 'Train the first beekeepers' })).toHaveAttribute('lang', 'en')
    // The page's own words stay French and carry no lang of their own.
    await expect(page.locator('h2#problem')).not.toHaveAttribute('lang', /.*/)
    // Its English page is not marked at all.
    await page.goto(`/en/practices/${slug}`)
    await expect(page.getByTestId('untranslated-notice')).toHaveCount(0)
    await expect(page.locator('h1')).not.toHaveAttribute('lang', /.*/)
  })

  test('a seeded bilingual record shows no notice in either language', async ({ page }) => {
    for (const locale of ['en', 'fr']) {
      await page.goto(`/${locale}/practices/${PRACTICE}`)
      await expect(page.locator('h1')).toBeVisible()
      await expect(page.getByTestId('untranslated-notice')).toHaveCount(0)
      expect(await page.locator('article [lang]').count(), locale).toBe(0)
    }
  })

  test('French search finds it with an English badge, and its hit text is marked lang="en"', async ({ page }) => {
    await expect
      .poll(
        async () => {
          await page.goto(`/fr/search?q=${encodeURIComponent('beekeeping cooperative')}`)
          return page.locator('.hit', { hasText: title }).count()
        },
        { timeout: 30_000 },
      )
      .toBe(1)
    const hit = page.locator('.hit', { hasText: title })
    await expect(hit.getByTestId('hit-language')).toHaveText('Langue du texte\u00a0: anglais')
    await expect(hit.locator('h3')).toHaveAttribute('lang', 'en')
    // A French record's hit on the same site says French, with no lang of its own.
    await page.goto('/fr/search?q=microcr%C3%A9dit')
    const french = page.locator('.hit').first()
    await expect(french.getByTestId('hit-language')).toHaveText('Langue du texte\u00a0: français')
    await expect(french.locator('h3')).not.toHaveAttribute('lang', /.*/)
  })
})
