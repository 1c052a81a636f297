/** The parts of @20minutes/s3rver (an S3-compatible server in Node) that the tests use. */
declare module '@20minutes/s3rver' {
  import type { EventEmitter } from 'node:events'

  type S3Object = { key: string; size: number; metadata: Record<string, string> }
  type S3Event = { Records: { eventName: string; s3: { bucket: { name: string }; object: { key: string } } }[] }

  export default class S3rver extends EventEmitter {
    constructor(options: {
      address?: string
      port?: number
      silent?: boolean
      directory?: string
      resetOnClose?: boolean
      vhostBuckets?: boolean
      configureBuckets?: { name: string }[]
    })
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
    on(event: 'event', listener: (event: S3Event) => void): this
    store: {
      listObjects(bucket: string, options: { prefix?: string; maxKeys?: number }): Promise<{ objects: S3Object[] }>
      deleteObject(bucket: string, key: string): Promise<void>
      getObject(bucket: string, key: string): Promise<(S3Object & { content: NodeJS.ReadableStream }) | null>
    }
  }
}
