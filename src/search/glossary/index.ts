import { projectTerms } from './terms'
import { glossaryVocabularies, type GlossaryVocabulary, type VocabularyRef } from './vocabulary'

/**
 * The bilingual English-French glossary of the field, used to translate queries from one
 * language to the other. One entry is one concept: the first term of each list is the preferred
 * one, the others are variants or synonyms. Terms may have several words and are written with
 * their accents; compare them with `glossaryKey` (case, apostrophes and spacing do not count).
 *
 * It holds every label of every controlled vocabulary (read from `src/vocab/`, so a reworded label
 * reaches search by itself; `domain` is then `vocabulary:<name>`) and the project's terms of the
 * field (`terms.ts`; `domain` is one of `PROJECT_DOMAINS`). A project term that extends a
 * vocabulary term is merged into it; vocabulary terms with the same label in two vocabularies
 * (intervention type and lesson phase "Outreach") are one entry.
 */
export type GlossaryEntry = { en: readonly string[]; fr: readonly string[]; domain: string }

export type GlossaryLocale = 'en' | 'fr'

export { PROJECT_DOMAINS, projectTerms, type ProjectDomain, type ProjectTerm } from './terms'
export { glossaryVocabularies, type GlossaryVocabulary, type VocabularyRef } from './vocabulary'

/**
 * Terms that deliberately belong to two entries of one language: French "suivi" is both the
 * follow-up of a lesson phase and the monitoring of a project. A query with such a term is
 * translated by both entries.
 */
export const DELIBERATELY_AMBIGUOUS: Readonly<Record<GlossaryLocale, readonly string[]>> = {
  en: [],
  fr: ['suivi'],
}

/** The comparison key of a term: NFC, lower case, one kind of apostrophe, single spaces. */
export function glossaryKey(term: string): string {
  return term
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

type Draft = { en: string[]; fr: string[]; domain: string; refs: Set<VocabularyRef> }

function addTerms(target: string[], terms: readonly string[]): void {
  const seen = new Set(target.map(glossaryKey))
  for (const term of terms) {
    const key = glossaryKey(term)
    if (seen.has(key)) continue
    seen.add(key)
    target.push(term.trim())
  }
}

function vocabularyDrafts(): Draft[] {
  const drafts: Draft[] = []
  const byLabel = new Map<string, Draft>()
  for (const [name, vocabulary] of Object.entries(glossaryVocabularies) as [
    GlossaryVocabulary,
    (typeof glossaryVocabularies)[GlossaryVocabulary],
  ][]) {
    for (const term of vocabulary) {
      const ref: VocabularyRef = `${name}:${term.code}`
      const same = byLabel.get(`en|${glossaryKey(term.label.en)}`) ?? byLabel.get(`fr|${glossaryKey(term.label.fr)}`)
      if (same) {
        addTerms(same.en, [term.label.en])
        addTerms(same.fr, [term.label.fr])
        same.refs.add(ref)
      } else {
        const draft: Draft = { en: [term.label.en.trim()], fr: [term.label.fr.trim()], domain: `vocabulary:${name}`, refs: new Set([ref]) }
        drafts.push(draft)
        byLabel.set(`en|${glossaryKey(term.label.en)}`, draft)
        byLabel.set(`fr|${glossaryKey(term.label.fr)}`, draft)
      }
    }
  }
  return drafts
}

function build(): readonly GlossaryEntry[] {
  const drafts = vocabularyDrafts()
  const byRef = new Map<string, Draft>()
  for (const draft of drafts) for (const ref of draft.refs) byRef.set(ref, draft)
  for (const term of projectTerms) {
    if (term.vocab) {
      const target = byRef.get(term.vocab)
      if (!target) throw new Error(`Glossary: the term "${term.en[0]}" extends ${term.vocab}, which no vocabulary has`)
      addTerms(target.en, term.en)
      addTerms(target.fr, term.fr)
    } else {
      const draft: Draft = { en: [], fr: [], domain: term.domain, refs: new Set() }
      addTerms(draft.en, term.en)
      addTerms(draft.fr, term.fr)
      drafts.push(draft)
    }
  }
  return Object.freeze(drafts.map(({ en, fr, domain }) => Object.freeze({ en: Object.freeze(en), fr: Object.freeze(fr), domain })))
}

let entries: readonly GlossaryEntry[] | undefined

/** Every entry of the glossary (built once, frozen). */
export function glossaryEntries(): readonly GlossaryEntry[] {
  entries ??= build()
  return entries
}
