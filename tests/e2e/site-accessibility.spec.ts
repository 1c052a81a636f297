import { expect, test } from '@playwright/test'

import { LESSON, PILOT, PRACTICE, SAMPLE_PRACTICE, seriousViolations } from './site-helpers'

/** Every page type passes axe in both languages, and the home -> search -> facet -> result journey works with the keyboard alone. */

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
