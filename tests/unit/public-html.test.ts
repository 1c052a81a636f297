import { describe, expect, test } from 'vitest'

import { addNonceToFrameworkScripts, isFrameworkInlineScript, newNonce, publicContentSecurityPolicy } from '../../src/security/csp'

const page = (extra = '') =>
  [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>',
    '<p>Text &lt;script&gt;alert(1)&lt;/script&gt; stays text</p>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js","static/chunks/b-c.js"],"runtimeModuleIds":[494553]});</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[]]\\n"])</script>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    extra,
    '</body></html>',
  ].join('')

describe('nonces on the framework’s inline scripts only', () => {
  test('the framework’s scripts get the nonce; data blocks and external scripts are left as they are', () => {
    const { html, refused } = addNonceToFrameworkScripts(page(), 'N0NCE')
    expect(refused).toBe(0)
    expect(html.match(/nonce="N0NCE"/g)).toHaveLength(3)
    expect(html).toContain('<script src="/_next/static/chunks/a.js" async="">')
    expect(html).toContain('<script type="application/ld+json">')
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
  ])('%s gets no nonce', (_, injected) => {
    const { html, refused } = addNonceToFrameworkScripts(page(injected), 'N0NCE')
    expect(refused).toBe(1)
    expect(html).toContain(injected)
    expect(html.match(/nonce="N0NCE"/g)).toHaveLength(3)
  })

  test('a script that already has a nonce keeps it', () => {
    const { html } = addNonceToFrameworkScripts('<script nonce="old">self.__next_f.push([1,"x"])</script>', 'N0NCE')
    expect(html).toBe('<script nonce="old">self.__next_f.push([1,"x"])</script>')
  })

  test('shapes', () => {
    expect(isFrameworkInlineScript('self.__next_f.push([2,null])')).toBe(true)
    expect(isFrameworkInlineScript('self.__next_f.push([1,"a\\"b"])')).toBe(true)
    expect(isFrameworkInlineScript('self.__next_f.push([1,"a"b"])')).toBe(false)
  })
})

describe('the policy', () => {
  test('scripts from the site and the nonce only; framing refused; HTTPS upgrade in production', () => {
    const policy = publicContentSecurityPolicy('abc', { production: true })
    expect(policy).toContain("script-src 'self' 'nonce-abc'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain('upgrade-insecure-requests')
    expect(publicContentSecurityPolicy('abc', { production: false })).not.toContain('upgrade-insecure-requests')
  })

  test('a nonce is new every time and has 128 bits', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce))
    expect(nonces.size).toBe(1000)
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16)
  })
})
