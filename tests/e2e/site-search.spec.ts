import { expect, test } from '@playwright/test'

/** A visitor searches: facets, the URL as state, no JavaScript, a slow phone, the empty state, CSV export, list pages, and "did you mean". */

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

test.describe('did you mean', () => {
  test('a search that finds nothing offers a correction that finds something, as a plain link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    // A typo on the first letter counts as two: more than a search forgives, not more than a correction.
    await page.goto('/en/search?q=koaching&type=practice')
    await expect(page.getByTestId('result-count')).toContainText('0 result')
    const offer = page.getByTestId('did-you-mean').getByRole('link', { name: 'coaching', exact: true })
    await expect(offer).toBeVisible()
    await offer.click()
    await expect(page).toHaveURL(/[?&]q=coaching(&|$)/)
    await expect(page).toHaveURL(/type=practice/)
    await expect(page.locator('.hit').first()).toBeVisible()
    await context.close()
  })

  test('a first word no record has is left out, the page says so, and the correction is offered beside the results', async ({ page }) => {
    await page.goto('/en/search?q=zzyzx+microcredit&type=practice')
    await expect(page.getByTestId('fewer-words')).toContainText('leave out “zzyzx”')
    await expect(page.getByTestId('result-count')).toContainText('for “zzyzx microcredit”')
    await expect(page.locator('.hit').first()).toBeVisible()
    await expect(page.locator('.hit mark', { hasText: /microcredit/i }).first()).toBeVisible()
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/search-fewer-words.png` })
    const offer = page.getByTestId('did-you-mean').getByRole('link', { name: 'microcredit', exact: true })
    await offer.click()
    await expect(page).toHaveURL(/[?&]q=microcredit(&|$)/)
    await expect(page.getByTestId('fewer-words')).toHaveCount(0)
    // In French, the same, and as the reader types (the live search replaces the results in place).
    await page.goto('/fr/search')
    await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1)
    await page.getByRole('searchbox').first().fill('qqzvy microcrédit')
    await expect(page.getByTestId('fewer-words')).toContainText('«\u202fqqzvy\u202f»')
    await expect(page.locator('.hit').first()).toBeVisible()
  })
})
