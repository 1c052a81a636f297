import { PDFDocument, StandardFonts } from 'pdf-lib'

import type { SeedPilot } from './types'

/**
 * A small sample PDF per pilot, made here, so that search inside files can be tried on a fresh
 * install. It says in both languages that it is sample content, and repeats only what the
 * programme reference says about the pilot.
 */
export async function samplePilotPdf(pilot: SeedPilot): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Sample document: ${pilot.name.en}`)
  pdf.setCreator('Inclusion Practice Hub seed')
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = pdf.addPage([595, 842])
  let y = 780
  const write = (text: string, size = 11, face = font) => {
    // Wrap at about 90 characters: enough for these short paragraphs.
    const words = text.split(' ')
    let line = ''
    for (const word of words) {
      if ((line + ' ' + word).trim().length > 90) {
        page.drawText(line.trim(), { x: 50, y, size, font: face })
        y -= size + 5
        line = ''
      }
      line += ` ${word}`
    }
    if (line.trim()) page.drawText(line.trim(), { x: 50, y, size, font: face })
    y -= size + 12
  }
  // Standard PDF fonts cover Latin-1 only: French accents are fine, other characters are not used.
  write(`Sample document - ${pilot.name.en}`, 16, bold)
  write(
    'SAMPLE CONTENT: this file was generated to show how the hub searches the text inside documents. It is not a document of the pilot.',
  )
  write(pilot.summary.en)
  write(`Document d'exemple - ${pilot.name.fr}`, 16, bold)
  write(
    "CONTENU D'EXEMPLE : ce fichier a été créé pour montrer comment la plateforme recherche le texte à l'intérieur des documents. Ce n'est pas un document du projet pilote.",
  )
  write(pilot.summary.fr)
  write(
    `Keyword for trying search inside files / mot-clé pour essayer la recherche dans les fichiers: samplefile${pilot.slug.replace(/[^a-z]/g, '')}`,
  )
  return Buffer.from(await pdf.save())
}
