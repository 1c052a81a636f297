import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from '@20minutes/s3rver'

/**
 * A real S3-compatible server in the test process (s3rver: objects on disk, AWS Signature V4
 * checked against its one account S3RVER/S3RVER), on a free loopback port, with one bucket.
 * Tests read what the bucket holds from the server's side, and every put and delete it served.
 */

export type S3Activity = { event: 'put' | 'delete'; key: string }

export async function startS3Server(bucket = 'hub-test') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  })
  const activity: S3Activity[] = []
  server.on('event', (event) => {
    for (const record of event.Records) {
      const kind = record.eventName.startsWith('ObjectCreated')
        ? 'put'
        : record.eventName.startsWith('ObjectRemoved')
          ? 'delete'
          : undefined
      if (kind) activity.push({ event: kind, key: record.s3.object.key })
    }
  })
  const { port } = await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    activity,
    /** The keys in the bucket under `prefix`, sorted. */
    async keys(prefix = ''): Promise<string[]> {
      const { objects } = await server.store.listObjects(bucket, { prefix })
      return objects.map((object) => object.key).sort()
    },
    /** An object's bytes as the server holds them, or null. */
    async object(key: string): Promise<Buffer | null> {
      const object = await server.store.getObject(bucket, key)
      if (!object) return null
      const chunks: Buffer[] = []
      for await (const chunk of object.content) chunks.push(Buffer.from(chunk as Buffer))
      return Buffer.concat(chunks)
    },
    /** Deletes an object behind the portal's back (as a lifecycle rule or an operator would). */
    async remove(key: string): Promise<void> {
      await server.store.deleteObject(bucket, key)
    },
    async stop() {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
