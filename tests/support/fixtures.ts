import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { paragraphsToLexical } from '../../src/core/lexical'
import { unique } from './hub'

/** Minimal valid records of each collection, for tests. Each call gives fresh unique values. */

export const pilotData = (overrides: Record<string, unknown> = {}) => ({
  name: unique('Test pilot'),
  country: 'BE',
  projectStatus: 'completed',
  implementer: 'Test implementer',
  summary: 'A pilot made by a test.',
  body: paragraphsToLexical(['Body of a test pilot.']),
  themes: ['entrepreneurship'],
  ...overrides,
})

export const practiceData = (pilotId: number | string, overrides: Record<string, unknown> = {}) => ({
  title: unique('Test practice'),
  pilots: [pilotId],
  summary: 'A practice made by a test.',
  evidenceLevel: 'described',
  themes: ['financial-inclusion'],
  ...overrides,
})

export const lessonData = (pilotId: number | string, overrides: Record<string, unknown> = {}) => ({
  title: unique('Test lesson'),
  pilot: pilotId,
  kind: 'challenge',
  phase: 'delivery',
  summary: 'A lesson made by a test.',
  ...overrides,
})

export const documentData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Test document'),
  kind: 'report',
  licence: 'cc-by-4.0',
  ...overrides,
})

/** A small, valid one-page PDF with the given text. */
export async function pdfFile(name = 'report.pdf', text = 'A report made by a test.') {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 12, font })
  const data = Buffer.from(await pdf.save())
  return { data, mimetype: 'application/pdf', name: `${Date.now()}-${name}`, size: data.length }
}

export async function pngFile(name = 'photo.png') {
  const data = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#0b4f8a' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `${Date.now()}-${name}`, size: data.length }
}
