import { expect, test } from '@playwright/test'

import { adminToken, LESSON, PILOT, pilotId, PRACTICE, SAMPLE_PRACTICE } from './site-helpers'

/** A visitor reads the public pages in both languages (and never a draft), and finds them through the feeds, robots.txt and the sitemap. */

test.describe('pages', () => {
  test('home shows the figures, the map with its text alternative, the pilots and a search box', async ({ page }) => {
    await page.goto('/en')
    await expect(page.locator('h1')).toContainText('inclusion of migrants')
    await expect(page.getByRole('img', { name: /Map of Europe/ })).toBeVisible()
    const legend = page.locator('.map-legend li')
    await expect(legend).toHaveCount(4)
    await expect(legend.first()).toContainText(/Belgium|Finland|Italy|Netherlands/)
    await expect(page.getByTestId('pilot-list').locator('li')).toHaveCount(4)
    await expect(page.getByRole('searchbox').first()).toBeVisible()
    await expect(page.locator('link[hreflang="fr"]')).toHaveAttribute('href', /\/fr$/)
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Inclusion Practice Hub/)
  })

  test('pilot page: place, funding diagram, indicator charts with the Sample label, practices, ask form', async ({ page }) => {
    await page.goto(`/en/pilots/${PILOT}`)
    await expect(page.locator('h1')).toHaveText('MicroStart project')
    await expect(page.locator('.facts-panel')).toContainText('Brussels, Belgium')
    await expect(page.getByRole('img', { name: 'Who funds whom' })).toBeVisible()
    await expect(page.locator('.indicator-charts svg[role="img"]').first()).toHaveAttribute('aria-label', /Baseline .* Target .* Actual/)
    await expect(page.locator('.data-table .badge-sample').first()).toHaveText('Sample')
    await expect(page.locator('#practices ~ .cards li, section[aria-labelledby="practices"] .card').first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ask the pilot team' })).toBeVisible()
  })

  test('practice page follows the template and shows the evidence level with its meaning', async ({ page }) => {
    await page.goto(`/en/practices/${PRACTICE}`)
    for (const heading of [
      'Problem addressed',
      'How it works',
      'Resources',
      'Results',
      'Evidence level',
      'Conditions for transfer',
      'Delivery languages',
    ]) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
    }
    await expect(page.locator('#evidence ~ p, section[aria-labelledby="evidence"] p').first()).toContainText(/–/)
    await expect(page.getByRole('link', { name: 'MicroStart project' }).first()).toBeVisible()
  })

  test('sample content is labelled Sample / Exemple on its page, cards and search hits', async ({ page }) => {
    await page.goto(`/en/practices/${SAMPLE_PRACTICE}`)
    await expect(page.locator('.sample-notice')).toContainText('Sample')
    await page.goto(`/fr/practices/${SAMPLE_PRACTICE}`)
    await expect(page.locator('.sample-notice')).toContainText('Exemple')
    await page.goto('/en/search?q=business+plan')
    await expect(
      page
        .locator('.hit', { hasText: /business plan/i })
        .first()
        .locator('.badge-sample'),
    ).toHaveText('Sample')
    await page.goto(`/en/lessons/${LESSON}`)
    await expect(page.locator('.sample-notice')).toBeVisible()
    for (const heading of ['Context', 'What was expected', 'What happened', 'Why', 'Recommendation']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
    }
  })

  test('language switch keeps the page', async ({ page }) => {
    await page.goto(`/en/practices/${PRACTICE}`)
    await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Français' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/practices/${PRACTICE}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { name: 'Problème traité' })).toBeVisible()
    await page.goto('/fr/search?q=microcr%C3%A9dit&type=practice')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=microcr%C3%A9dit&type=practice$/)
  })

  test('404 in both languages, for unknown paths and unknown records', async ({ page }) => {
    for (const [path, title] of [
      ['/en/no-such-page', 'Page not found'],
      ['/fr/no-such-page', 'Page introuvable'],
      ['/en/practices/no-such-practice', 'Page not found'],
      ['/fr/pilots/no-such-pilot', 'Page introuvable'],
    ] as const) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('h1')).toHaveText(title)
    }
  })

  test('a draft answers 404 on the site, and stays out of search, sitemap and feed', async ({ page, request }) => {
    const token = await adminToken(request)
    const slug = `e2e-draft-practice-${Date.now()}`
    const created = await request.post('/api/practices?draft=true', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title: 'E2E draft practice never public',
        slug,
        summary: 'A draft.',
        pilots: [await pilotId(request, PILOT)],
        evidenceLevel: 'described',
        _status: 'draft',
      },
    })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const response = await page.goto(`/en/practices/${slug}`)
    expect(response?.status()).toBe(404)
    await page.goto('/en/search?q=E2E+draft+practice')
    await expect(page.locator('.hit', { hasText: 'E2E draft practice' })).toHaveCount(0)
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain(`/en/practices/${PRACTICE}`)
    expect(sitemap).not.toContain(slug)
    expect(await (await request.get('/en/feed.xml')).text()).not.toContain(slug)
  })
})

test.describe('feeds and discovery', () => {
  for (const locale of ['en', 'fr']) {
    test(`the ${locale} Atom feed is well-formed and lists published practices and lessons`, async ({ page, request }) => {
      const response = await request.get(`/${locale}/feed.xml`)
      expect(response.headers()['content-type']).toContain('application/atom+xml')
      const xml = await response.text()
      await page.goto(`/${locale}`)
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml')
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          entries: [...doc.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('link')[0]?.getAttribute('href') ?? ''),
        }
      }, xml)
      expect(parsed.error).toBe(false)
      expect(parsed.root).toBe('feed')
      expect(parsed.ns).toBe('http://www.w3.org/2005/Atom')
      expect(parsed.entries.length).toBeGreaterThan(0)
      expect(parsed.entries.every((href) => new RegExp(`/${locale}/(practices|lessons)/`).test(href))).toBe(true)
    })
  }

  test('robots.txt and sitemap with alternates', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('hreflang="fr"')
    expect(sitemap).toContain(`/fr/pilots/${PILOT}`)
  })
})
