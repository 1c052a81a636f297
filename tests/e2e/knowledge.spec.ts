import fs from 'node:fs'
import path from 'node:path'

import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test, type Page } from '@playwright/test'

import type { ReceivedMail } from '../support/smtp'
import { E2E_MAILBOX } from './env'
import { seriousViolations } from './site-helpers'

/**
 * Open knowledge in the browser: the alert form of a search with and without JavaScript, the feed
 * of a search, the collection in figures (each bar's number equals what its search finds), pilots
 * side by side, structured data under the CSP, OAI-PMH on the real server; axe on every new page.
 */

const PRACTICE = 'access-to-microcredit-for-migrant-entrepreneurs'

/** The mail the portal sent to `address`, as the run's SMTP server received it (tests/e2e/serve.ts). */
async function mailTo(address: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined
  await expect
    .poll(
      () => {
        const mails: ReceivedMail[] = fs.existsSync(E2E_MAILBOX) ? JSON.parse(fs.readFileSync(E2E_MAILBOX, 'utf8')) : []
        found = mails.find((mail) => mail.to.includes(address))
        return Boolean(found)
      },
      { timeout: 10_000 },
    )
    .toBe(true)
  return found!
}

/** With SHOTS_DIR set, a full-page screenshot for a human look (not an assertion). */
const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `${name}.png`), fullPage: true })
}

let sender = 0
/** Each test asks from an address of its own: the form's rate limit counts per address. */
const ownAddress = async (page: Page) => page.setExtraHTTPHeaders({ 'x-forwarded-for': `192.0.2.${(++sender % 200) + 20}` })

test.describe('e-mail alerts for a search', () => {
  test('without JavaScript: the form posts, and a page says that a confirmation mail is on its way', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await ownAddress(page)
    await page.goto('/en/search?q=microcredit&country=BE')
    const form = page.getByTestId('alert-form')
    await expect(page.getByRole('heading', { name: 'Get e-mail alerts for this search' })).toBeVisible()
    await form.getByLabel('Your e-mail address').fill(`nojs-${Date.now()}@example.net`)
    await form.getByLabel('Daily').check()
    await form.getByRole('button', { name: 'Get alerts' }).click()
    await expect(page).toHaveURL(/\/en\/alerts\?status=pending&search=q%3Dmicrocredit%26country%3DBE$/)
    await expect(page.getByRole('status')).toContainText('we sent you an e-mail')
    await expect(page.locator('.lead')).toHaveText('For the search: “microcredit” · Country: Belgium')
    await page.getByRole('link', { name: 'Back to the search' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=microcredit&country=BE$/)
    await context.close()
  })

  test('the confirmation mail arrives by SMTP, and its link turns the alerts on, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await ownAddress(page)
    const address = `confirm-${Date.now()}@example.net`
    await page.goto('/fr/search?q=microcr%C3%A9dit&country=BE')
    const form = page.getByTestId('alert-form')
    await form.getByLabel('Votre adresse électronique').fill(address)
    await form.getByLabel('Hebdomadaires').check()
    await shot(page, 'alert-form-fr-390')
    await form.getByRole('button', { name: 'Recevoir les alertes' }).click()
    await expect(page.getByRole('status')).toContainText('nous vous avons envoyé un courriel')

    const mail = await mailTo(address)
    const link = /http:\/\/localhost:\d+\/fr\/alerts\/confirm\?token=[\w.-]+/.exec(mail.text)?.[0]
    expect(link, mail.text).toBeTruthy()
    await page.goto(link!)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer vos alertes par courriel')
    await expect(page.locator('.lead')).toContainText(address)
    await expect(page.locator('.lead')).toContainText('hebdomadaires')
    await shot(page, 'alert-confirm-fr-390')
    await page.getByRole('button', { name: 'Confirmer mes alertes' }).click()
    await expect(page.getByTestId('alert-outcome')).toHaveText(
      'Merci : vos alertes sont activées. Chaque courriel contient un lien pour vous désabonner en un clic.',
    )
    await shot(page, 'alert-confirmed-fr-390')
    // The same link opened again says so, with no button left to press.
    await page.goto(link!)
    await expect(page.getByTestId('alert-outcome')).toContainText('vos alertes sont activées')
    await expect(page.getByRole('button', { name: 'Confirmer mes alertes' })).toHaveCount(0)
    await context.close()
  })

  test('with JavaScript: the answer appears in place, and a field the server refuses is marked', async ({ page }) => {
    await ownAddress(page)
    await page.goto('/fr/search?q=microcr%C3%A9dit&type=practice')
    const form = page.getByTestId('alert-form')
    // Valid for the browser, not for the hub (no domain): the server names the field.
    await form.getByLabel('Votre adresse électronique').fill('quelqu-un@localhost')
    await form.getByRole('button', { name: 'Recevoir les alertes' }).click()
    await expect(form.getByRole('status')).toContainText('L’alerte n’a pas été enregistrée')
    await expect(form.getByLabel('Votre adresse électronique')).toHaveAttribute('aria-invalid', 'true')
    await expect(form.locator('.field-error')).toContainText('adresse électronique valide')
    await expect(page).toHaveURL(/\/fr\/search\?/)

    await form.getByLabel('Votre adresse électronique').fill(`js-${Date.now()}@example.net`)
    await form.getByRole('button', { name: 'Recevoir les alertes' }).click()
    await expect(form.getByRole('status')).toContainText('nous vous avons envoyé un courriel')
    await expect(form.getByLabel('Votre adresse électronique')).toHaveValue('')
    await expect(page).toHaveURL(/\/fr\/search\?q=microcr%C3%A9dit&type=practice$/)
  })

  test('a confirmation or unsubscribe link that is not genuine is refused in words', async ({ page }) => {
    await page.goto('/en/alerts/confirm?token=eyJ2Ijp7InMiOjEsImwiOiJlbiJ9fQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    await expect(page.getByTestId('alert-outcome')).toContainText('This link is not valid')
    await expect(page.getByRole('button', { name: 'Confirm my alerts' })).toHaveCount(0)
    await page.goto('/fr/alerts/unsubscribe?token=forged')
    await expect(page.getByTestId('alert-outcome')).toContainText('Ce lien n’est pas valide')
    const robots = await (await page.request.get('/robots.txt')).text()
    expect(robots).toContain('Disallow: /en/alerts')
  })

  for (const path of ['/en/search?q=coaching', '/fr/alerts?status=invalid&search=q%3Dx', '/en/alerts/confirm?token=x']) {
    test(`axe: ${path} has no serious or critical violation`, async ({ page }) => {
      await page.goto(path)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

test.describe('the feed of a search', () => {
  test('the search page links to the feed of its own search, which an Atom parser reads; a second request gets a 304', async ({
    page,
    request,
  }) => {
    await page.goto('/en/practices?q=coaching')
    const href = await page.getByTestId('search-feed').getAttribute('href')
    expect(href).toBe('/en/feed.xml?q=coaching&type=practice')
    const response = await request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
    const feed = parseFeed(await response.text())
    expect(feed.language).toBe('en')
    expect(feed.items.length).toBeGreaterThan(0)
    expect(feed.items.every((item) => /\/en\/practices\//.test(item.url ?? ''))).toBe(true)
    expect(
      feed.items.every((item) => item.categories.some((category) => category.term === 'practice' && category.label === 'Practice')),
    ).toBe(true)
    const etag = response.headers()['etag']!
    const lastModified = response.headers()['last-modified']!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await request.get(href!, { headers: { 'if-none-match': etag } })).status()).toBe(304)
    expect((await request.get(href!, { headers: { 'if-modified-since': lastModified } })).status()).toBe(304)
    expect((await request.get(href!, { headers: { 'if-none-match': '"stale"' } })).status()).toBe(200)
    expect((await request.get('/en/feed.xml?country=Belgium')).status()).toBe(400)
  })
})

test.describe('the collection in figures', () => {
  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: every chart has its table, and a bar's number is what its search finds`, async ({ page }) => {
      await page.goto(`/${locale}/figures`)
      await expect(page.locator('h1')).toHaveText(locale === 'en' ? 'The collection in figures' : 'La collection en chiffres')
      for (const dimension of ['theme', 'country', 'targetGroup', 'evidenceLevel', 'lessonKind']) {
        const chart = page.getByTestId(`chart-${dimension}`)
        await expect(chart).toBeVisible()
        const bars = await chart.locator('a').count()
        expect(bars, dimension).toBeGreaterThan(0)
        // The table says the same: as many linked numbers as bars.
        await expect(page.locator(`#figures-${dimension}-table td a`)).toHaveCount(bars)
      }
      // Follow three bars: the search page counts what the bar said.
      const bars = page.getByTestId('chart-country').locator('a')
      const samples = [0, 1, (await bars.count()) - 1]
      for (const index of samples) {
        const bar = bars.nth(index)
        const expected = (await bar.locator('.chart-value').textContent())!.trim()
        const href = (await bar.getAttribute('href'))!
        const search = await page.context().newPage()
        await search.goto(href)
        await expect(search.getByTestId('result-count')).toHaveText(new RegExp(`^${expected.replace(/\s/g, '\\s')} `))
        await search.close()
      }
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('the table of a chart opens without JavaScript and its numbers are links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/figures')
    await page.locator('#figures-evidenceLevel').locator('..').getByText('Show these figures as a table').click()
    const table = page.locator('#figures-evidenceLevel-table')
    await expect(table).toBeVisible()
    await expect(table.locator('tbody tr')).toHaveCount(3)
    await expect(table.locator('tbody a').first()).toHaveAttribute('href', /\/en\/search\?type=practice&evidenceLevel=described$/)
    await context.close()
  })
})

test.describe('pilots side by side', () => {
  test('from the pilot list, without JavaScript: two to four pilots, with clear errors otherwise', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/pilots')
    await page.getByTestId('compare-link').click()
    await expect(page).toHaveURL(/\/en\/compare$/)
    await expect(page.getByRole('alert')).toHaveCount(0)

    await page.getByLabel(/MicroStart project/).check()
    await page.getByRole('button', { name: 'Compare' }).click()
    await expect(page.getByRole('alert')).toHaveText('Choose at least two pilots to compare.')
    await expect(page.getByLabel(/MicroStart project/)).toBeChecked()
    await expect(page.getByTestId('compare-table')).toHaveCount(0)

    await page.getByLabel(/SMILE/).check()
    await page.getByRole('button', { name: 'Compare' }).click()
    const table = page.getByTestId('compare-table')
    await expect(table.locator('thead th')).toHaveText(['Feature', 'MicroStart project', 'SMILE'])
    for (const row of [
      'Country',
      'Implementer',
      'Funding instruments',
      'Target groups',
      'Themes',
      'Practices published',
      'Lessons published',
      'Indicators',
    ]) {
      await expect(table.getByRole('rowheader', { name: row, exact: true })).toBeVisible()
    }
    await expect(table.getByRole('row', { name: /Implementer/ })).toContainText('City of Vantaa')
    // The number of practices is what the practice list of that pilot finds.
    const practices = table
      .getByRole('row', { name: /Practices published/ })
      .getByRole('link')
      .first()
    const count = (await practices.textContent())!.trim()
    await practices.click()
    await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${count} result`))

    await page.goto('/en/compare?pilot=microstart-project&pilot=smile&pilot=empower&pilot=qredits-project&pilot=another&compare=1')
    await expect(page.getByRole('alert')).toHaveText('Choose at most four pilots: you chose 5.')
    await page.goto('/en/compare?pilot=microstart-project&pilot=no-such-pilot&compare=1')
    await expect(page.getByRole('alert')).toHaveText('No published pilot has the address “no-such-pilot”.')
    await context.close()
  })

  test('a pilot page opens the comparison with itself ticked, without an error', async ({ page }) => {
    // (The framework's route announcer is an alert too: the page's own error is #compare-error.)
    await page.goto('/fr/pilots/smile')
    await page.getByRole('link', { name: 'Comparer des projets pilotes côte à côte' }).first().click()
    await expect(page).toHaveURL(/\/fr\/compare\?pilot=smile$/)
    await expect(page.getByLabel(/SMILE/)).toBeChecked()
    await expect(page.locator('#compare-error')).toHaveCount(0)
  })

  for (const locale of ['en', 'fr']) {
    test(`axe: /${locale}/compare with four pilots has no serious or critical violation`, async ({ page }) => {
      await page.goto(`/${locale}/compare?pilot=microstart-project&pilot=smile&pilot=empower&pilot=qredits-project&compare=1`)
      await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(5)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

test.describe('machine-readable', () => {
  test('record pages carry schema.org JSON-LD that passes the CSP and the rewriting by the portal server; the home page has its search action', async ({
    page,
  }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const response = await page.goto(`/en/practices/${PRACTICE}`)
    // The site's own script only: no nonce, no inline script; a data block is not a script that runs.
    expect(response?.headers()['content-security-policy']).toMatch(/(?:^|; )script-src 'self'(?:;|$)/)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks).toHaveLength(1)
    const data = JSON.parse(blocks[0]!)
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual(['Article', 'BreadcrumbList'])
    expect(data['@graph'][0].producer[0].name).toBe('MicroStart project')
    // Data blocks carry no nonce: the browser does not run them.
    await expect(page.locator('script[type="application/ld+json"][nonce]')).toHaveCount(0)
    expect(violations).toEqual([])

    await page.goto('/fr')
    const home = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(home['@graph'][0]).toMatchObject({ '@type': 'WebSite', inLanguage: 'fr' })
    expect(home['@graph'][0].potentialAction.target.urlTemplate).toMatch(/\/fr\/search\?q=\{search_term_string\}$/)
    for (const path of ['/en/pilots/smile', '/fr/lessons/community-organisations-helped-reach-first-time-entrepreneurs']) {
      await page.goto(path)
      const types = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@graph'].map(
        (node: { '@type': string }) => node['@type'],
      )
      expect(types[0]).toBe(path.includes('pilots') ? 'Project' : 'Article')
    }
  })

  test('OAI-PMH answers on the portal server, by GET and by POST', async ({ request }) => {
    const identify = await request.get('/oai?verb=Identify')
    expect(identify.status()).toBe(200)
    expect(identify.headers()['content-type']).toBe('text/xml; charset=utf-8')
    const text = await identify.text()
    expect(text).toContain('<protocolVersion>2.0</protocolVersion>')
    expect(text).toContain('<deletedRecord>persistent</deletedRecord>')
    const list = await request.post('/oai', { form: { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', set: 'type:pilot' } })
    const headers = (await list.text()).match(/<identifier>oai:localhost:pilots\/\d+<\/identifier>/g) ?? []
    expect(headers).toHaveLength(4)
    expect(await (await request.get('/oai?verb=Nope')).text()).toContain('code="badVerb"')
  })

  test('the sitemap and the footer name the new pages', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('/en/figures')
    expect(sitemap).toContain('/fr/compare')
    await page.goto('/en')
    const footer = page.locator('footer')
    await expect(footer.getByRole('link', { name: 'The collection in figures' })).toHaveAttribute('href', '/en/figures')
    await expect(footer.getByRole('link', { name: 'Harvest the metadata (OAI-PMH)' })).toHaveAttribute('href', '/oai?verb=Identify')
  })
})
