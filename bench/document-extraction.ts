/**
 * Benchmark of text extraction (not a test): a generated PDF of about 10 MB and 200 pages.
 *   npx tsx bench/document-extraction.ts [--pages 200] [--mb 10]
 * Reports the inspection (upload check) and extraction times and the peak memory (max RSS).
 */
import { randomBytes } from 'node:crypto'

import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { inspectUpload } from '../src/documents/inspect'
import { extractDocumentText } from '../src/documents/text'

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const pages = argument('pages', 200)
const targetBytes = argument('mb', 10) * 1024 * 1024

const pdf = await PDFDocument.create()
const font = await pdf.embedFont(StandardFonts.Helvetica)
// Incompressible images bring the file to its target size, as scanned figures do.
const side = Math.round(Math.sqrt(targetBytes / pages / 3))
const noiseImage = () =>
  sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
const sentence =
  'Microcredit, coaching and mentoring for migrant entrepreneurs, with financial education and support for the recognition of diplomas. '
for (let page = 0; page < pages; page++) {
  const p = pdf.addPage([595, 842])
  const image = await pdf.embedPng(await noiseImage())
  p.drawImage(image, { x: 50, y: 450, width: 300, height: 300 })
  for (let line = 0; line < 25; line++)
    p.drawText(`${page + 1}.${line + 1} ${sentence.slice(0, 85)}`, { x: 50, y: 420 - line * 15, size: 9, font })
}
const data = Buffer.from(await pdf.save())
console.log(`PDF: ${pages} pages, ${(data.byteLength / 1024 / 1024).toFixed(1)} MB`)

const rssBefore = process.memoryUsage().rss
let started = performance.now()
await inspectUpload({ data, name: 'big.pdf' }, 'document', 25 * 1024 * 1024)
console.log(`upload inspection: ${(performance.now() - started).toFixed(0)} ms`)
started = performance.now()
const result = await extractDocumentText(data, 'pdf')
const seconds = (performance.now() - started) / 1000
const maxRss = process.resourceUsage().maxRSS * 1024
console.log(
  `extraction: ${seconds.toFixed(2)} s for ${result.pages} pages (${Math.round((result.pages ?? 0) / seconds)} pages/s), ${result.characters} characters, truncated: ${result.truncated}`,
)
console.log(`memory: RSS before ${(rssBefore / 1024 / 1024).toFixed(0)} MB, peak RSS ${(maxRss / 1024 / 1024).toFixed(0)} MB`)
