import sharp from 'sharp'
import { describe, expect, test } from 'vitest'

import { extractDocumentText, MAX_EXTRACTED_CHARACTERS } from '../../src/documents/text'
import { inspectUpload, reencodeImage, UploadRefused } from '../../src/documents/inspect'
import { badFileCorpus, docxWith, jpegWithGps, odtWith, pdfWith, pptxWith, xlsxWith } from '../support/files'

const limit = 2 * 1024 * 1024

describe('upload inspection refuses the bad-file corpus, each with its reason', async () => {
  const corpus = await badFileCorpus(limit)
  test.each(corpus.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const refusal = await inspectUpload({ data: item.data, name: item.file }, item.kind, limit).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(UploadRefused)
    expect((refusal as UploadRefused).reason).toMatch(item.reason)
    // What each refusal costs in time and memory (the zip bomb too) is measured in bench/upload-corpus.ts.
  })
})

describe('good files of every accepted type pass and give their text', () => {
  test.each([
    ['pdf', 'report.pdf', () => pdfWith('Quokkaword inside a PDF')],
    ['docx', 'toolkit.docx', async () => docxWith('Quokkaword inside a DOCX')],
    ['xlsx', 'figures.xlsx', async () => xlsxWith('Quokkaword inside an XLSX')],
    ['pptx', 'slides.pptx', async () => pptxWith('Quokkaword inside a PPTX')],
    ['odt', 'note.odt', async () => odtWith('Quokkaword inside an ODT')],
  ] as const)('%s', async (type, name, make) => {
    const data = await make()
    const inspected = await inspectUpload({ data, name }, 'document', limit)
    expect(inspected.type).toBe(type)
    const extracted = await extractDocumentText(data, inspected.type as never)
    expect(extracted.text).toContain('Quokkaword inside')
    expect(extracted.truncated).toBe(false)
  })

  test('extracted text is capped, and the full size reported', async () => {
    const long = Array.from({ length: MAX_EXTRACTED_CHARACTERS / 4 }, (_, i) => `w${(i * 7919) % 100_003}`).join(' ')
    const extracted = await extractDocumentText(docxWith(long), 'docx')
    expect(extracted.truncated).toBe(true)
    expect(extracted.text.length).toBe(MAX_EXTRACTED_CHARACTERS)
    expect(extracted.characters).toBeGreaterThan(MAX_EXTRACTED_CHARACTERS)
  })

  test('images are re-encoded without metadata (GPS position gone)', async () => {
    const original = await jpegWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const inspected = await inspectUpload({ data: original, name: 'photo.jpg' }, 'image', limit)
    const cleaned = await reencodeImage(original, inspected.type as 'jpg')
    const meta = await sharp(cleaned).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.width).toBe(64)
  })
})
