import type { IncomingHttpHeaders } from 'node:http'
import { isIP } from 'node:net'

import proxyaddr from 'proxy-addr'

/**
 * The address a request comes from, for the rate limits. Only the portal's own HTTP server
 * (src/cli/portal-server.ts) sees the TCP socket: it removes any client-sent copy of
 * `PEER_ADDRESS_HEADER` and sets it to the socket's address on every request, and says so once at
 * start (`trustPeerAddressHeader`). Without it (e.g. `next dev`) the header is ignored.
 *
 * `X-Forwarded-For` is believed only hop by hop from the socket, and only for hops that are in
 * TRUSTED_PROXIES (default: none, so the socket address is the client's): the client is the
 * nearest address that is not a trusted proxy. A request whose address cannot be known is counted
 * under the one shared key 'unknown', which is limited like any other address.
 */

export const PEER_ADDRESS_HEADER = 'x-hub-peer-address'
export const UNKNOWN_ADDRESS = 'unknown'

const TRUSTED = Symbol.for('inclusion-practice-hub.peerAddressHeader')
type Flag = typeof globalThis & { [TRUSTED]?: boolean }

/** The portal server calls this once: every request of this process now carries the header it sets. */
export function trustPeerAddressHeader(trusted = true): void {
  ;(globalThis as Flag)[TRUSTED] = trusted
}

/** The portal server, on each request: the socket's address replaces whatever the client sent. */
export function setPeerAddress(headers: IncomingHttpHeaders, socketAddress: string | undefined): void {
  delete headers[PEER_ADDRESS_HEADER]
  if (socketAddress) headers[PEER_ADDRESS_HEADER] = socketAddress
}

/** Compiles a TRUSTED_PROXIES list (addresses, CIDR ranges, `loopback`, `linklocal`, `uniquelocal`); throws on a bad entry. */
export function compileTrustedProxies(list: readonly string[]): (address: string, hop: number) => boolean {
  return proxyaddr.compile([...list])
}

/** The client's address from the socket's address and the X-Forwarded-For chain, trusting only `trust`. */
export function resolveClientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trust: (address: string, hop: number) => boolean,
): string {
  if (!peer) return UNKNOWN_ADDRESS
  const headers: IncomingHttpHeaders = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}
  try {
    const address = normalise(proxyaddr({ headers, socket: { remoteAddress: peer }, connection: { remoteAddress: peer } } as never, trust))
    if (isIP(address)) return address
  } catch {
    // handled below
  }
  // A malformed hop in the chain: the nearest address that is certainly known is the socket's.
  return normalise(peer) || UNKNOWN_ADDRESS
}

/** IPv4 addresses mapped into IPv6 (`::ffff:1.2.3.4`) are the same client as `1.2.3.4`. */
const normalise = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

let compiled: { list: string; trust: (address: string, hop: number) => boolean } | undefined

/** The client address of a request, as the rate limits count it (never an unlimited blank). */
export function clientAddressOf(headers: Headers, trustedProxies: readonly string[]): string {
  const peer = (globalThis as Flag)[TRUSTED] ? headers.get(PEER_ADDRESS_HEADER) : null
  const key = trustedProxies.join(',')
  if (compiled?.list !== key) compiled = { list: key, trust: compileTrustedProxies(trustedProxies) }
  return resolveClientAddress(peer, headers.get('x-forwarded-for'), compiled.trust)
}
