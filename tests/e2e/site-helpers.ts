import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { E2E_ADMIN } from './env'

/** What the public site's specs (site-*.spec.ts) share: the seeded records they visit, sign-in, axe. */

/** Seeded records (src/seed/content): stable slugs. */
export const PILOT = 'microstart-project'
export const PRACTICE = 'access-to-microcredit-for-migrant-entrepreneurs'
export const SAMPLE_PRACTICE = 'business-plan-review-before-a-microcredit-application'
export const LESSON = 'community-organisations-helped-reach-first-time-entrepreneurs'

export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).token as string
}

export async function pilotId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/pilots?where[slug][equals]=${slug}&depth=0&limit=1`)
  const body = await response.json()
  return body.docs[0].id as number
}

export async function seriousViolations(page: Page) {
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
