import { test } from '@playwright/test'

import { pdfFile } from '../support/fixtures'
import { E2E_ADMIN, E2E_BASE_URL } from './env'
import {
  apiToken,
  axeFindings,
  choose,
  englishOnScreen,
  expect,
  idFromUrl,
  mailbox,
  mailTo,
  person,
  run,
  saveDraft,
  shot,
  signedIn,
  workflow,
} from './admin-helpers'

/**
 * The admin's journeys in Chromium, against the built portal (tests/e2e/serve.ts) with its real
 * SMTP server: a pilot-team member creates a lesson and a practice from the create view and
 * uploads a PDF document, and submits them; an editor finds them in the review queue and
 * requests changes with a note; the contributor sees the note in "My work", revises and
 * resubmits; a second editor publishes; the records are on the public site and in search. Every
 * step's mails arrive, each in its recipient's language. The same screens in French show no
 * English string of ours, and axe finds nothing serious in our components on the contributor's
 * screens. Screenshots of each step go to SHOTS_DIR (default /tmp/shots-admin).
 */

const PILOT = 'microstart-project'
const PILOT_NAME = 'MicroStart project'

/** Amina writes (English); Luc is her teammate (French); Élise and Edward are editors (French, English). */
const amina = person('amina', 'Amina Haddad', 'contributor', 'en')
const luc = person('luc', 'Luc Lefèvre', 'contributor', 'fr')
const elise = person('elise', 'Élise Martin', 'editor', 'fr')
const edward = person('edward', 'Edward Brown', 'editor', 'en')

const lessonTitle = `Coaching before the loan works best ${run}`
const practiceTitle = `Peer mentoring circles ${run}`
const documentTitle = `Mentoring toolkit ${run}`
const note = 'Please say what the partners expected before the coaching started.'

/** What the journey made: the records' ids and slugs. */
const made: Record<'lesson' | 'practice' | 'document', { id: string; slug?: string }> = {
  lesson: { id: '' },
  practice: { id: '' },
  document: { id: '' },
}

test.describe.configure({ mode: 'serial', timeout: 240_000 })

test.beforeAll(async ({ request }) => {
  const admin = await apiToken(request, E2E_ADMIN)
  const auth = { Authorization: `JWT ${admin}` }
  const pilot = (await (await request.get(`/api/pilots?where[slug][equals]=${PILOT}&depth=0&limit=1`)).json()).docs[0].id
  for (const who of [amina, luc, elise, edward]) {
    const created = await request.post('/api/users', {
      headers: auth,
      data: { ...who, pilots: who.role === 'contributor' ? [pilot] : [] },
    })
    expect(created.status(), await created.text()).toBe(201)
  }
})

test('a contributor creates a lesson and a practice from the create view, uploads a PDF document, and submits them', async ({
  browser,
}) => {
  const { context, page } = await signedIn(browser, amina)
  // The dashboard welcomes her and says where to start.
  await expect(page.locator('[data-hub-admin="welcome"]')).toContainText(`Welcome, ${amina.name}`)
  await expect(page.locator('[data-hub-admin="welcome"]')).toContainText(`You write for ${PILOT_NAME}`)
  await expect(page.locator('#nav-my-work')).toHaveText('My work')
  await shot(page, '01-contributor-dashboard')

  // The lesson, from the list's "Create New": the form opens (not "Unauthorized"), the pilot preset.
  // Her list opens on her pilot's records, the pilot named in its column.
  await page.goto('/admin/collections/lessons')
  await expect(page.locator('td.cell-pilot').first()).toHaveText(PILOT_NAME)
  await shot(page, '02-contributor-lessons-list')
  await page.goto('/admin/collections/lessons/create')
  await expect(page.locator('#field-title')).toBeVisible()
  await expect(page.locator('#field-pilot')).toContainText(PILOT_NAME)
  // Sample content and the review date are the editors' to set: no box she may not tick.
  await expect(page.locator('#field-isSample')).toHaveCount(0)
  await expect(page.getByText('Last reviewed', { exact: true })).toHaveCount(0)
  await shot(page, '03-lesson-create-view')
  await page.locator('#field-title').fill(lessonTitle)
  await choose(page, 'kind', 'Success')
  await choose(page, 'phase', 'Delivery')
  await page.locator('#field-summary').fill('Entrepreneurs who were coached for a month before their loan repaid it more often.')
  await saveDraft(page)
  made.lesson.id = idFromUrl(page)
  await expect(page.locator('[data-hub-admin="status"]')).toContainText('Draft')
  await workflow(page, 'Submit for review', 'in_review')
  // The confirmation says what happened and that the editors were told.
  await expect(page.locator('[data-hub-admin="confirmation"]')).toContainText(/^Submitted for review\. \d+ people were told by e-mail\./)
  await shot(page, '04-lesson-submitted')

  // The practice: its pilots preset too.
  await page.goto('/admin/collections/practices/create')
  await expect(page.locator('#field-pilots')).toContainText(PILOT_NAME)
  await page.locator('#field-title').fill(practiceTitle)
  await page.locator('#field-summary').fill('Small groups of new entrepreneurs meet monthly with a volunteer mentor.')
  await saveDraft(page)
  made.practice.id = idFromUrl(page)
  await workflow(page, 'Submit for review', 'in_review')

  // The document: a PDF upload.
  await page.goto('/admin/collections/documents/create')
  await expect(page.locator('#field-pilot')).toContainText(PILOT_NAME)
  const pdf = await pdfFile('mentoring-toolkit.pdf', 'How to run a peer mentoring circle.')
  await page.locator('input[type="file"]').setInputFiles({ name: pdf.name, mimeType: pdf.mimetype, buffer: pdf.data })
  await page.locator('#field-title').fill(documentTitle)
  await choose(page, 'kind', 'Toolkit')
  await shot(page, '05-document-create-view')
  await saveDraft(page)
  made.document.id = idFromUrl(page)
  await workflow(page, 'Submit for review', 'in_review')
  await shot(page, '06-document-submitted')

  // Each submission reached both editors, each in their language.
  const toElise = await mailTo(elise, `Relecture demandée : ${lessonTitle}`)
  expect(toElise.text).toContain(`${amina.name} a soumis « ${lessonTitle} » (enseignement) à relecture.`)
  expect(toElise.text).toContain(`${E2E_BASE_URL}/admin/collections/lessons/${made.lesson.id}`)
  const toEdward = await mailTo(edward, `Review requested: ${lessonTitle}`)
  expect(toEdward.text).toContain(`${amina.name} submitted the lesson "${lessonTitle}" for review.`)
  await mailTo(elise, `Relecture demandée : ${practiceTitle}`)
  await mailTo(edward, `Review requested: ${documentTitle}`)
  // Nobody tells Amina about her own submission.
  expect(mailbox().filter((mail) => mail.to.includes(amina.email))).toEqual([])
  await context.close()
})

test('an editor finds them in the review queue and requests changes with a note', async ({ browser }) => {
  const { context, page } = await signedIn(browser, edward)
  await expect(page.locator('#nav-review-queue [data-review-count]')).toHaveAttribute('data-review-count', /^[3-9]|\d{2,}$/)
  await page.locator('#nav-review-queue').click()
  await expect(page).toHaveURL(/\/admin\/review-queue$/)
  const row = page.locator(`[data-queue-entry="lessons-${made.lesson.id}"]`)
  await expect(row).toContainText(lessonTitle)
  await expect(row).toContainText(amina.name)
  await expect(row).not.toContainText('@')
  await expect(row.locator('[data-queue-changes]')).toContainText('New record: never published.')
  await expect(page.locator(`[data-queue-entry="practices-${made.practice.id}"]`)).toContainText(amina.name)
  await expect(page.locator(`[data-queue-entry="documents-${made.document.id}"]`)).toContainText(documentTitle)
  await shot(page, '07-editor-review-queue')

  await row.getByRole('link', { name: lessonTitle }).click()
  await expect(page.locator('[data-hub-admin="status"] [data-review-state]')).toHaveAttribute('data-review-state', 'in_review')
  await expect(page.locator('[data-hub-admin="person"]').first()).toContainText(amina.name)
  // (the same two fields an editor sees: the locators above can find them)
  await expect(page.locator('#field-isSample')).toHaveCount(1)
  await expect(page.getByText('Last reviewed', { exact: true })).toHaveCount(1)
  await page.locator('[data-workflow-buttons]').getByRole('button', { name: 'Request changes', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Request changes' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Note for the pilot team').fill(note)
  await shot(page, '08-editor-request-changes-dialog')
  await dialog.getByRole('button', { name: 'Send the request' }).click()
  await expect(page.locator('[data-hub-admin="status"] [data-review-state]')).toHaveAttribute('data-review-state', 'changes_requested')
  await expect(page.locator('[data-hub-admin="confirmation"]')).toContainText(/^Changes requested\. \d+ people were told by e-mail\./)
  await expect(page.locator('[data-review-history]')).toContainText(note)
  await expect(page.locator('[data-review-history]')).toContainText(edward.name)
  await shot(page, '09-editor-changes-requested')

  // Amina (English) and her teammate Luc (French) are told, with the note.
  const toAmina = await mailTo(amina, `Changes requested: ${lessonTitle}`)
  expect(toAmina.text).toContain(note)
  expect(toAmina.text).toContain(`${E2E_BASE_URL}/admin/collections/lessons/${made.lesson.id}`)
  const toLuc = await mailTo(luc, `Modifications demandées : ${lessonTitle}`)
  expect(toLuc.text).toContain(note)
  await context.close()
})

test('the contributor sees the note in "My work", revises and resubmits', async ({ browser }) => {
  const { context, page } = await signedIn(browser, amina)
  await page.locator('#nav-my-work').click()
  await expect(page).toHaveURL(/\/admin\/my-work$/)
  const section = page.locator('[data-my-work="changes_requested"]')
  await expect(section).toContainText(lessonTitle)
  await expect(section).toContainText(note)
  await expect(page.locator('[data-my-work="in_review"]')).toContainText(practiceTitle)
  await expect(page.locator('[data-my-work="guides"]')).toContainText('A good lesson')
  await shot(page, '10-contributor-my-work')
  expect(await axeFindings(page)).toEqual([])

  await section.getByRole('link', { name: lessonTitle }).click()
  await expect(page.locator('[data-hub-admin="review-note"]')).toContainText(note)
  // The form has loaded, its pilot shown (not an empty relation).
  await expect(page.locator('#field-pilot')).toContainText(PILOT_NAME)
  await shot(page, '11-contributor-sees-note')
  expect(await axeFindings(page)).toEqual([])
  await page
    .locator('#field-summary')
    .fill('Entrepreneurs who were coached for a month before their loan repaid it more often. The partners expected fewer drop-outs.')
  // The workflow acts on what is saved: with unsaved changes the buttons wait.
  await expect(page.locator('[data-workflow-buttons]').getByRole('button', { name: 'Submit for review' })).toBeDisabled()
  await saveDraft(page)
  await workflow(page, 'Submit for review', 'in_review')
  await expect(page.locator('[data-review-history] tbody tr')).toHaveCount(3)
  await shot(page, '12-contributor-resubmitted')
  await context.close()
})

test('a second editor publishes; the records are on the public site and in search', async ({ browser, page: visitor }) => {
  const { context, page } = await signedIn(browser, elise)
  for (const [collection, id] of [
    ['lessons', made.lesson.id],
    ['practices', made.practice.id],
    ['documents', made.document.id],
  ] as const) {
    await page.goto(`/admin/collections/${collection}/${id}`)
    await workflow(page, 'Approve and publish', 'published')
  }
  await shot(page, '13-editor-published')
  const toAmina = await mailTo(amina, `Published: ${lessonTitle}`)
  const slug = /On the site: \S+\/en\/lessons\/(\S+)/.exec(toAmina.text)?.[1]
  expect(slug).toBeTruthy()
  const toLuc = await mailTo(luc, `Publié : ${lessonTitle}`)
  expect(toLuc.text).toContain(`${E2E_BASE_URL}/fr/lessons/${slug}`)
  await mailTo(amina, `Published: ${documentTitle}`)

  // The mail's link works: the public page shows the revised lesson.
  await visitor.goto(`/en/lessons/${slug}`)
  await expect(visitor.locator('h1')).toHaveText(lessonTitle)
  await expect(visitor.locator('main')).toContainText('The partners expected fewer drop-outs.')
  await shot(visitor, '14-public-lesson')
  // Search follows through the jobs queue (a few seconds).
  await expect(async () => {
    await visitor.goto(`/en/search?q=${encodeURIComponent(`Peer mentoring circles ${run}`)}`)
    await expect(visitor.locator('main')).toContainText(practiceTitle, { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  await expect(async () => {
    await visitor.goto(`/en/search?q=${encodeURIComponent(lessonTitle)}`)
    await expect(visitor.locator('main')).toContainText(lessonTitle, { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  await shot(visitor, '15-public-search')
  await context.close()
})

test('the contributor duplicates her lesson: each copy is a draft with a clean slug of its own', async ({ browser, request }) => {
  const { context, page } = await signedIn(browser, amina)
  const original = `/admin/collections/lessons/${made.lesson.id}`
  const slug = (await (await request.get(`/api/lessons/${made.lesson.id}?depth=0`)).json()).slug as string
  for (const suffix of ['-2', '-3']) {
    await page.goto(original)
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-duplicate').click()
    await expect(page).not.toHaveURL(new RegExp(`${original}$`))
    await expect(page).toHaveURL(/\/admin\/collections\/lessons\/\d+/)
    await expect(page.locator('[data-hub-admin="status"] [data-review-state]')).toHaveAttribute('data-review-state', 'draft')
    await expect(page.locator('#field-slug')).toHaveValue(`${slug}${suffix}`)
    await expect(page.locator('#field-title')).toHaveValue(lessonTitle)
    await expect(page.locator('[data-review-history]')).toContainText('No review step yet.')
  }
  await shot(page, '16-contributor-duplicate')
  // A copy is not public.
  expect((await request.get(`/en/lessons/${slug}-2`)).status()).toBe(404)
  await context.close()
})

test('the same screens in French show no English string of ours', async ({ browser }) => {
  const { context, page } = await signedIn(browser, luc, 'fr')
  await expect(page.locator('[data-hub-admin="welcome"]')).toContainText(`Bienvenue, ${luc.name}`)
  await expect(page.locator('#nav-my-work')).toHaveText('Mon travail')
  await shot(page, '20-fr-contributor-dashboard')
  expect(await englishOnScreen(page)).toEqual([])

  await page.goto('/admin/my-work')
  await expect(page.locator('h1')).toHaveText('Mon travail')
  await expect(page.locator('[data-my-work="published"]')).toContainText(lessonTitle)
  await expect(page.locator('[data-my-work="guides"]')).toContainText('Un bon enseignement')
  await shot(page, '21-fr-my-work')
  expect(await englishOnScreen(page)).toEqual([])

  await page.goto('/admin/collections/lessons')
  await expect(page.locator('[data-review-state="published"]').first()).toHaveText('Publié')
  await shot(page, '22-fr-lessons-list')
  expect(await englishOnScreen(page)).toEqual([])

  await page.goto(`/admin/collections/lessons/${made.lesson.id}`)
  await expect(page.locator('[data-hub-admin="status"]')).toContainText('Publié')
  await expect(page.locator('[data-workflow-buttons]')).toContainText('Commencer une révision')
  await expect(page.locator('[data-review-history]')).toContainText('Historique de relecture')
  await expect(page.locator('[data-review-history]')).toContainText('Demander des modifications')
  await expect(page.locator('[data-review-history]')).toContainText('Envoyé')
  await shot(page, '23-fr-lesson-edit')
  expect(await englishOnScreen(page)).toEqual([])

  // A new practice in French, submitted: the confirmation is French too.
  await page.goto('/admin/collections/practices/create')
  await expect(page.locator('#field-pilots')).toContainText(PILOT_NAME)
  await page.locator('#field-title').fill(`Cercles de mentorat ${run}`)
  await page.locator('#field-summary').fill('De petits groupes se réunissent chaque mois avec un mentor bénévole.')
  await shot(page, '24-fr-practice-create')
  expect(await englishOnScreen(page)).toEqual([])
  await saveDraft(page)
  await workflow(page, 'Soumettre à relecture', 'in_review')
  await expect(page.locator('[data-hub-admin="confirmation"]')).toContainText('Soumis à relecture.')
  await expect(page.locator('[data-hub-admin="review-note"]')).toContainText('En relecture')
  await shot(page, '25-fr-practice-submitted')
  expect(await englishOnScreen(page)).toEqual([])
  const practiceId = idFromUrl(page)
  await context.close()

  // The editor's side in French: the queue, the record, the request-changes dialog.
  const editor = await signedIn(browser, elise, 'fr')
  await expect(editor.page.locator('#nav-review-queue')).toContainText('File de relecture')
  await editor.page.goto('/admin/review-queue')
  await expect(editor.page.locator(`[data-queue-entry="practices-${practiceId}"]`)).toContainText(luc.name)
  await expect(editor.page.locator(`[data-queue-entry="practices-${practiceId}"]`)).toContainText('Nouvelle fiche : jamais publiée.')
  await shot(editor.page, '26-fr-review-queue')
  expect(await englishOnScreen(editor.page)).toEqual([])
  await editor.page.goto(`/admin/collections/practices/${practiceId}`)
  await editor.page.locator('[data-workflow-buttons]').getByRole('button', { name: 'Demander des modifications', exact: true }).click()
  await expect(editor.page.getByRole('dialog', { name: 'Demander des modifications' })).toBeVisible()
  await shot(editor.page, '27-fr-request-changes-dialog')
  expect(await englishOnScreen(editor.page)).toEqual([])
  await editor.page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click()
  await editor.context.close()
})

test('axe: the screens a contributor uses have no serious or critical finding in our components', async ({ browser }) => {
  const { context, page } = await signedIn(browser, amina)
  const screens: [string, string][] = [
    ['dashboard', '/admin'],
    ['my work', '/admin/my-work'],
    ['lessons list', '/admin/collections/lessons'],
    ['lesson create view', '/admin/collections/lessons/create'],
    ['lesson edit view', `/admin/collections/lessons/${made.lesson.id}`],
    ['document edit view', `/admin/collections/documents/${made.document.id}`],
  ]
  const findings: Record<string, string[]> = {}
  for (const [name, url] of screens) {
    await page.goto(url)
    await expect(page.locator('[data-hub-admin]').first()).toBeAttached()
    findings[name] = await axeFindings(page)
  }
  expect(findings).toEqual(Object.fromEntries(screens.map(([name]) => [name, []])))
  await context.close()
})
