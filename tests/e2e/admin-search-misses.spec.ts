import { test } from '@playwright/test'

import { apiToken, expect, person, signedIn } from './admin-helpers'
import { E2E_ADMIN } from './env'

/**
 * An editor reads what readers searched for and did not find: a reader's search with no results
 * reaches "Searches with no results" in the admin (counts only), in the editor's language, with a
 * link that runs it again; a contributor gets no such page.
 */

const editor = person('misses-editor', 'Mira Editor', 'editor', 'fr')
const contributor = person('misses-contributor', 'Carl Contributor', 'contributor', 'en')
// Random letters, so that no word of any record is within a typo of them (the run's id is in the
// records other specs make, and a letter for each of its digits would be one typo away).
const query = `qqzx ${Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('')}`

test.beforeAll(async ({ request }) => {
  const auth = { Authorization: `JWT ${await apiToken(request, E2E_ADMIN)}` }
  for (const who of [editor, contributor]) {
    const created = await request.post('/api/users', { headers: auth, data: { ...who, pilots: [] } })
    expect(created.status(), await created.text()).toBe(201)
  }
})

test('a search that found nothing is listed for the editors, with its count and a link that runs it again', async ({ page, browser }) => {
  for (let i = 0; i < 2; i++) {
    await page.goto(`/en/search?q=${encodeURIComponent(query)}`)
    await expect(page.getByTestId('result-count')).toContainText('0 result')
  }

  const { context, page: admin } = await signedIn(browser, editor, 'fr')
  await expect(admin.locator('#nav-search-misses-view')).toHaveText('Recherches sans résultat')
  // The counts wait in memory for a few seconds before they are written.
  const row = admin.locator('[data-search-misses] tr', { hasText: query })
  await expect(async () => {
    await admin.goto('/admin/search-misses?language=en')
    await expect(row).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(admin.locator('[data-hub-admin="search-misses"] h1')).toHaveText('Recherches sans résultat')
  await expect(row.locator('td').nth(2)).toHaveText('2')
  await expect(row.getByRole('link', { name: 'L’essayer sur le site' })).toHaveAttribute(
    'href',
    `/en/search?q=${encodeURIComponent(query)}`,
  )
  await context.close()

  const other = await signedIn(browser, contributor)
  await expect(other.page.locator('#nav-search-misses-view')).toHaveCount(0)
  await other.page.goto('/admin/search-misses')
  await expect(other.page.locator('[data-search-misses-refused]')).toHaveText('Only editors and administrators can see this page.')
  await expect(other.page.locator('[data-search-misses]')).toHaveCount(0)
  await other.context.close()
})
