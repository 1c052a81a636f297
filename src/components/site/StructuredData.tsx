import { hubPayload } from '@/boot/payload'
import type { Locale } from '@/core/locale'
import { firstPublishedAt, type DocumentPage, type LessonPage, type PilotPage, type PracticePage } from '@/site/content'
import { documentJsonLd, lessonJsonLd, pilotJsonLd, practiceJsonLd, serializeJsonLd } from '@/site/structured-data'

/**
 * schema.org JSON-LD in a `<script type="application/ld+json">`: a data block, which the browser
 * does not run, so the CSP needs no nonce for it (the portal's server leaves it as it is); the JSON
 * is escaped so that no text of a record can end the element (src/site/structured-data.ts).
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}

type RecordData =
  | { type: 'practice'; page: PracticePage }
  | { type: 'lesson'; page: LessonPage }
  | { type: 'pilot'; page: PilotPage }
  | { type: 'document'; page: DocumentPage }

/** The structured data of a record page, with the date it was first published. */
export async function RecordStructuredData({ locale, record }: { locale: Locale; record: RecordData }) {
  const published = await firstPublishedAt(await hubPayload(), record.type, record.page.id)
  const dates = { published }
  switch (record.type) {
    case 'practice':
      return <JsonLd data={practiceJsonLd(locale, record.page, dates)} />
    case 'lesson':
      return <JsonLd data={lessonJsonLd(locale, record.page, dates)} />
    case 'pilot':
      return <JsonLd data={pilotJsonLd(locale, record.page)} />
    case 'document':
      return <JsonLd data={documentJsonLd(locale, record.page, dates)} />
  }
}
