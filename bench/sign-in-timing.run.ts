import os from 'node:os'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { closePayload } from '../src/db/close'
import { applyMigrations } from '../src/db/migrate'

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const rounds = argument('rounds', 20)

const payload = await getPayload({ config })
await applyMigrations(payload)
const password = 'correct-horse-battery-staple'
const known = await payload.create({
  collection: 'users',
  data: { email: 'known@example.org', password, name: 'Known', role: 'editor' } as never,
})
const locked = await payload.create({
  collection: 'users',
  data: { email: 'locked@example.org', password, name: 'Locked', role: 'editor' } as never,
})

const post = REST_POST(config)
let address = 0
/** One request from an address of its own (the rate limits are not what is measured), timed in ms. */
async function timed(path: string, body: unknown): Promise<{ ms: number; status: number; text: string }> {
  address++
  const headers = new Headers({
    'content-type': 'application/json',
    'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
    'x-hub-peer-address': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
  })
  const request = new Request(`http://localhost:3000/api${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
  const started = performance.now()
  const response = await post(request, { params: Promise.resolve({ slug: path.split('/').filter(Boolean) }) })
  const text = await response.text()
  return { ms: performance.now() - started, status: response.status, text }
}
// With the portal server in the process the peer address header counts (src/security/client-address.ts); older code reads X-Forwarded-For.
;(globalThis as Record<symbol, unknown>)[Symbol.for('inclusion-practice-hub.peerAddressHeader')] = true

const cases: Record<string, number[]> = {
  'sign-in, known address, wrong password': [],
  'sign-in, unknown address': [],
  'sign-in, locked account': [],
  'reset request, known address': [],
  'reset request, unknown address': [],
}
const answers = new Map<string, Set<string>>()
const record = (name: string, result: { ms: number; status: number; text: string }) => {
  cases[name]!.push(result.ms)
  if (!answers.has(name)) answers.set(name, new Set())
  answers.get(name)!.add(`${result.status} ${result.text.slice(0, 120)}`)
}
const lockedUntil = new Date(Date.now() + 3_600_000).toISOString()

for (let round = 0; round < rounds + 2; round++) {
  // Each case starts from the same state: attempts counter, lock and the reset interval cleared.
  await payload.db.updateOne({
    collection: 'users',
    id: known.id,
    data: { loginAttempts: 0, lockUntil: null, resetPasswordRequestedAt: null },
  })
  await payload.db.updateOne({ collection: 'users', id: locked.id, data: { loginAttempts: 5, lockUntil: lockedUntil } })
  const results = {
    'sign-in, known address, wrong password': await timed('/users/login', { email: 'known@example.org', password: 'wrong-password' }),
    'sign-in, unknown address': await timed('/users/login', { email: `unknown-${round}@example.org`, password: 'wrong-password' }),
    'sign-in, locked account': await timed('/users/login', { email: 'locked@example.org', password: 'wrong-password' }),
    'reset request, known address': await timed('/users/forgot-password', { email: 'known@example.org' }),
    'reset request, unknown address': await timed('/users/forgot-password', { email: `unknown-${round}@example.org` }),
  }
  // The first two rounds warm up (JIT, connections).
  if (round >= 2) for (const [name, result] of Object.entries(results)) record(name, result)
  // Background work of the reset (if any) is not counted in the next round.
  await new Promise((resolve) => setTimeout(resolve, 200))
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${rounds} rounds (ms: p10 / median / p90)`)
for (const [name, values] of Object.entries(cases)) {
  const [p10, p50, p90] = [0.1, 0.5, 0.9].map((q) => quantile(values, q).toFixed(0).padStart(5))
  console.log(`${name.padEnd(40)} ${p10} / ${p50} / ${p90}   answer: ${[...answers.get(name)!].join(' | ')}`)
}
await closePayload(payload)
process.exit(0)
