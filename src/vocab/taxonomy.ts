import type { Term } from './types'

/** Who a pilot or practice is for, in three families: legal status, profile, role. */
export type TargetGroupTerm = Term & { family: 'legal-status' | 'profile' | 'role' }

export const targetGroups = [
  { code: 'third-country-nationals', family: 'legal-status', label: { en: 'Third-country nationals', fr: 'Ressortissants de pays tiers' } },
  {
    code: 'refugees',
    family: 'legal-status',
    label: { en: 'Refugees and beneficiaries of protection', fr: 'Réfugiés et bénéficiaires de protection' },
  },
  { code: 'asylum-seekers', family: 'legal-status', label: { en: 'Asylum seekers', fr: "Demandeurs d'asile" } },
  { code: 'family-migrants', family: 'legal-status', label: { en: 'Family migrants', fr: 'Migrants au titre du regroupement familial' } },
  { code: 'aspiring-entrepreneurs', family: 'profile', label: { en: 'Aspiring entrepreneurs', fr: 'Porteurs de projet' } },
  { code: 'entrepreneurs', family: 'profile', label: { en: 'Entrepreneurs', fr: 'Entrepreneurs' } },
  { code: 'jobseekers', family: 'profile', label: { en: 'Jobseekers', fr: "Demandeurs d'emploi" } },
  { code: 'families', family: 'profile', label: { en: 'Families', fr: 'Familles' } },
  { code: 'children', family: 'profile', label: { en: 'Children and pupils', fr: 'Enfants et élèves' } },
  { code: 'youth', family: 'profile', label: { en: 'Young people', fr: 'Jeunes' } },
  { code: 'women', family: 'profile', label: { en: 'Women', fr: 'Femmes' } },
  {
    code: 'qualified-migrants',
    family: 'profile',
    label: { en: 'Migrants with foreign qualifications', fr: 'Migrants titulaires de diplômes étrangers' },
  },
  { code: 'local-services', family: 'role', label: { en: 'Local public services', fr: 'Services publics locaux' } },
  { code: 'schools', family: 'role', label: { en: 'Schools and teachers', fr: 'Écoles et enseignants' } },
  {
    code: 'financial-institutions',
    family: 'role',
    label: { en: 'Microfinance institutions and banks', fr: 'Institutions de microfinance et banques' },
  },
  { code: 'civil-society', family: 'role', label: { en: 'NGOs and community organisations', fr: 'ONG et associations' } },
] as const satisfies readonly TargetGroupTerm[]

export const interventionTypes = [
  { code: 'training', label: { en: 'Training', fr: 'Formation' } },
  { code: 'coaching', label: { en: 'Individual coaching', fr: 'Accompagnement individuel' } },
  { code: 'mentoring', label: { en: 'Mentoring', fr: 'Mentorat' } },
  { code: 'microcredit', label: { en: 'Microcredit', fr: 'Microcrédit' } },
  { code: 'financial-education', label: { en: 'Financial education', fr: 'Éducation financière' } },
  { code: 'diploma-recognition', label: { en: 'Diploma recognition support', fr: 'Aide à la reconnaissance des diplômes' } },
  { code: 'school-activities', label: { en: 'School-integration activities', fr: "Activités d'intégration scolaire" } },
  { code: 'multilingual-services', label: { en: 'Multilingual professional support', fr: 'Accompagnement professionnel multilingue' } },
  { code: 'dialogue-forum', label: { en: 'Dialogue between families and services', fr: 'Dialogue entre familles et services' } },
  { code: 'outreach', label: { en: 'Outreach', fr: 'Information et sensibilisation' } },
] as const satisfies readonly Term[]

export const fundingInstruments = [
  { code: 'eu-grant', label: { en: 'EU grant', fr: 'Subvention de l’UE' } },
  { code: 'ceb-loan', label: { en: 'CEB loan', fr: 'Prêt de la CEB' } },
  { code: 'national-funding', label: { en: 'National public funding', fr: 'Financement public national' } },
  { code: 'local-funding', label: { en: 'Local public funding', fr: 'Financement public local' } },
  { code: 'private-co-financing', label: { en: 'Private co-financing', fr: 'Cofinancement privé' } },
  { code: 'guarantee', label: { en: 'Guarantee', fr: 'Garantie' } },
] as const satisfies readonly Term[]

export const evidenceLevels = [
  {
    code: 'described',
    label: { en: 'Described', fr: 'Décrite' },
    description: {
      en: 'The practice is documented by the team that ran it; its results have not been measured systematically.',
      fr: "La pratique est documentée par l'équipe qui l'a menée ; ses résultats n'ont pas été mesurés de façon systématique.",
    },
  },
  {
    code: 'monitored',
    label: { en: 'Monitored', fr: 'Suivie' },
    description: {
      en: 'Results were tracked against indicators during delivery.',
      fr: 'Les résultats ont été suivis au moyen d’indicateurs pendant la mise en œuvre.',
    },
  },
  {
    code: 'independently-evaluated',
    label: { en: 'Independently evaluated', fr: 'Évaluée de façon indépendante' },
    description: {
      en: 'An evaluator outside the team assessed the results.',
      fr: "Un évaluateur extérieur à l'équipe a apprécié les résultats.",
    },
  },
] as const satisfies readonly Term[]

export const lessonKinds = [
  { code: 'success', label: { en: 'Success', fr: 'Réussite' } },
  { code: 'challenge', label: { en: 'Challenge', fr: 'Difficulté' } },
  { code: 'risk', label: { en: 'Risk', fr: 'Risque' } },
] as const satisfies readonly Term[]

export const lessonPhases = [
  { code: 'design', label: { en: 'Design', fr: 'Conception' } },
  { code: 'outreach', label: { en: 'Outreach', fr: 'Information des publics' } },
  { code: 'selection', label: { en: 'Selection', fr: 'Sélection' } },
  { code: 'delivery', label: { en: 'Delivery', fr: 'Mise en œuvre' } },
  { code: 'financing', label: { en: 'Financing', fr: 'Financement' } },
  { code: 'follow-up', label: { en: 'Follow-up', fr: 'Suivi' } },
  { code: 'partnership', label: { en: 'Partnership', fr: 'Partenariat' } },
  { code: 'scaling', label: { en: 'Scaling', fr: 'Changement d’échelle' } },
] as const satisfies readonly Term[]

export const pilotStatuses = [
  { code: 'planned', label: { en: 'Planned', fr: 'Prévu' } },
  { code: 'ongoing', label: { en: 'Ongoing', fr: 'En cours' } },
  { code: 'completed', label: { en: 'Completed', fr: 'Achevé' } },
  { code: 'mainstreamed', label: { en: 'Mainstreamed', fr: 'Généralisé' } },
] as const satisfies readonly Term[]

export const documentKinds = [
  { code: 'evaluation', label: { en: 'Evaluation', fr: 'Évaluation' } },
  { code: 'report', label: { en: 'Report', fr: 'Rapport' } },
  { code: 'toolkit', label: { en: 'Toolkit', fr: 'Boîte à outils' } },
  { code: 'template', label: { en: 'Template', fr: 'Modèle' } },
  { code: 'presentation', label: { en: 'Presentation', fr: 'Présentation' } },
  { code: 'policy-brief', label: { en: 'Policy brief', fr: 'Note de politique' } },
] as const satisfies readonly Term[]

export const licences = [
  { code: 'cc-by-4.0', label: { en: 'CC BY 4.0', fr: 'CC BY 4.0' } },
  { code: 'cc-by-sa-4.0', label: { en: 'CC BY-SA 4.0', fr: 'CC BY-SA 4.0' } },
  { code: 'cc0-1.0', label: { en: 'CC0 1.0 (public domain)', fr: 'CC0 1.0 (domaine public)' } },
  { code: 'all-rights-reserved', label: { en: 'All rights reserved', fr: 'Tous droits réservés' } },
] as const satisfies readonly Term[]

/** Who a lesson is written for. */
export const audiences = [
  { code: 'city-officials', label: { en: 'City officials', fr: 'Responsables municipaux' } },
  { code: 'ngos', label: { en: 'NGOs', fr: 'ONG' } },
  { code: 'microfinance-institutions', label: { en: 'Microfinance institutions', fr: 'Institutions de microfinance' } },
  { code: 'banks', label: { en: 'Banks', fr: 'Banques' } },
  { code: 'researchers', label: { en: 'Researchers', fr: 'Chercheurs' } },
  { code: 'funders', label: { en: 'Funders', fr: 'Bailleurs de fonds' } },
] as const satisfies readonly Term[]

export const userRoles = [
  { code: 'admin', label: { en: 'Administrator', fr: 'Administrateur' } },
  { code: 'editor', label: { en: 'Editor', fr: 'Éditeur' } },
  { code: 'contributor', label: { en: 'Contributor (pilot team)', fr: 'Contributeur (équipe pilote)' } },
] as const satisfies readonly Term[]

export type UserRole = (typeof userRoles)[number]['code']
