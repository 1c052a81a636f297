import { describe, expect, it } from 'vitest'
import type { SearchRequest } from '../../../../src/search/port'
import { doc } from '../fixtures/document'
import type { ContractSuite } from './suite'

/**
 * A plural and its singular find the same records. The French stemmer takes some plurals less far
 * than their singular ("microcrédits" -> "microcredit", "microcrédit" -> "microcred"); a reader who
 * types the singular must not see a record with the plural in its title ranked as a weaker match.
 */

export function describePlurals({ ids, freshIndex }: ContractSuite): void {
  const request = (q: string): SearchRequest => ({
    locale: 'fr',
    q,
    filters: {},
    facets: [],
    sort: 'relevance',
    page: 1,
    hitsPerPage: 100,
  })

  describe('plurals', () => {
    it('finds the plural and the singular of a French word alike, and ranks by where the word stands', async () => {
      // Made here, after the shared fixtures, so that their dates stay as they are.
      const pluralInTitle = doc({
        type: 'practice',
        recordId: '90',
        locale: 'fr',
        title: 'Microcrédits pour les artisans',
        body: 'Des prêts de petite taille, remboursés chaque mois.',
      })
      const singularInBody = doc({
        type: 'practice',
        recordId: '91',
        locale: 'fr',
        title: 'Accompagnement des artisans',
        body: 'L’accès au microcrédit vient après la formation.',
      })
      const neither = doc({
        type: 'practice',
        recordId: '92',
        locale: 'fr',
        title: 'Marchés de quartier',
        body: 'Des étals pour les artisans.',
      })
      const index = await freshIndex([pluralInTitle, singularInBody, neither])
      for (const q of ['microcrédit', 'microcrédits', 'microcredits']) {
        const found = ids(await index.search(request(q)))
        expect(found, q).toContain(pluralInTitle.id)
        expect(found, q).toContain(singularInBody.id)
        expect(found, q).not.toContain(neither.id)
      }
      // The singular typed: both are whole-word matches, so the title beats the body.
      expect(ids(await index.search(request('microcrédit')))).toEqual([pluralInTitle.id, singularInBody.id])
    })
  })
}
