import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access'
import { ALERT_FREQUENCIES, ALERT_SUBSCRIPTIONS, MAX_SEARCH_LENGTH } from '../src/alerts/subscription'
import { label } from '../src/core/fields'
import { locales } from '../src/core/locale'

/**
 * E-mail alerts for a search (src/alerts): an address, the saved search, how often, and whether
 * the address was confirmed (double opt-in). Written by the alert endpoints and the digest job
 * only; never readable by the public, contributors or editors. Administrators may see and delete
 * them (an erasure request); an unsubscribe deletes the row, address included.
 */
export const AlertSubscriptions: CollectionConfig = {
  slug: ALERT_SUBSCRIPTIONS,
  labels: { singular: label('E-mail alert', 'Alerte par courriel'), plural: label('E-mail alerts', 'Alertes par courriel') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'search', 'frequency', 'status', 'lastDigestAt'],
    group: label('Administration', 'Administration'),
    description: 'Addresses that asked for alerts of a search. Used for these alerts only; deleted on unsubscribe.',
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    { name: 'email', label: label('E-mail address', 'Adresse électronique'), type: 'email', required: true, index: true },
    {
      name: 'locale',
      label: label('Language', 'Langue'),
      type: 'select',
      required: true,
      options: locales.map((value) => ({ value, label: value })),
    },
    {
      name: 'search',
      label: label('Search (query string)', 'Recherche (paramètres)'),
      type: 'text',
      maxLength: MAX_SEARCH_LENGTH,
      admin: { description: 'The parameters of the search page, e.g. q=microcredit&country=BE. Empty: every record.' },
    },
    {
      name: 'frequency',
      label: label('Frequency', 'Fréquence'),
      type: 'select',
      required: true,
      options: ALERT_FREQUENCIES.map((value) => ({ value, label: value })),
    },
    {
      name: 'status',
      label: label('Status', 'Statut'),
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: label('Waiting for confirmation', 'En attente de confirmation') },
        { value: 'active', label: label('Confirmed', 'Confirmée') },
      ],
    },
    {
      name: 'confirmedAt',
      label: label('Confirmed at', 'Confirmée le'),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastDigestAt',
      label: label('Digests cover records published up to', 'Les envois couvrent les fiches publiées jusqu’au'),
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSentAt',
      label: label('Last digest sent', 'Dernier envoi'),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
