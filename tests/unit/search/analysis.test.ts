import { describe, expect, it } from 'vitest'
import { analyzerFor } from '../../../src/search/analysis'

describe('stems of the embedded engine', () => {
  const fr = analyzerFor('fr')
  const en = analyzerFor('en')

  it('gives a French plural the stem of its singular, where the stemmer alone would not', () => {
    // Each pair stems apart with the bare Snowball stemmer ("microcredit" / "microcred").
    for (const [plural, singular] of [
      ['microcredits', 'microcredit'],
      ['conseillers', 'conseiller'],
      ['etrangers', 'etranger'],
      ['petits', 'petit'],
      ['prets', 'pret'],
      ['dossiers', 'dossier'],
    ]) {
      expect(fr.stem(plural!), plural).toBe(fr.stem(singular!))
    }
  })

  it('leaves alone the French words whose final "s" the stemmer keeps', () => {
    expect(fr.stem('mois')).not.toBe(fr.stem('moi'))
    expect(fr.stem('plus')).toBe('plus')
    expect(fr.stem('fois')).not.toBe(fr.stem('foi'))
  })

  it('keeps the English stems as the English stemmer makes them', () => {
    expect(en.stem('credits')).toBe(en.stem('credit'))
    expect(en.stem('businesses')).toBe(en.stem('business'))
    expect(en.stem('activities')).toBe(en.stem('activity'))
  })
})
