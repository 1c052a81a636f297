import { strToU8, zipSync, type Zippable } from 'fflate'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

/**
 * Test files made here, good and bad: real files of every accepted type with a word that only
 * they contain, and a corpus of files that must be refused.
 */

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`
const zip = (entries: Record<string, string | Uint8Array>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(entries).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content]),
      ) as Zippable,
      { level: 6 },
    ),
  )

export async function pdfWith(text: string, pages = 1): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let page = 0; page < pages; page++) pdf.addPage([595, 842]).drawText(`${text} (page ${page + 1})`, { x: 50, y: 780, size: 12, font })
  return Buffer.from(await pdf.save())
}

/**
 * A PDF that runs JavaScript when opened, written in the open (`/JavaScript`), with its names
 * spelled in `#xx` escapes (`/J#61vaScript`, which PDF readers decode), or inside a compressed
 * object stream where no byte pattern shows it.
 */
export async function pdfWithJavaScript(spelling: 'plain' | 'escaped' | 'compressed'): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage([595, 842]).drawText('Open me', { x: 50, y: 780, size: 12, font })
  const action = pdf.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') })
  pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.register(action))
  const data = Buffer.from(await pdf.save({ useObjectStreams: spelling === 'compressed' }))
  if (spelling !== 'escaped') return data
  return Buffer.from(data.toString('latin1').replace('/JavaScript', '/J#61vaScript').replace('/JS ', '/J#53 '), 'latin1')
}

/**
 * A PDF whose open action launches a program, with the action's name spelled `/L#61unch`: the
 * PDF reader's JavaScript list does not show launch actions, so only the decoded names do.
 */
export async function pdfWithEscapedLaunch(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.addPage([595, 842])
  const action = pdf.context.obj({ Type: 'Action', S: 'Launch', F: PDFString.of('calc.exe') })
  pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.register(action))
  const data = Buffer.from(await pdf.save({ useObjectStreams: false }))
  if (!data.toString('latin1').includes('/Launch')) throw new Error('the launch action was not written in the open')
  return Buffer.from(data.toString('latin1').replace('/Launch', '/L#61unch'), 'latin1')
}

export function docxWith(text: string): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': xml(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p><w:p><w:r><w:t>Second paragraph &amp; more.</w:t></w:r></w:p></w:body></w:document>`,
    ),
  })
}

export function xlsxWith(text: string): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': xml(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
    ),
    'xl/sharedStrings.xml': xml(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${text}</t></si></sst>`,
    ),
    'xl/worksheets/sheet1.xml': xml(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    ),
  })
}

export function pptxWith(text: string): Buffer {
  return zip({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
    ),
    'ppt/presentation.xml': xml('<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'),
    'ppt/slides/slide1.xml': xml(
      `<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    ),
  })
}

export function odtWith(text: string): Buffer {
  // The mimetype entry must come first, stored: that is how ODF files are recognised.
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'META-INF/manifest.xml': strToU8(
        xml(
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
        ),
      ),
      'content.xml': strToU8(
        xml(
          `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>${text}</text:p></office:text></office:body></office:document-content>`,
        ),
      ),
    } as Zippable),
  )
}

/** A JPEG carrying EXIF metadata with a GPS position. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Someone', ImageDescription: 'Taken at home' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 21/1 0/1' },
    })
    .toBuffer()
}

/** Files that must be refused, each with (part of) the reason the refusal must give. */
export async function badFileCorpus(
  limitBytes: number,
): Promise<{ name: string; file: string; data: Buffer; reason: RegExp; kind: 'document' | 'image' }[]> {
  const exe = Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(58),
    Buffer.from([0x80, 0, 0, 0]),
    Buffer.alloc(64),
    Buffer.from('PE\0\0'),
    Buffer.alloc(200),
  ])
  const goodPdf = await pdfWith('A real report')
  const bomb = zip({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/document.xml': new Uint8Array(300 * 1024 * 1024), // 300 MB of zeros: a few hundred KB compressed
  })
  return [
    { name: 'an executable named .pdf', file: 'report.pdf', data: exe, reason: /content is EXE/, kind: 'document' },
    {
      name: 'HTML named .pdf',
      file: 'report.pdf',
      data: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
      reason: /HTML files are not accepted/,
      kind: 'document',
    },
    {
      name: 'a PDF/HTML polyglot',
      file: 'report.pdf',
      data: Buffer.concat([goodPdf, Buffer.from('\n<html><script>alert(1)</script></html>')]),
      reason: /polyglot/,
      kind: 'document',
    },
    {
      name: 'a PDF/ZIP polyglot',
      file: 'report.pdf',
      data: Buffer.concat([goodPdf, docxWith('hidden')]),
      reason: /polyglot/,
      kind: 'document',
    },
    {
      name: 'an SVG with a script (as an image)',
      file: 'logo.svg',
      data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      reason: /SVG files are not accepted/,
      kind: 'image',
    },
    {
      name: 'an SVG with a script named .png',
      file: 'logo.png',
      data: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      reason: /SVG files are not accepted/,
      kind: 'image',
    },
    {
      name: 'a file over the limit',
      file: 'big.pdf',
      data: Buffer.concat([goodPdf, Buffer.alloc(limitBytes)]),
      reason: /the limit is/,
      kind: 'document',
    },
    { name: 'an empty file', file: 'empty.pdf', data: Buffer.alloc(0), reason: /empty/, kind: 'document' },
    {
      name: 'a truncated PDF',
      file: 'cut.pdf',
      data: goodPdf.subarray(0, Math.floor(goodPdf.length / 2)),
      reason: /truncated or corrupted/,
      kind: 'document',
    },
    { name: 'a zip bomb disguised as DOCX', file: 'bomb.docx', data: bomb, reason: /expands beyond/, kind: 'document' },
    {
      name: 'a DOCX named .pdf',
      file: 'report.pdf',
      data: docxWith('text'),
      reason: /ends in \.pdf but the content is DOCX/,
      kind: 'document',
    },
    { name: 'a PDF as an image', file: 'photo.png', data: goodPdf, reason: /content is PDF/, kind: 'image' },
    {
      name: 'a PDF with a JavaScript open action',
      file: 'js.pdf',
      data: await pdfWithJavaScript('plain'),
      reason: /JavaScript/,
      kind: 'document',
    },
    {
      name: 'a PDF with JavaScript spelled in name escapes (/J#61vaScript)',
      file: 'js.pdf',
      data: await pdfWithJavaScript('escaped'),
      reason: /JavaScript/,
      kind: 'document',
    },
    {
      name: 'a PDF with a launch action spelled in name escapes (/L#61unch)',
      file: 'launch.pdf',
      data: await pdfWithEscapedLaunch(),
      reason: /launch actions/,
      kind: 'document',
    },
    {
      name: 'a PDF with JavaScript in a compressed object stream',
      file: 'js.pdf',
      data: await pdfWithJavaScript('compressed'),
      reason: /JavaScript/,
      kind: 'document',
    },
  ]
}
