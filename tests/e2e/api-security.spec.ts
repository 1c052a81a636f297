import { expect, test, type APIRequestContext } from '@playwright/test'

import { E2E_ADMIN } from './env'

/**
 * The signed-in side against the production build through the portal's own server: what only
 * shows there (minified error classes, the TCP peer address, production-only GraphQL settings).
 * Each of these answered differently before its fix (docs/security.md).
 */

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).token as string
}

const firstMessage = async (response: { json: () => Promise<unknown> }) =>
  String(((await response.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? '')

test('a guard refusal keeps its reason (it said "An unknown error occurred.")', async ({ request }) => {
  const token = await adminToken(request)
  const practice = (await (await request.get('/api/practices?limit=1&depth=0')).json()).docs[0].id as number
  const response = await request.patch(`/api/practices/${practice}`, {
    headers: { authorization: `JWT ${token}` },
    data: { reviewState: 'archived' },
  })
  expect(response.status()).toBe(403)
  expect(await firstMessage(response)).toMatch(/^reviewState: the review state changes only through the workflow actions/)
})

test('a refused upload says why (it said only "The following field is invalid: file")', async ({ request }) => {
  const token = await adminToken(request)
  const response = await request.post('/api/media', {
    headers: { authorization: `JWT ${token}` },
    multipart: {
      file: { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') },
      _payload: JSON.stringify({ alt: 'Logo' }),
    },
  })
  expect(response.status()).toBe(400)
  expect(await firstMessage(response)).toBe('file: File refused: SVG files are not accepted')
})

test('GraphQL error messages carry no field suggestions in production', async ({ request }) => {
  const response = await request.post('/api/graphql', { data: { query: '{ Practices { docs { titl } } }' } })
  const body = await response.json()
  expect(JSON.stringify(body)).toContain('Cannot query field \\"titl\\" on type \\"Practice\\".')
  expect(JSON.stringify(body)).not.toMatch(/Did you mean/)
})

test('the rate limits count the TCP peer: a rotating X-Forwarded-For or a forged peer header change nothing', async ({ request }) => {
  const statuses: number[] = []
  for (let n = 0; n < 25; n++) {
    const response = await request.post('/api/users/forgot-password', {
      headers: { 'x-forwarded-for': `203.0.113.${n}`, 'x-hub-peer-address': `198.51.100.${n}` },
      data: { email: `nobody-${n}-${Date.now()}@example.org` },
    })
    statuses.push(response.status())
  }
  // At most 20 reset requests per address and hour; all of these came from one peer.
  expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429])
  // The GraphQL refusal keeps its reason too (it said "Something went wrong.").
  const graph = await request.post('/api/graphql', { data: { query: 'mutation { forgotPasswordUser(email: "nobody@example.org") }' } })
  const body = await graph.json()
  expect(body.errors?.[0]?.message).toMatch(/^Too many password reset requests: try again in \d+ s$/)
  expect(body.errors?.[0]?.extensions?.statusCode).toBe(429)
})

test('the search page is rate-limited with GET /api/search, and says so', async ({ page, request }) => {
  test.setTimeout(180_000)
  try {
    let limited = false
    for (let n = 0; n < 200 && !limited; n++) limited = (await request.get(`/api/search?locale=en&q=loan${n}`)).status() === 429
    expect(limited).toBe(true)
    await page.goto('/en/search?q=microcredit')
    await expect(page.locator('.notice-error')).toContainText(/Too many searches from your address: try again in \d+ s\./)
    await page.screenshot({ path: 'test-results/search-rate-limited.png' })
  } finally {
    // Leave the budget to the other tests: the window is one minute.
    await page.waitForTimeout(61_000)
  }
  await page.goto('/en/search?q=microcredit')
  await expect(page.locator('.notice-error')).toHaveCount(0)
})

test('a locked account answers like a wrong password (it said "This user is locked")', async ({ request }) => {
  const token = await adminToken(request)
  const email = `locked-${Date.now()}@example.org`
  const password = 'a-long-enough-password-0123'
  const created = await request.post('/api/users', {
    headers: { authorization: `JWT ${token}` },
    data: { email, password, name: 'Locked out', role: 'contributor' },
  })
  expect(created.status(), await created.text()).toBe(201)
  for (let n = 0; n < 6; n++) {
    const response = await request.post('/api/users/login', { data: { email, password: n < 5 ? 'wrong-password' : password } })
    expect(response.status()).toBe(401)
    expect(await firstMessage(response)).toBe('The email or password provided is incorrect.')
  }
})
