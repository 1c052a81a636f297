import { describe, expect, it } from 'vitest'
import {
  documentToSearchDocument,
  lessonToSearchDocument,
  pilotToSearchDocument,
  practiceToSearchDocument,
} from '../../../src/search/sync/mapping'

/** Records as the public reads them (depth 1), written the day a seed ran. */
const SEED_DAY = '2026-11-30T09:00:00.000Z'
const written = { createdAt: SEED_DAY, updatedAt: SEED_DAY }
const pilotRef = { id: 1, name: 'SMILE', slug: 'smile', country: 'FI' }

describe('the year facet', () => {
  it("is a pilot's start year, else its end year, else its first publication", () => {
    const pilot = { id: 1, name: 'SMILE', slug: 'smile', country: 'FI', ...written }
    expect(pilotToSearchDocument({ ...pilot, period: { start: '2022-03-01', end: '2024-12-01' } }, 'en').year).toBe(2022)
    expect(pilotToSearchDocument({ ...pilot, period: { end: '2024-12-01' } }, 'en').year).toBe(2024)
    expect(pilotToSearchDocument({ ...pilot, period: {} }, 'en', { firstPublishedAt: '2023-06-01T00:00:00Z' }).year).toBe(2023)
    expect(pilotToSearchDocument({ ...pilot, period: {} }, 'en').year).toBeNull()
  })

  it("is a document's own date, else its first publication", () => {
    const doc = { id: 5, title: 'Report', pilot: pilotRef, ...written }
    expect(documentToSearchDocument({ ...doc, date: '2021-09-15' }, 'fr', { firstPublishedAt: '2025-01-01T00:00:00Z' }).year).toBe(2021)
    expect(documentToSearchDocument(doc, 'fr', { firstPublishedAt: '2025-01-01T00:00:00Z' }).year).toBe(2025)
  })

  it("is a practice's or a lesson's first publication by an editor, never the day the record was written", () => {
    const practice = { id: 7, title: 'Coaching', pilots: [pilotRef], lastReviewed: SEED_DAY, ...written }
    expect(practiceToSearchDocument(practice, 'en').year).toBeNull()
    expect(practiceToSearchDocument(practice, 'en', { firstPublishedAt: '2024-04-02T08:00:00Z', contentLanguage: 'en' }).year).toBe(2024)
    const lesson = { id: 8, title: 'Outreach', pilot: pilotRef, kind: 'success', ...written }
    expect(lessonToSearchDocument(lesson, 'en').year).toBeNull()
    expect(lessonToSearchDocument(lesson, 'en', { firstPublishedAt: '2023-12-31T23:59:59Z' }).year).toBe(2023)
  })
})

describe('the language of the text', () => {
  it('is the locale unless the record fell back to the other language', () => {
    const practice = { id: 7, title: 'Coaching', pilots: [pilotRef], ...written }
    expect(practiceToSearchDocument(practice, 'fr').contentLanguage).toBe('fr')
    const fallback = practiceToSearchDocument(practice, 'fr', { contentLanguage: 'en' })
    expect(fallback).toMatchObject({ id: 'practice-7-fr', locale: 'fr', contentLanguage: 'en', title: 'Coaching' })
  })
})
