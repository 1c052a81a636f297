import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect as baseExpect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'

import type { ReceivedMail } from '../support/smtp'
import { E2E_BASE_URL, E2E_MAILBOX } from './env'

/** What the admin's journey (admin-journey.spec.ts) drives the admin with: people, sign-in, forms, workflow, mails, screenshots, axe. */

// The admin's pages hydrate and then ask the server for the workflow's actions: on a busy machine, give them time.
export const expect = baseExpect.configure({ timeout: 30_000 })

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-admin'
export const run = Date.now().toString(36)

type Person = { name: string; email: string; password: string; role: 'contributor' | 'editor'; language: 'en' | 'fr' }
export const person = (key: string, name: string, role: Person['role'], language: Person['language']): Person => ({
  name,
  email: `${key}-${run}@example.org`,
  password: `${key}-password-0123456789`,
  role,
  language,
})

fs.mkdirSync(SHOTS, { recursive: true })
export const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

export const mailbox = (): ReceivedMail[] => (fs.existsSync(E2E_MAILBOX) ? JSON.parse(fs.readFileSync(E2E_MAILBOX, 'utf8')) : [])

/** The mail to this person whose subject is exactly this (it arrives after the transition). */
export async function mailTo(who: Person, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined
  await expect
    .poll(
      () => {
        found = mailbox().find((mail) => mail.to.includes(who.email) && mail.subject === subject)
        return found
          ? 'arrived'
          : mailbox()
              .filter((mail) => mail.to.includes(who.email))
              .map((mail) => mail.subject)
      },
      { timeout: 15_000, message: `mail "${subject}" to ${who.name}` },
    )
    .toBe('arrived')
  return found!
}

export async function apiToken(request: APIRequestContext, who: { email: string; password: string }) {
  const response = await request.post('/api/users/login', { data: { email: who.email, password: who.password } })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).token as string
}

/** A signed-in browser for this person, with the admin in their language. */
export async function signedIn(
  browser: Browser,
  who: Person,
  language: 'en' | 'fr' = 'en',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: language === 'fr' ? 'fr-FR' : 'en-GB' })
  await context.addCookies([{ name: 'payload-lng', value: language, url: E2E_BASE_URL }])
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(who.email)
  await page.locator('#field-password').fill(who.password)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  return { context, page }
}

/** Picks an option of one of Payload's select fields (react-select) by its label. */
export async function choose(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

export async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/admin\/collections\/[a-z-]+\/\d+/)
  await expect(page.locator('[data-workflow-buttons]')).toBeVisible()
}

/** Clicks a workflow button and waits for the page to come back with the new state. */
export async function workflow(page: Page, button: string, state: string) {
  await page.locator('[data-workflow-buttons]').getByRole('button', { name: button, exact: true }).click()
  await expect(page.locator('[data-hub-admin="status"] [data-review-state]')).toHaveAttribute('data-review-state', state)
}

export const idFromUrl = (page: Page) => /\/(\d+)(?:[/?#]|$)/.exec(new URL(page.url()).pathname)![1]!

/** axe on our components of the page: serious or critical findings only. */
export async function axeFindings(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[data-hub-admin]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)
}

/** Our admin's English strings: none may show on a screen in French. */
const englishStrings = [
  // states, actions, badges, buttons, notices, history, queue, "My work", guides, welcome (src/i18n/admin.ts)
  'Draft',
  'In review',
  'Changes requested',
  'Published',
  'Archived',
  'Submit for review',
  'Request changes',
  'Approve and publish',
  'Start a new revision',
  'Restore from archive',
  'Review state',
  'The published version stays',
  'Changes requested by the editor',
  'Review history',
  'No review step yet',
  'When',
  'Who',
  'From → to',
  'Review queue',
  'Nothing is waiting for review',
  'Submitted by',
  'New record',
  'Compare the versions',
  'My work',
  'Drafts: not submitted yet',
  'In review: waiting for an editor',
  'What a good record contains',
  'A good practice',
  'A good lesson',
  'A good document',
  'Welcome,',
  'You write for',
  'New lesson',
  'New practice',
  'New document',
  'Last change',
  'Record',
  'Note for the pilot team',
  'Send the request',
  'Cancel',
  // field labels and help texts of our collections
  'Note from the editor',
  'Last edited by',
  'Sample content',
  'Last reviewed',
  'Linked documents',
  'What was expected',
  'What happened',
  'Recommendation',
  'Made from the English title',
  'Illustrative content',
  'The pilot this record belongs to',
  'Language of e-mails',
  'Evidence level',
  'Conditions for transfer',
  // an array's rows are named by its labels ("Add Step")
  'Step',
]

export async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return englishStrings.filter((english) => new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text))
}
