import { gunzipSync } from 'node:zlib'

import { describe, expect, test } from 'vitest'

import { PublicPages, freshFor, keptHeaders, withoutFrameworkRuntime } from '../../src/cli/public-html'
import { announcePublicContentChange } from '../../src/core/content-changes'
import { publicContentSecurityPolicy } from '../../src/security/csp'

/** The shapes Next.js 16 (Turbopack) writes into a page, as seen in the built portal. */
const nextPage = (extra = '') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/3l7dikkloqt_1.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/398c2d76j7v7d.js"/>',
    '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
    '<title>Search · Inclusion Practice Hub</title>',
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head><body>',
    '<p>Text &lt;script&gt;alert(1)&lt;/script&gt; stays text</p>',
    '<script src="/site.js?v=abc" defer=""></script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js","static/chunks/b-c.js"],"runtimeModuleIds":[494553]});</script>',
    '<script src="/_next/static/chunks/398c2d76j7v7d.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[]]\\n"])</script>',
    '<script>self.__next_f.push([2,null])</script>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    extra,
    '</body></html>',
  ].join('')

describe('public pages without the framework’s client runtime', () => {
  test('the framework’s scripts, their preloads and the flight data go; the site’s script, styles and data blocks stay', () => {
    const { html, refused } = withoutFrameworkRuntime(nextPage())
    expect(refused).toBe(0)
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/)
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/3l7dikkloqt_1.css" data-precedence="next"/>')
    expect(html).toContain('<script src="/site.js?v=abc" defer=""></script>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; stays text')
    // No script left that runs from the page itself.
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)]).toEqual([])
  })

  test.each([
    ['a plain injected script', '<script>alert(document.cookie)</script>'],
    ['a flight chunk with code after it', '<script>self.__next_f.push([1,"x"]);alert(1)</script>'],
    ['code hidden before a flight chunk', '<script>alert(1);self.__next_f.push([1,"x"])</script>'],
    ['a flight chunk breaking out of its string', '<script>self.__next_f.push([1,"x"]),alert(1)//"])</script>'],
    [
      'a bundler list with code in a chunk name',
      '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js\\");alert(1);//"],"runtimeModuleIds":[1]});</script>',
    ],
    ['a module script', '<script type="module">alert(1)</script>'],
    ['an upper-case tag', '<SCRIPT>alert(1)</SCRIPT>'],
  ])('%s is not taken for the framework’s: it stays, counted, for the policy to stop', (_, injected) => {
    const { html, refused } = withoutFrameworkRuntime(nextPage(injected))
    expect(refused).toBe(1)
    expect(html).toContain(injected)
  })

  test('a page asks to be kept by URL with a meta tag, which does not go out', () => {
    const kept = withoutFrameworkRuntime(nextPage('<meta name="portal-cache" content="60"/>'))
    expect(kept.cacheSeconds).toBe(60)
    expect(kept.html).not.toContain('portal-cache')
    expect(withoutFrameworkRuntime(nextPage()).cacheSeconds).toBeNull()
  })
})

describe('prepared pages and the page cache', () => {
  test('a page is compressed once, named by an ETag of what goes out, and prepared once per distinct body', () => {
    const pages = new PublicPages()
    const raw = Buffer.from(nextPage(`<main>${'practice '.repeat(400)}</main>`))
    const first = pages.prepare(raw)
    expect(first.etag).toMatch(/^"[\w-]{27}"$/)
    expect(gunzipSync(first.gzip!).equals(first.body)).toBe(true)
    expect(pages.prepare(Buffer.from(raw))).toBe(first)
    const other = pages.prepare(Buffer.from(nextPage('<main>another page</main>')))
    expect(other.etag).not.toBe(first.etag)
  })

  test('kept responses: only a 200 that asked for it, for its time, and none once public content changed', async () => {
    const pages = new PublicPages()
    const asking = pages.prepare(Buffer.from(nextPage('<meta name="portal-cache" content="1"/>')))
    const silent = pages.prepare(Buffer.from(nextPage()))
    const headers = keptHeaders({
      'content-type': 'text/html; charset=utf-8',
      etag: '"next"',
      'content-length': 10,
      'x-frame-options': 'DENY',
    })
    expect(headers).toEqual({ 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'DENY' })

    pages.keep('http /en/search?q=a', { status: 200, headers, page: asking })
    pages.keep('http /en/search?q=b', { status: 200, headers, page: silent })
    pages.keep('http /en/search?q=c', { status: 404, headers, page: asking })
    expect(pages.kept('http /en/search?q=a')?.page).toBe(asking)
    expect(pages.kept('http /en/search?q=b')).toBeUndefined()
    expect(pages.kept('http /en/search?q=c')).toBeUndefined()

    announcePublicContentChange()
    expect(pages.kept('http /en/search?q=a')).toBeUndefined()

    pages.keep('http /en/search?q=a', { status: 200, headers, page: asking })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(pages.kept('http /en/search?q=a')).toBeUndefined()
  })
})

describe('what a shared cache may keep, from Next’s headers', () => {
  test('a page Next caches: its s-maxage; a stale copy, a private or uncacheable one, or one setting a cookie: nothing', () => {
    expect(freshFor({ 'cache-control': 's-maxage=300, stale-while-revalidate=31535700', 'x-nextjs-cache': 'HIT' })).toBe(300)
    expect(freshFor({ 'cache-control': 's-maxage=300, stale-while-revalidate=31535700' })).toBe(300)
    expect(freshFor({ 'cache-control': 's-maxage=300, stale-while-revalidate=31535700', 'x-nextjs-cache': 'STALE' })).toBe(0)
    expect(freshFor({ 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBe(0)
    expect(freshFor({ 'cache-control': 'public, max-age=60' })).toBe(0)
    expect(freshFor({ 'cache-control': 's-maxage=300', 'set-cookie': ['a=b'] })).toBe(0)
    expect(freshFor({})).toBe(0)
  })

  test('a page Next caches is kept for that time without asking', () => {
    const pages = new PublicPages()
    const page = pages.prepare(Buffer.from(nextPage()))
    pages.keep('http /en', { status: 200, headers: { 'cache-control': 's-maxage=300' }, page })
    expect(pages.kept('http /en')?.page).toBe(page)
    pages.keep('http /fr', { status: 200, headers: { 'cache-control': 's-maxage=300', 'x-nextjs-cache': 'STALE' }, page })
    expect(pages.kept('http /fr')).toBeUndefined()
  })
})

describe('the policy', () => {
  test('scripts from the site only: no nonce, no inline script; framing refused; the HTTPS upgrade only over HTTPS', () => {
    const policy = publicContentSecurityPolicy({ https: true })
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/)
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|nonce-)/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).toContain('upgrade-insecure-requests')
    expect(publicContentSecurityPolicy({ https: false })).not.toContain('upgrade-insecure-requests')
  })
})
