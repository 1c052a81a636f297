import { describe, expect, it, vi } from 'vitest'

import {
  DELIBERATELY_AMBIGUOUS,
  glossaryEntries,
  glossaryKey,
  glossaryVocabularies,
  PROJECT_DOMAINS,
  projectTerms,
  type GlossaryEntry,
} from '@/search/glossary'
import * as vocab from '@/vocab'
import type * as taxonomy from '@/vocab/taxonomy'

const entries = glossaryEntries()
const locales = ['en', 'fr'] as const

function entriesWith(locale: 'en' | 'fr', term: string): GlossaryEntry[] {
  const key = glossaryKey(term)
  return entries.filter((entry) => entry[locale].some((candidate) => glossaryKey(candidate) === key))
}

/** Every export of the vocabulary module that is a list of terms (code and bilingual label). */
function exportedVocabularies(): [string, readonly vocab.Term[]][] {
  const found: [string, readonly vocab.Term[]][] = []
  for (const [name, value] of Object.entries(vocab) as [string, unknown][]) {
    if (!Array.isArray(value) || value.length === 0) continue
    if (value.every((item: unknown) => typeof item === 'object' && item !== null && 'code' in item && 'label' in item)) {
      found.push([name, value as readonly vocab.Term[]])
    }
  }
  return found
}

describe('glossary shape', () => {
  it('has entries with at least one term in each language, trimmed, none empty, none repeated within a list', () => {
    expect(entries.length).toBeGreaterThan(500)
    for (const entry of entries) {
      for (const locale of locales) {
        expect(entry[locale].length, `${entry.en[0]} / ${entry.fr[0]}: no ${locale} term`).toBeGreaterThan(0)
        for (const term of entry[locale]) {
          expect(term, `"${term}" in ${entry.en[0]}`).toBe(term.trim())
          expect(term.length).toBeGreaterThan(0)
          expect(term).not.toMatch(/\s{2,}/)
        }
        const keys = entry[locale].map(glossaryKey)
        expect(new Set(keys).size, `${locale} repeats a term in ${entry.en[0]}`).toBe(keys.length)
      }
      expect(entry.domain.length).toBeGreaterThan(0)
    }
  })

  it('has at least 300 terms of the field written by the project, in every domain', () => {
    expect(projectTerms.length).toBeGreaterThanOrEqual(300)
    for (const domain of PROJECT_DOMAINS) {
      expect(projectTerms.filter((term) => term.domain === domain).length, domain).toBeGreaterThanOrEqual(25)
    }
    for (const term of projectTerms) expect(PROJECT_DOMAINS).toContain(term.domain)
  })

  it('never gives the same term to two entries of a language, except the declared ambiguous ones', () => {
    for (const locale of locales) {
      const owners = new Map<string, Set<GlossaryEntry>>()
      for (const entry of entries) {
        for (const term of entry[locale]) {
          const key = glossaryKey(term)
          owners.set(key, (owners.get(key) ?? new Set()).add(entry))
        }
      }
      const shared = [...owners].filter(([, set]) => set.size > 1).map(([key]) => key)
      expect(shared.sort(), locale).toEqual(DELIBERATELY_AMBIGUOUS[locale].map(glossaryKey).sort())
    }
  })

  it('adds something to every project entry: its English and French terms are not the same words', () => {
    const same = projectTerms.filter((term) => {
      const en = new Set(term.en.map(glossaryKey))
      const fr = term.fr.map(glossaryKey)
      return fr.length === en.size && fr.every((key) => en.has(key))
    })
    expect(same.map((term) => term.en[0])).toEqual([])
  })
})

describe('glossary and the controlled vocabularies', () => {
  it('reads every vocabulary the vocabulary module exports', () => {
    const read = new Set<readonly vocab.Term[]>(Object.values(glossaryVocabularies))
    const missing = exportedVocabularies().filter(([, terms]) => !read.has(terms))
    expect(missing.map(([name]) => name)).toEqual([])
  })

  it('has every label of every vocabulary, English and French in one entry', () => {
    let labels = 0
    for (const [name, terms] of exportedVocabularies()) {
      for (const term of terms) {
        const [entry, ...others] = entriesWith('en', term.label.en)
        expect(entry, `${name}:${term.code} "${term.label.en}"`).toBeDefined()
        expect(others).toEqual([])
        expect(entry!.fr.map(glossaryKey), `${name}:${term.code}`).toContain(glossaryKey(term.label.fr))
        labels++
      }
    }
    // Themes of both levels, target groups, countries, languages...: well over a hundred labels.
    expect(labels).toBeGreaterThanOrEqual(150)
  })

  it('puts a vocabulary label first in its entry, before the project variants', () => {
    const microcredit = entriesWith('en', 'micro-credit')
    expect(microcredit).toHaveLength(1)
    expect(microcredit[0]!.en[0]).toBe(vocab.interventionTypes.find((term) => term.code === 'microcredit')!.label.en)
    expect(microcredit[0]!.domain).toBe('vocabulary:intervention-type')
  })

  it('follows a reworded vocabulary label without another edit', async () => {
    vi.resetModules()
    vi.doMock('@/vocab/taxonomy', async (importOriginal) => {
      const original = await importOriginal<typeof taxonomy>()
      return {
        ...original,
        lessonKinds: original.lessonKinds.map((term) =>
          term.code === 'risk' ? { ...term, label: { en: 'Pitfall to avoid', fr: 'Écueil à éviter' } } : term,
        ),
      }
    })
    try {
      const reloaded = await import('@/search/glossary')
      const pitfall = reloaded.glossaryEntries().filter((entry) => entry.en.includes('Pitfall to avoid'))
      expect(pitfall).toHaveLength(1)
      expect(pitfall[0]!.fr).toContain('Écueil à éviter')
      expect(reloaded.glossaryEntries().some((entry) => entry.en.includes('Risk'))).toBe(false)
    } finally {
      vi.doUnmock('@/vocab/taxonomy')
      vi.resetModules()
    }
  })
})

describe('glossary content', () => {
  // Pairs a reader would type, written here by hand: each English term and its French term must
  // be found in one and the same entry.
  const pairs: [string, string][] = [
    ['beekeeping', 'apiculture'],
    ['microcredit', 'microcrédit'],
    ['micro-credit', 'micro-crédit'],
    ['self-employment', 'travail indépendant'],
    ['diploma recognition', 'reconnaissance des diplômes'],
    ['asylum seeker', "demandeur d'asile"],
    ['third-country national', 'ressortissant de pays tiers'],
    ['business plan', "plan d'affaires"],
    ['loan', 'prêt'],
    ['mentoring', 'mentorat'],
    ['housing', 'logement'],
    ['unaccompanied minor', 'mineur non accompagné'],
    ['family reunification', 'regroupement familial'],
    ['over-indebtedness', 'surendettement'],
    ['homework help', 'aide aux devoirs'],
    ['cash flow', 'trésorerie'],
    ['repayment schedule', 'échéancier de remboursement'],
    ['loan officer', 'chargé de crédit'],
    ['interpreter', 'interprète'],
    ['social housing', 'logement social'],
    ['mental health', 'santé mentale'],
    ['Asylum, Migration and Integration Fund', 'FAMI'],
    ['scaling up', 'changement d’échelle'],
    ['NGO', 'ONG'],
    ['Belgium', 'Belgique'],
    ['Dutch', 'Néerlandais'],
  ]

  it.each(pairs)('"%s" and "%s" are one entry', (en, fr) => {
    const english = entriesWith('en', en)
    expect(english, en).toHaveLength(1)
    expect(english[0]!.fr.map(glossaryKey), `${en} -> ${english[0]!.fr.join(', ')}`).toContain(glossaryKey(fr))
  })

  it('compares terms without regard to case, apostrophe or spacing', () => {
    expect(glossaryKey('  Demandeur  D’asile ')).toBe(glossaryKey("demandeur d'asile"))
    expect(glossaryKey('Micro-Crédit')).not.toBe(glossaryKey('microcrédit'))
  })
})
