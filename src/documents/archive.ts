import { Unzip, UnzipInflate } from 'fflate'

/**
 * Reads the entries of a ZIP archive (Office Open XML and OpenDocument files are ZIP archives)
 * with hard limits on what decompression may produce, so that a zip bomb costs a few
 * milliseconds and a bounded amount of memory instead of exhausting the machine.
 */

export class ArchiveLimitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveLimitError'
  }
}

export type ArchiveLimits = {
  /** Total bytes all entries may expand to. */
  maxTotalBytes: number
  /** Largest expansion ratio accepted for the whole archive (expanded / compressed). */
  maxRatio: number
  maxEntries: number
}

export const defaultArchiveLimits: ArchiveLimits = { maxTotalBytes: 100 * 1024 * 1024, maxRatio: 100, maxEntries: 5_000 }

/**
 * Decompresses the entries whose name `wanted` accepts (others are counted, not kept) and
 * throws an ArchiveLimitError as soon as a limit is crossed. Returns entry name -> bytes.
 */
export function readArchive(
  data: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ArchiveLimits = defaultArchiveLimits,
): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array[]>()
  const maxTotal = Math.min(limits.maxTotalBytes, Math.max(1, data.byteLength) * limits.maxRatio)
  let total = 0
  let entries = 0
  let failure: Error | undefined
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.onfile = (file) => {
    if (failure) return
    entries++
    if (entries > limits.maxEntries) {
      failure = new ArchiveLimitError(`archive has more than ${limits.maxEntries} entries`)
      return
    }
    const keep = wanted(file.name)
    const chunks: Uint8Array[] = []
    if (keep) kept.set(file.name, chunks)
    file.ondata = (error, chunk) => {
      if (failure) return
      if (error) {
        failure = new ArchiveLimitError(`archive entry ${file.name} is corrupt: ${error.message}`)
        file.terminate()
        return
      }
      total += chunk.byteLength
      if (total > maxTotal) {
        failure = new ArchiveLimitError(
          `archive expands beyond ${Math.round(maxTotal / 1024 / 1024)} MB (a compression bomb or an oversized file)`,
        )
        file.terminate()
        return
      }
      if (keep) chunks.push(chunk)
    }
    file.start()
  }
  try {
    // Feed in slices so that the limit checks run between them.
    const slice = 64 * 1024
    for (let offset = 0; offset < data.byteLength && !failure; offset += slice) {
      unzip.push(data.subarray(offset, offset + slice), offset + slice >= data.byteLength)
    }
  } catch (error) {
    failure ??= new ArchiveLimitError(`not a readable archive: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (failure) throw failure
  const result = new Map<string, Uint8Array>()
  for (const [name, chunks] of kept) result.set(name, Buffer.concat(chunks))
  return result
}
