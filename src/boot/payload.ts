import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of this server process (cached by Payload across calls and hot reloads). */
export function hubPayload(): Promise<Payload> {
  return getPayload({ config })
}
