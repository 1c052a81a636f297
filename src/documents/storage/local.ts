import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import { uploadDir } from '../upload-dir'
import { isPlainFilename, StorageError, type FileStore, type UploadCollection } from './types'

/** Files on local disk under DATA_DIR/uploads/<collection>, where Payload writes them. */
export function localFileStore(dirOf: (collection: UploadCollection) => string = uploadDir): FileStore {
  const pathOf = (collection: UploadCollection, filename: string) => {
    const invalid = () => new StorageError(`invalid file name: ${JSON.stringify(filename)}`, 'InvalidFilename', 400)
    if (!isPlainFilename(filename)) throw invalid()
    const dir = path.resolve(dirOf(collection))
    const filePath = path.resolve(dir, filename)
    if (!filePath.startsWith(dir + path.sep)) throw invalid()
    return filePath
  }
  return {
    kind: 'local',
    async open(_req, collection, filename) {
      const filePath = pathOf(collection, filename)
      let handle: fs.promises.FileHandle
      try {
        handle = await fs.promises.open(filePath, 'r')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      const { size } = await handle.stat()
      const stream = handle.createReadStream()
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size }
    },
    read: (_req, collection, filename) => fs.promises.readFile(pathOf(collection, filename)),
  }
}
