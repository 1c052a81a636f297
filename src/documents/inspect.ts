import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import { getDocumentProxy } from 'unpdf'

import { ArchiveLimitError, readArchive } from './archive'
import { documentFileTypes, imageFileTypes, type DocumentFileType, type ImageFileType } from './types'

/**
 * Checks an upload before anything is written: its type is decided from its content (never its
 * name or declared MIME type) against an allowlist, its size against the limit, and its
 * structure (a PDF must open, an archive must not be a compression bomb). Each refusal says why.
 */

export class UploadRefused extends Error {
  constructor(public readonly reason: string) {
    super(reason)
    this.name = 'UploadRefused'
  }
}

export type UploadKind = 'document' | 'image'
export type UploadFile = { data: Buffer; name: string; size?: number }
export type InspectedUpload = { type: DocumentFileType | ImageFileType; mimeType: string }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
const accepted: Record<UploadKind, Record<string, string>> = { document: documentFileTypes, image: imageFileTypes }
const acceptedList = (kind: UploadKind) =>
  Object.keys(accepted[kind])
    .map((type) => type.toUpperCase())
    .join(', ')

const extensionAliases: Record<string, string> = { jpeg: 'jpg' }
const extensionOf = (name: string) => {
  const match = /\.([A-Za-z0-9]+)$/.exec(name)
  const extension = match?.[1]?.toLowerCase()
  return extension ? (extensionAliases[extension] ?? extension) : undefined
}

/** A text file of markup (starting with `<`): SVG or HTML. */
function looksLikeMarkup(data: Buffer): string | undefined {
  const head = data
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase()
  if (!head.startsWith('<')) return undefined
  if (/<svg[\s>]/.test(head)) return 'SVG'
  if (/<(!doctype html|html|script|body|iframe)[\s>]/.test(head)) return 'HTML'
  return undefined
}

/**
 * The PDF's text with its names decoded: in a name, `#xx` stands for the byte xx, so
 * `/J#61vaScript` is `/JavaScript` to a PDF reader, and must be to this check too.
 */
export function withDecodedNames(raw: string): string {
  return raw.replace(/\/[^\s/[\]<>(){}%]+/g, (name) =>
    name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )
}

/** A PDF must open, and must not carry a second format or active content. */
async function checkPdf(data: Buffer): Promise<void> {
  const raw = withDecodedNames(data.toString('latin1'))
  if (/<(html|script|iframe|body)[\s>]/i.test(raw)) throw new UploadRefused('the PDF also contains HTML (a polyglot file)')
  if (raw.includes('PK\u0005\u0006') || raw.includes('PK\u0003\u0004')) {
    throw new UploadRefused('the PDF also contains a ZIP archive (a polyglot file)')
  }
  if (/\/(JavaScript|JS|Launch)\b/.test(raw)) throw new UploadRefused('the PDF contains JavaScript or launch actions')
  let scripts = 0
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data))
    // What the PDF reader itself finds, compressed object streams included.
    scripts = Object.keys((await pdf.getJSActions()) ?? {}).length
    await pdf.destroy()
  } catch (error) {
    throw new UploadRefused(`the PDF is truncated or corrupted (${error instanceof Error ? error.message : String(error)})`)
  }
  if (scripts > 0) throw new UploadRefused('the PDF contains JavaScript or launch actions')
}

export async function inspectUpload(file: UploadFile, kind: UploadKind, maxBytes: number): Promise<InspectedUpload> {
  const size = file.data.byteLength
  if (size === 0) throw new UploadRefused('the file is empty')
  if (size > maxBytes) throw new UploadRefused(`the file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`)

  // Markup can run script in a browser whatever it is called: refused before anything else.
  const markup = looksLikeMarkup(file.data)
  if (markup) throw new UploadRefused(`${markup} files are not accepted`)
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected) {
    throw new UploadRefused(`the type of the file could not be recognised from its content; accepted: ${acceptedList(kind)}`)
  }
  const type = (extensionAliases[detected.ext] ?? detected.ext) as DocumentFileType | ImageFileType
  const mimeType = accepted[kind][type]
  if (!mimeType) {
    throw new UploadRefused(
      `the content is ${detected.ext.toUpperCase()} (${detected.mime}), which is not accepted here; accepted: ${acceptedList(kind)}`,
    )
  }
  const declared = extensionOf(file.name)
  if (declared && declared !== type) {
    throw new UploadRefused(`the file name ends in .${declared} but the content is ${type.toUpperCase()}`)
  }

  if (type === 'pdf') await checkPdf(file.data)
  if (type === 'docx' || type === 'xlsx' || type === 'pptx' || type === 'odt') {
    try {
      readArchive(file.data, () => false)
    } catch (error) {
      throw new UploadRefused(
        error instanceof ArchiveLimitError ? `the ${type.toUpperCase()} file is refused: ${error.message}` : String(error),
      )
    }
  }
  if (kind === 'image') {
    try {
      const meta = await sharp(file.data, { limitInputPixels: 100_000_000 }).metadata()
      if (!meta.width || !meta.height) throw new Error('no dimensions')
    } catch (error) {
      throw new UploadRefused(`the image cannot be decoded (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  return { type, mimeType }
}

/** Re-encodes an image: drops every metadata block (GPS position, camera, author) and applies the rotation. */
export async function reencodeImage(data: Buffer, type: ImageFileType): Promise<Buffer> {
  const image = sharp(data, { limitInputPixels: 100_000_000 }).rotate()
  if (type === 'png') return image.png().toBuffer()
  if (type === 'webp') return image.webp({ quality: 90 }).toBuffer()
  return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
}
