import type { Locale } from '../lib/locale'

/** Interface strings of the public site, in every locale. Vocabulary labels live in src/vocab. */
const en = {
  siteName: 'Inclusion Practice Hub',
  skipToContent: 'Skip to content',
  tagline: 'Good practice and lessons learned for the inclusion of migrants in Europe',
  intro:
    'The hub gathers what pilot projects learned about including migrants: practices that can be reused, lessons from what worked and what did not, and the documents behind them. It starts with PAFMI, a programme of the Council of Europe Development Bank.',
  programmeHeading: 'PAFMI in figures',
  figures: {
    contribution: 'contribution from the EU Asylum, Migration and Integration Fund (AMIF)',
    pilots: 'pilot projects',
    countries: 'countries',
    completed: 'year the programme was completed',
  },
  pilotsHeading: 'The four pilots',
  implementer: 'Implementer',
  place: 'Place',
  country: 'Country',
  noPilots: 'No pilot has been published yet.',
  language: 'Language',
  admin: 'Sign in (pilot teams and editors)',
  footer: 'A programme funded by the European Union.',
}

export type Messages = typeof en

const fr: Messages = {
  siteName: 'Plateforme des pratiques d’inclusion',
  skipToContent: 'Aller au contenu',
  tagline: 'Bonnes pratiques et enseignements pour l’inclusion des migrants en Europe',
  intro:
    'La plateforme rassemble ce que des projets pilotes ont appris sur l’inclusion des migrants : des pratiques réutilisables, des enseignements sur ce qui a fonctionné ou non, et les documents qui les étayent. Elle commence avec PAFMI, un programme de la Banque de développement du Conseil de l’Europe.',
  programmeHeading: 'PAFMI en chiffres',
  figures: {
    contribution: 'de contribution du Fonds Asile, Migration et Intégration (AMIF) de l’UE',
    pilots: 'projets pilotes',
    countries: 'pays',
    completed: 'année d’achèvement du programme',
  },
  pilotsHeading: 'Les quatre projets pilotes',
  implementer: 'Organisme de mise en œuvre',
  place: 'Lieu',
  country: 'Pays',
  noPilots: 'Aucun projet pilote n’est encore publié.',
  language: 'Langue',
  admin: 'Connexion (équipes pilotes et éditeurs)',
  footer: 'Un programme financé par l’Union européenne.',
}

const messages: Record<Locale, Messages> = { en, fr }

export function messagesFor(locale: Locale): Messages {
  return messages[locale]
}
