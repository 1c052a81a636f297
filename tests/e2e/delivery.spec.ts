import { expect, test, type Page } from '@playwright/test'

/**
 * How the public pages are delivered: plain server-rendered HTML with the site's one script, the
 * 404 page, the headers, what crawlers get, and the layout on a phone.
 */

const PILOT = 'microstart-project'
const PRACTICE = 'access-to-microcredit-for-migrant-entrepreneurs'

test.describe('plain HTML, one small script', () => {
  test('public pages load no framework script, no inline script and no flight data; the policy allows the site’s own scripts only', async ({
    page,
  }) => {
    for (const path of ['/en', '/fr/search?q=microcr%C3%A9dit', `/en/pilots/${PILOT}`, `/en/practices/${PRACTICE}`, '/en/lessons']) {
      const response = await page.goto(path)
      const html = await response!.text()
      expect(html, path).not.toContain('__next_f')
      expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//)
      const scripts = await page
        .locator('script')
        .evaluateAll((elements) => elements.map((script) => ({ src: script.getAttribute('src'), type: script.getAttribute('type') })))
      expect(
        scripts.filter((script) => script.type !== 'application/ld+json'),
        path,
      ).toEqual([{ src: expect.stringMatching(/^\/site\.js\?v=[\w-]{12}$/), type: null }])
      expect(response!.headers()['content-security-policy']).toMatch(/(^|; )script-src 'self'(;|$)/)
    }
  })

  test('the first visit fetches the page once (no client hint makes Chromium ask again)', async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto('/en')
    await page.goto(`/en/practices/${PRACTICE}`)
    expect(documents.map((url) => new URL(url).pathname)).toEqual(['/en', `/en/practices/${PRACTICE}`])
    await context.close()
  })

  test('a cached page goes out byte for byte the same, with an ETag the browser can revalidate', async ({ request }) => {
    const first = await request.get(`/en/practices/${PRACTICE}`)
    const second = await request.get(`/en/practices/${PRACTICE}`)
    expect(second.headers().etag).toBe(first.headers().etag)
    expect(await second.text()).toBe(await first.text())
    const again = await request.get(`/en/practices/${PRACTICE}`, { headers: { 'If-None-Match': first.headers().etag! } })
    expect(again.status()).toBe(304)
  })

  test('the site’s script is cached for good under its versioned address', async ({ page, request }) => {
    await page.goto('/en')
    const src = await page.locator('script[src^="/site.js"]').getAttribute('src')
    const response = await request.get(src!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/javascript/)
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  })
})

test.describe('the 404 page', () => {
  const cases = [
    ['/en/no-such-page', 'en', 'Page not found'],
    ['/fr/no-such-page', 'fr', 'Page introuvable'],
    ['/en/practices/no-such-practice', 'en', 'Page not found'],
    ['/fr/pilots/no-such-pilot', 'fr', 'Page introuvable'],
    ['/de', 'en', 'Page not found'],
  ] as const

  test('is rendered on the server, in the language of the path, and needs no JavaScript', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const [path, lang, title] of cases) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('h1')).toHaveText(title)
      await expect(page).toHaveTitle(new RegExp(`^${title} · `))
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
      // A way on: the search form and the home page, in the same language.
      await expect(page.locator(`main form[action="/${lang}/search"] input[name="q"]`)).toBeVisible()
      await expect(page.locator(`main a[href="/${lang}"]`)).toBeVisible()
    }
    await context.close()
    // The status and the text are in the HTML itself.
    const html = await (await request.get('/fr/practices/no-such-practice')).text()
    expect(html).toContain('<h1 id="not-found-title">Page introuvable</h1>')
  })

  test('a path outside the two languages follows the reader’s preferred language', async ({ request }) => {
    const response = await request.get('/de/anything', { headers: { 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' } })
    expect(response.status()).toBe(404)
    expect(await response.text()).toContain('<html lang="fr">')
  })
})

test.describe('headers', () => {
  test('client hints on the admin only', async ({ request }) => {
    for (const path of ['/en', `/en/practices/${PRACTICE}`, '/en/search?q=coaching', '/api/health', '/robots.txt']) {
      const headers = (await request.get(path)).headers()
      expect(headers['critical-ch'], path).toBeUndefined()
      expect(headers['accept-ch'], path).toBeUndefined()
      expect(headers.vary ?? '', path).not.toMatch(/Sec-CH-Prefers-Color-Scheme/i)
    }
    const admin = (await request.get('/admin/login')).headers()
    expect(admin['accept-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
    expect(admin['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test('HSTS and the HTTPS upgrade only on responses that came over HTTPS', async ({ request }) => {
    const plain = (await request.get('/en')).headers()
    expect(plain['strict-transport-security']).toBeUndefined()
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests')
    const secure = (await request.get('/en', { headers: { 'X-Forwarded-Proto': 'https' } })).headers()
    expect(secure['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    expect(secure['content-security-policy']).toContain('upgrade-insecure-requests')
    expect(
      (await request.get('/api/health', { headers: { 'X-Forwarded-Proto': 'https' } })).headers()['strict-transport-security'],
    ).toMatch(/max-age=/)
  })
})

test.describe('crawlers', () => {
  const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href')

  test('list pages are canonical to themselves, page number included, and answer 404 beyond the last page', async ({ page, baseURL }) => {
    await page.goto('/en/practices')
    expect(await canonicalOf(page)).toBe(`${baseURL}/en/practices`)
    expect(await page.locator('meta[name="robots"]').count()).toBe(0)
    const last = Number(await page.locator('.pagination a[aria-label^="Page"]').last().innerText())
    expect(last).toBeGreaterThan(1)

    const second = await page.goto('/en/practices?page=2')
    expect(second?.status()).toBe(200)
    expect(await canonicalOf(page)).toBe(`${baseURL}/en/practices?page=2`)
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', `${baseURL}/fr/practices?page=2`)

    expect((await page.goto(`/en/practices?page=${last + 1}`))?.status()).toBe(404)
    expect((await page.goto('/fr/search?q=microcr%C3%A9dit&page=999'))?.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText('Page introuvable')

    // A filtered or sorted list is a search: canonical to itself, and not to be indexed.
    await page.goto('/en/practices?country=BE&sort=title')
    expect(await canonicalOf(page)).toBe(`${baseURL}/en/practices?country=BE&sort=title`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  /** Google's reading of robots.txt: the longest matching rule wins, Allow on a tie. */
  function allowedByRobots(robots: string, path: string): boolean {
    let best: { length: number; allow: boolean } = { length: -1, allow: true }
    for (const line of robots.split('\n')) {
      const match = /^(Allow|Disallow):\s*(\S*)/i.exec(line.trim())
      if (!match || !match[2] || !path.startsWith(match[2])) continue
      const allow = match[1]!.toLowerCase() === 'allow'
      if (match[2].length > best.length || (match[2].length === best.length && allow)) best = { length: match[2].length, allow }
    }
    return best.allow
  }

  test('robots.txt lets crawlers fetch the published files and points at the sitemap on the public address; the favicon answers', async ({
    page,
    request,
    baseURL,
  }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
    await page.goto('/en/documents')
    const documentPage = await page.locator('.hit h3 a').first().getAttribute('href')
    await page.goto(documentPage!)
    const file = new URL((await page.locator('main a[href*="/api/documents/file/"]').first().getAttribute('href'))!, baseURL).pathname
    expect(allowedByRobots(robots, file), file).toBe(true)
    expect((await request.get(file)).status()).toBe(200)
    for (const path of ['/admin', '/api/users', '/api/search?q=x', '/en/search/export.csv?q=x'])
      expect(allowedByRobots(robots, path), path).toBe(false)
    expect(allowedByRobots(robots, `/en/practices/${PRACTICE}`)).toBe(true)

    const icon = await request.get('/favicon.ico')
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
    await page.goto('/fr')
    await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1)
    expect((await request.get((await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href'))!)).status()).toBe(200)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('search: the results come first, the filters open from one control, and the page does not scroll sideways', async ({ page }) => {
    await page.goto('/en/search?q=microcredit')
    const firstHit = page.locator('.hit').first()
    await expect(firstHit).toBeVisible()
    expect((await firstHit.boundingBox())!.y).toBeLessThan(844)
    const facets = page.locator('.facets')
    await expect(facets).toBeHidden()
    const toggle = page.getByRole('button', { name: 'Filters' })
    await expect(toggle).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    await toggle.click()
    await expect(facets).toBeVisible()
    await facets
      .locator('.facet', { hasText: 'Type' })
      .getByLabel(/^Practice/)
      .check()
    await expect(page).toHaveURL(/type=practice/)
    // The panel stays open while the results behind it follow each tick.
    await expect(facets).toBeVisible()
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeAttached()
    await page.getByRole('button', { name: /^Show \d+ results?$/ }).click()
    await expect(facets).toBeHidden()
    await expect(page.locator('.chip', { hasText: 'Practice' })).toBeVisible()
    expect(await page.locator('.hit .badge-practice').count()).toBe(await page.locator('.hit').count())
  })

  test('search without JavaScript: the same control opens the filters, and the form applies them', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true })
    const page = await context.newPage()
    await page.goto('/en/search?q=coaching')
    await expect(page.locator('.facets')).toBeHidden()
    await page.getByRole('button', { name: 'Filters' }).click()
    await page
      .locator('.facet', { hasText: 'Country' })
      .getByLabel(/Belgium/)
      .check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/country=BE/)
    await expect(page.locator('.hit').first()).toBeVisible()
    await context.close()
  })

  test('the indicator table scrolls sideways in its box instead of breaking its words', async ({ page }) => {
    await page.goto(`/en/pilots/${PILOT}`)
    const box = page.locator('.table-scroll')
    await box.scrollIntoViewIfNeeded()
    const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // Every header and number sits on one line.
    const lines = await page.locator('.data-table thead th, .data-table td.num').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange()
        range.selectNodeContents(cell)
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      }),
    )
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((count) => count === 1)).toBe(true)
    // The box can be reached and scrolled with the keyboard.
    await expect(box).toHaveAttribute('tabindex', '0')
  })
})
