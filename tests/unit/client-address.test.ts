import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, describe, expect, test } from 'vitest'

import { ConfigurationError, parseEnv } from '../../src/core/env'
import {
  clientAddressOf,
  compileTrustedProxies,
  PEER_ADDRESS_HEADER,
  resolveClientAddress,
  setPeerAddress,
  trustPeerAddressHeader,
  UNKNOWN_ADDRESS,
} from '../../src/security/client-address'

/** The rate limits' client address: the socket's, X-Forwarded-For only through trusted proxies. */

const none = compileTrustedProxies([])
const proxy = compileTrustedProxies(['10.0.0.5'])
const chain = compileTrustedProxies(['loopback', '10.0.0.0/8'])

describe('the client address', () => {
  test('with no trusted proxy (the default) X-Forwarded-For is ignored: the socket address is the client', () => {
    expect(resolveClientAddress('198.51.100.7', '203.0.113.1', none)).toBe('198.51.100.7')
    expect(resolveClientAddress('198.51.100.7', '203.0.113.1, 203.0.113.2', none)).toBe('198.51.100.7')
  })

  test('a rotating X-Forwarded-For from one socket is one client', () => {
    const seen = new Set(Array.from({ length: 20 }, (_, n) => resolveClientAddress('198.51.100.7', `203.0.113.${n}`, none)))
    expect([...seen]).toEqual(['198.51.100.7'])
  })

  test('behind a trusted proxy the hop it reports is the client; a forged hop before it is not believed', () => {
    expect(resolveClientAddress('10.0.0.5', '203.0.113.9', proxy)).toBe('203.0.113.9')
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(resolveClientAddress('10.0.0.5', '1.2.3.4, 203.0.113.9', proxy)).toBe('203.0.113.9')
    // A request from an address that is not the proxy: its header is not believed.
    expect(resolveClientAddress('198.51.100.7', '203.0.113.9', proxy)).toBe('198.51.100.7')
  })

  test('through several trusted hops, the nearest untrusted one is the client', () => {
    expect(resolveClientAddress('127.0.0.1', '1.2.3.4, 203.0.113.9, 10.1.2.3', chain)).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:127.0.0.1', '203.0.113.9', chain)).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:198.51.100.7', undefined, chain)).toBe('198.51.100.7')
  })

  test('a malformed chain falls back to the socket address; no socket address is the shared key "unknown"', () => {
    expect(resolveClientAddress('10.0.0.5', 'not-an-address', proxy)).toBe('10.0.0.5')
    expect(resolveClientAddress(undefined, '203.0.113.9', proxy)).toBe(UNKNOWN_ADDRESS)
    expect(resolveClientAddress('', '', none)).toBe(UNKNOWN_ADDRESS)
  })
})

describe('TRUSTED_PROXIES', () => {
  test('defaults to none; a list of addresses, ranges and names is accepted', () => {
    expect(parseEnv({ DATA_DIR: '/tmp/hub-env-proxies' }).TRUSTED_PROXIES).toEqual([])
    expect(parseEnv({ DATA_DIR: '/tmp/hub-env-proxies', TRUSTED_PROXIES: 'loopback, 10.0.0.0/8 fd00::1' }).TRUSTED_PROXIES).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ])
  })

  test('a bad entry stops the program and names the variable and the entry', () => {
    try {
      parseEnv({ DATA_DIR: '/tmp/hub-env-proxies', TRUSTED_PROXIES: '10.0.0.0/8,proxy.example.org' })
      throw new Error('expected a ConfigurationError')
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as ConfigurationError).problems).toEqual([
        'TRUSTED_PROXIES: "proxy.example.org" is not an IP address, a CIDR range (10.0.0.0/8) nor one of loopback, linklocal, uniquelocal',
      ])
    }
  })
})

describe('the peer address header, as the portal server sets it', () => {
  const servers: http.Server[] = []
  afterAll(() => servers.forEach((server) => server.close()))

  /** A server that does what the portal server does, and answers the address the app would count. */
  async function portal(trusted: string[]): Promise<number> {
    const server = http.createServer((req, res) => {
      setPeerAddress(req.headers, req.socket.remoteAddress)
      const headers = new Headers(req.headers as Record<string, string>)
      res.end(clientAddressOf(headers, trusted))
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return (server.address() as AddressInfo).port
  }

  test('a client-sent copy of the header and a forged X-Forwarded-For change nothing', async () => {
    trustPeerAddressHeader()
    const port = await portal([])
    const answer = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_ADDRESS_HEADER]: '203.0.113.66', 'x-forwarded-for': '203.0.113.77' },
    })
    expect(await answer.text()).toBe('127.0.0.1')
  })

  test('with the portal as a trusted proxy (loopback), the forwarded address counts', async () => {
    const port = await portal(['loopback'])
    const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': '203.0.113.77' } })
    expect(await answer.text()).toBe('203.0.113.77')
  })

  test('without the portal server in the process the header is not believed at all', () => {
    trustPeerAddressHeader(false)
    expect(clientAddressOf(new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.66' }), [])).toBe(UNKNOWN_ADDRESS)
    trustPeerAddressHeader()
  })
})
