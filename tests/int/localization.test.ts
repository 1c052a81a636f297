import type { Payload } from 'payload'
import { beforeAll, expect, test } from 'vitest'

import { lexicalToPlainText, paragraphsToLexical } from '../../src/core/lexical'
import { createUser, login, rest, testPayload } from '../support/hub'
import { pilotData, practiceData } from '../support/fixtures'

let payload: Payload
let pilotId: number

beforeAll(async () => {
  payload = await testPayload()
  pilotId = Number((await payload.create({ collection: 'pilots', data: pilotData() as never })).id)
})

test('localized fields round-trip in English and French, with English as fallback', async () => {
  const created = await payload.create({
    collection: 'practices',
    locale: 'en',
    data: practiceData(pilotId, {
      title: 'Access to microcredit',
      summary: 'Small loans for entrepreneurs.',
      problem: paragraphsToLexical(['No credit history.']),
      steps: [{ title: 'Assess the plan' }, { title: 'Grant the loan' }],
    }) as never,
  })
  const english = await payload.findByID({ collection: 'practices', id: created.id, locale: 'en', draft: true })
  await payload.update({
    collection: 'practices',
    id: created.id,
    locale: 'fr',
    data: {
      title: 'Accès au microcrédit',
      summary: 'De petits prêts pour les entrepreneurs.',
      problem: paragraphsToLexical(['Aucun historique de crédit.']) as never,
      steps: english.steps!.map((step, index) => ({ id: step.id, title: ['Évaluer le projet', 'Accorder le prêt'][index]! })),
    },
  })

  const en = await payload.findByID({ collection: 'practices', id: created.id, locale: 'en', draft: true })
  const fr = await payload.findByID({ collection: 'practices', id: created.id, locale: 'fr', draft: true })
  expect([en.title, fr.title]).toEqual(['Access to microcredit', 'Accès au microcrédit'])
  expect([en.summary, fr.summary]).toEqual(['Small loans for entrepreneurs.', 'De petits prêts pour les entrepreneurs.'])
  expect(lexicalToPlainText(en.problem)).toBe('No credit history.')
  expect(lexicalToPlainText(fr.problem)).toBe('Aucun historique de crédit.')
  expect(en.steps?.map((step) => step.title)).toEqual(['Assess the plan', 'Grant the loan'])
  expect(fr.steps?.map((step) => step.title)).toEqual(['Évaluer le projet', 'Accorder le prêt'])
  // Codes are not localized: one value for both languages.
  expect(fr.evidenceLevel).toBe(en.evidenceLevel)

  const all = (await payload.findByID({ collection: 'practices', id: created.id, locale: 'all', draft: true })) as unknown as {
    title: Record<string, string>
  }
  expect(all.title).toEqual({ en: 'Access to microcredit', fr: 'Accès au microcrédit' })
})

test('a field without French text falls back to English, and REST honours ?locale', async () => {
  const created = await payload.create({
    collection: 'practices',
    locale: 'en',
    data: practiceData(pilotId, { title: 'Only in English' }) as never,
  })
  const fr = await payload.findByID({ collection: 'practices', id: created.id, locale: 'fr', draft: true })
  expect(fr.title).toBe('Only in English')

  const admin = await createUser(payload, 'admin')
  const token = await login(admin.email, admin.password)
  const patched = await rest('PATCH', `/practices/${created.id}`, {
    body: { title: 'Seulement traduit ici', summary: 'Résumé traduit.' },
    token,
    query: { locale: 'fr' },
  })
  expect(patched.status).toBe(200)
  const enRest = await rest('GET', `/practices/${created.id}`, { token, query: { locale: 'en', draft: 'true' } })
  const frRest = await rest('GET', `/practices/${created.id}`, { token, query: { locale: 'fr', draft: 'true' } })
  expect([enRest.body.title, frRest.body.title]).toEqual(['Only in English', 'Seulement traduit ici'])
})
