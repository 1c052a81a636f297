import { extractText, getDocumentProxy } from 'unpdf'

import { readArchive, type ArchiveLimits, defaultArchiveLimits } from './archive'
import type { DocumentFileType } from './types'

/**
 * Plain text of an uploaded document, for search. PDF text comes from pdf.js (unpdf); Office
 * Open XML (DOCX, PPTX, XLSX) and OpenDocument (ODT) are ZIP archives of XML parts, read with
 * bounded decompression, whose text nodes are joined.
 */

export const MAX_EXTRACTED_CHARACTERS = 500_000

export type ExtractedText = { text: string; characters: number; truncated: boolean; pages?: number }

const decoder = new TextDecoder('utf-8')

/** Text of an XML part: paragraph-like elements become line breaks, markup is dropped. */
export function xmlToText(xml: string): string {
  return xml
    .replace(/<\/(w:p|a:p|text:p|text:h|row|si)>/g, '\n')
    .replace(/<(w:tab|text:tab)\s*\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const partsOf: Record<Exclude<DocumentFileType, 'pdf'>, (name: string) => boolean> = {
  docx: (name) => /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name),
  pptx: (name) => /^ppt\/(slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/.test(name),
  xlsx: (name) => name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
  odt: (name) => name === 'content.xml',
}

const naturalOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

function cap(text: string): ExtractedText {
  const clean = text.replace(/\u0000/g, '')
  const truncated = clean.length > MAX_EXTRACTED_CHARACTERS
  const kept = truncated ? clean.slice(0, MAX_EXTRACTED_CHARACTERS) : clean
  return { text: kept, characters: clean.length, truncated }
}

export async function extractDocumentText(
  data: Uint8Array,
  type: DocumentFileType,
  limits: ArchiveLimits = defaultArchiveLimits,
): Promise<ExtractedText> {
  if (type === 'pdf') {
    const pdf = await getDocumentProxy(new Uint8Array(data))
    try {
      const { text, totalPages } = await extractText(pdf, { mergePages: false })
      return { ...cap((text as string[]).join('\n\n')), pages: totalPages }
    } finally {
      await pdf.destroy()
    }
  }
  const parts = readArchive(data, partsOf[type], limits)
  const names = [...parts.keys()].sort(naturalOrder)
  // In a spreadsheet the shared strings hold the text; sheets hold inline strings and numbers.
  return cap(
    names
      .map((name) => xmlToText(decoder.decode(parts.get(name))))
      .filter(Boolean)
      .join('\n\n'),
  )
}
