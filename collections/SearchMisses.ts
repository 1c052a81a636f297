import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, isEditor, type HubUser } from '../src/access'
import { label } from '../src/core/fields'

/**
 * Searches that found nothing, for the editors: what readers looked for and the hub does not
 * have yet. One row per normalised query and language, with a count and when it was first and
 * last seen; nothing else (no address, no user, no time of each search). Written by the search
 * page and GET /api/search in batches (src/search/misses.ts), never through the API; the editors'
 * view is /admin/search-misses (src/components/admin/SearchMissesView.tsx), and editors may
 * delete rows once the content exists.
 */
export const SearchMisses: CollectionConfig = {
  slug: 'search-misses',
  labels: {
    singular: label('Search with no results', 'Recherche sans résultat'),
    plural: label('Searches with no results', 'Recherches sans résultat'),
  },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'language', 'count', 'lastSeen', 'firstSeen'],
    group: label('Content', 'Contenu'),
    description: 'What readers searched for and did not find (counts only). The summary is under "Searches with no results" in the menu.',
    hidden: ({ user }) => !isEditor(user as HubUser | null),
  },
  defaultSort: '-count',
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: () => false,
    delete: isEditorOrAdmin,
  },
  indexes: [{ fields: ['query', 'language'], unique: true }],
  fields: [
    { name: 'query', label: label('Search', 'Recherche'), type: 'text', required: true, maxLength: 200 },
    {
      name: 'language',
      label: label('Language of the site', 'Langue du site'),
      type: 'select',
      required: true,
      options: [
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'Français' },
      ],
    },
    { name: 'count', label: label('Times', 'Fois'), type: 'number', required: true, min: 1, defaultValue: 1, index: true },
    { name: 'firstSeen', label: label('First seen', 'Vue la première fois'), type: 'date', required: true },
    { name: 'lastSeen', label: label('Last seen', 'Vue la dernière fois'), type: 'date', required: true, index: true },
  ],
}
