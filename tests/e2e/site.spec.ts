import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { E2E_ADMIN } from './env'

/** Seeded records (src/seed/content): stable slugs. */
const PILOT = 'microstart-project'
const PRACTICE = 'access-to-microcredit-for-migrant-entrepreneurs'
const SAMPLE_PRACTICE = 'business-plan-review-before-a-microcredit-application'
const LESSON = 'community-organisations-helped-reach-first-time-entrepreneurs'

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).token as string
}

async function pilotId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/pilots?where[slug][equals]=${slug}&depth=0&limit=1`)
  const body = await response.json()
  return body.docs[0].id as number
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
}

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

test.describe('search', () => {
  test('home -> search -> facet -> result', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('searchbox').first().fill('microcredit')
    await page.getByRole('button', { name: 'Search' }).first().click()
    await expect(page).toHaveURL(/\/en\/search\?q=microcredit/)
    const count = page.getByTestId('result-count')
    await expect(count).toContainText(/\d+ results? for “microcredit”/)
    await expect(page.locator('.hit mark').first()).toBeVisible()
    await page
      .locator('.facet', { hasText: 'Type' })
      .getByLabel(/^Practice/)
      .check()
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.locator('.chip', { hasText: 'Practice' })).toBeVisible()
    const badges = page.locator('.hit .badge-practice')
    await expect(badges.first()).toBeVisible()
    expect(await page.locator('.hit').count()).toBe(await badges.count())
    const first = page.locator('.hit h3 a').first()
    const title = (await first.innerText()).trim()
    await first.click()
    await expect(page.locator('h1')).toHaveText(title)
  })

  test('works without JavaScript: GET form, facets, chips and pages are links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search')
    await page.getByLabel('Search practices, lessons, pilots and documents').fill('coaching')
    await page
      .locator('.facet', { hasText: 'Country' })
      .getByLabel(/^Kingdom of Belgium|^Belgium/)
      .check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/q=coaching/)
    await expect(page).toHaveURL(/country=BE/)
    await expect(page.getByTestId('result-count')).toContainText('for “coaching”')
    await expect(page.locator('.hit').first()).toContainText(/Belgium/)
    await page.locator('.chip', { hasText: /Belgium/ }).click()
    await expect(page).not.toHaveURL(/country=BE/)
    await page.goto('/en/search?sort=title')
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.locator('.pagination a[aria-current="page"]')).toHaveText('2')
    await context.close()
  })

  test('the URL holds the whole state: round trip, back and forward', async ({ page }) => {
    await page.goto('/en/search')
    await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1)
    await page.getByLabel('Search practices, lessons, pilots and documents').fill('training')
    await expect(page).toHaveURL(/q=training/)
    await page
      .locator('.facet', { hasText: 'Type' })
      .getByLabel(/^Practice/)
      .check()
    await expect(page).toHaveURL(/type=practice/)
    await page.getByLabel('Sort by').selectOption('title')
    await expect(page).toHaveURL(/sort=title/)
    // The URL changes first; the results follow when the page has fetched them.
    await expect(page.locator('form[data-search-form]')).toHaveAttribute('aria-busy', 'false')
    const url = page.url()
    const titles = await page.locator('.hit h3').allInnerTexts()

    await page.goBack()
    await expect(page).not.toHaveURL(/sort=title/)
    await expect(page.getByLabel('Sort by')).toHaveValue('relevance')
    await page.goBack()
    await expect(page).not.toHaveURL(/type=practice/)
    await expect(page.locator('.facet', { hasText: 'Type' }).getByLabel(/^Practice/)).not.toBeChecked()
    await page.goForward()
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.locator('.facet', { hasText: 'Type' }).getByLabel(/^Practice/)).toBeChecked()

    // A shared link renders the same state in a new page.
    const other = await page.context().newPage()
    await other.goto(url)
    await expect(other.getByLabel('Search practices, lessons, pilots and documents')).toHaveValue('training')
    await expect(other.getByLabel('Sort by')).toHaveValue('title')
    expect(await other.locator('.hit h3').allInnerTexts()).toEqual(titles)
    await other.close()
  })

  test('what is typed before the script has run is not lost (a slow phone)', async ({ page }) => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/site\.js/, async (route) => {
      await held
      await route.continue()
    })
    // The deferred script holds DOMContentLoaded back: the page is used as soon as it is parsed.
    await page.goto('/en/search', { waitUntil: 'commit' })
    await page.getByLabel('Search practices, lessons, pilots and documents').fill('coaching')
    await page
      .locator('.facet', { hasText: 'Type' })
      .getByLabel(/^Practice/)
      .check()
    await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(0)
    release()
    await expect(page).toHaveURL(/q=coaching/)
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.getByTestId('result-count')).toContainText('for “coaching”')
    await expect(page.locator('.chip', { hasText: 'Practice' })).toBeVisible()
  })

  test('empty state with suggestions', async ({ page }) => {
    await page.goto('/fr/search?q=zzzqqqxxyy')
    await expect(page.getByTestId('result-count')).toContainText('0 résultat')
    await expect(page.locator('.empty-state')).toContainText('Suggestions')
  })

  test('CSV export of the current result list', async ({ page, request }) => {
    await page.goto('/en/search?q=microcredit&type=practice')
    const shown = await page.locator('.hit h3').allInnerTexts()
    const href = await page.getByTestId('export-csv').getAttribute('href')
    expect(href).toBe('/en/search/export.csv?q=microcredit&type=practice')
    const response = await request.get(href!)
    expect(response.headers()['content-type']).toContain('text/csv')
    const text = await response.text()
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('Type,Title,Summary,Pilots,Country,Themes,Year,Sample,Last updated,URL')
    for (const title of shown) expect(text).toContain(title.trim())
    expect(lines.slice(1).every((line) => line.startsWith('Practice,'))).toBe(true)
  })

  test('list pages are the search filtered by type', async ({ page }) => {
    await page.goto('/en/lessons')
    await expect(page.locator('h1')).toHaveText('Lessons')
    await expect(page.locator('.hit').first()).toBeVisible()
    expect(await page.locator('.hit .badge-lesson').count()).toBe(await page.locator('.hit').count())
    await page.goto('/fr/pilots')
    await expect(page.locator('.hit')).toHaveCount(4)
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

test.describe('accessibility', () => {
  const pages = [
    '',
    '/search?q=microcredit&type=practice',
    '/search?q=zzzqqq',
    '/pilots',
    `/pilots/${PILOT}`,
    '/practices',
    `/practices/${PRACTICE}`,
    `/practices/${SAMPLE_PRACTICE}`,
    '/lessons',
    `/lessons/${LESSON}`,
    '/documents',
    '/no-such-page',
  ]
  for (const locale of ['en', 'fr']) {
    for (const path of pages) {
      test(`axe: /${locale}${path} has no serious or critical violation`, async ({ page }) => {
        await page.goto(`/${locale}${path}`)
        expect(await seriousViolations(page)).toEqual([])
      })
    }
  }

  test('keyboard only: home -> search -> facet -> result', async ({ page }) => {
    await page.goto('/en')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    const tabTo = async (predicate: () => boolean, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate(predicate)) return
      }
      throw new Error('focus never reached the element')
    }
    await tabTo(() => document.activeElement?.id === 'home-search')
    await page.keyboard.type('coaching')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/en\/search\?q=coaching/)
    await tabTo(
      () =>
        (document.activeElement as HTMLInputElement | null)?.name === 'type' &&
        (document.activeElement as HTMLInputElement).value === 'practice',
    )
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.locator('.chip', { hasText: 'Practice' })).toBeVisible()
    await tabTo(() => Boolean(document.activeElement?.closest('.hit h3')))
    const title = await page.evaluate(() => document.activeElement?.textContent ?? '')
    await page.keyboard.press('Enter')
    await expect(page.locator('h1')).toHaveText(title)
  })
})

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

test.describe('did you mean', () => {
  test('a search that finds nothing offers a correction that finds something, as a plain link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search?q=zzyzx+microcredit&type=practice')
    await expect(page.getByTestId('result-count')).toContainText('0 result')
    const offer = page.getByTestId('did-you-mean').getByRole('link', { name: 'microcredit', exact: true })
    await expect(offer).toBeVisible()
    await offer.click()
    await expect(page).toHaveURL(/[?&]q=microcredit(&|$)/)
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.locator('.hit').first()).toBeVisible()
    await context.close()
  })
})
