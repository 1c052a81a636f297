import type { SearchDocType, SearchDocument, SearchLocale } from '../../../src/search/document'

/**
 * Hand-written search documents for the contract suite: the four PAFMI pilots and example
 * practices, lessons and documents around them, in English and French. Everything that is
 * not a fact of a pilot is marked as sample content.
 */

type Fixture = Partial<SearchDocument> & { type: SearchDocType; recordId: string; locale: SearchLocale; title: string }

const DAY = 24 * 60 * 60 * 1000
const BASE = Date.UTC(2024, 0, 1)
let sequence = 0

const PILOTS = {
  microstart: { name: 'MicroStart project', country: 'BE' },
  smile: { name: 'SMILE', country: 'FI' },
  empower: { name: 'EMPOWER!', country: 'IT' },
  qredits: { name: 'Qredits project', country: 'NL' },
} as const
type PilotKey = keyof typeof PILOTS

function doc(input: Fixture & { pilots?: PilotKey[] }): SearchDocument {
  sequence += 1
  const pilots = input.pilots ?? []
  const { pilots: _pilots, ...rest } = input
  void _pilots
  return {
    id: `${input.type}-${input.recordId}-${input.locale}`,
    slug: input.title
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    summary: '',
    body: '',
    pilotNames: pilots.map((p) => PILOTS[p].name),
    pilotSlugs: [...pilots],
    countries: [...new Set(pilots.map((p) => PILOTS[p].country))],
    themes: [],
    themeGroups: [],
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: null,
    year: 2023,
    languages: [input.locale],
    fundingInstruments: [],
    // Unique, spread over time; a different order from the titles.
    publishedAt: BASE + ((sequence * 7) % 53) * DAY + sequence * 1000,
    isSample: input.type !== 'pilot',
    ...rest,
  }
}

const ECON = 'economic-inclusion'
const SOCIAL = 'social-inclusion'
const GOV = 'governance-finance'

export const EN_FIXTURES: SearchDocument[] = [
  doc({
    type: 'pilot', recordId: '1', locale: 'en', title: 'MicroStart project', pilots: ['microstart'],
    summary: 'Tailored training, individual coaching and access to microcredit for migrant entrepreneurs in Brussels.',
    body: 'The pilot supported migrant entrepreneurs towards self-employment and economic independence. Participants followed tailored training, received individual coaching and could apply for microcredit.',
    themes: ['entrepreneurship', 'financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'], fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022,
    languages: ['fr', 'nl', 'en'],
  }),
  doc({
    type: 'pilot', recordId: '2', locale: 'en', title: 'SMILE', pilots: ['smile'],
    summary: 'Community-based integration of migrant families in Vantaa.',
    body: 'Multilingual professional support, school-integration activities for children and dialogue between families and local services.',
    themes: ['education-children', 'family-community'], themeGroups: [SOCIAL], targetGroups: ['migrant-families', 'children'],
    interventionTypes: ['multilingual-services', 'school-activities', 'dialogue-forum'], fundingInstruments: ['amif-grant'], year: 2022,
    languages: ['fi', 'en'],
  }),
  doc({
    type: 'pilot', recordId: '3', locale: 'en', title: 'EMPOWER!', pilots: ['empower'],
    summary: 'Entrepreneurship training, financial education and mentoring in Italy.',
    body: 'Microcredit and personalised support for the recognition of foreign diplomas complete the entrepreneurship training offered by Microlab and partners.',
    themes: ['entrepreneurship', 'financial-inclusion', 'recognition-qualifications'], themeGroups: [ECON],
    targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['training', 'financial-education', 'mentoring', 'microcredit', 'diploma-recognition-support'],
    fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022, languages: ['it'],
  }),
  doc({
    type: 'pilot', recordId: '4', locale: 'en', title: 'Qredits project', pilots: ['qredits'],
    summary: 'Tailored entrepreneurship training, individual coaching and access to microcredit in the Netherlands.',
    body: 'Migrant entrepreneurs were helped to start and grow their businesses.',
    themes: ['entrepreneurship', 'financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'], fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022,
    languages: ['nl', 'en'],
  }),
  doc({
    type: 'practice', recordId: '10', locale: 'en', title: 'Pre-start coaching for migrant entrepreneurs', pilots: ['microstart'],
    summary: 'A coach meets each applicant weekly until the business plan is ready.',
    body: 'Coaching sessions cover the business idea, the market, pricing and the paperwork needed to register as self-employed.',
    themes: ['entrepreneurship'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['coaching'],
    evidenceLevel: 'monitored', year: 2023, languages: ['fr', 'nl'], fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '11', locale: 'en', title: 'Microcredit with tailored follow-up', pilots: ['microstart'],
    summary: 'Small loans for people excluded from bank credit, repaid in monthly instalments.',
    body: 'Each borrower keeps the same adviser from the application to the last repayment, which keeps arrears low.',
    themes: ['financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['microcredit'],
    evidenceLevel: 'independently-evaluated', year: 2023, languages: ['fr'], fundingInstruments: ['ceb-loan'],
  }),
  doc({
    type: 'practice', recordId: '12', locale: 'en', title: 'Entrepreneurship training in small groups', pilots: ['qredits'],
    summary: 'Eight evening sessions on bookkeeping, marketing and legal forms.',
    body: 'Groups of ten participants with different backgrounds learn from each other; trainers adapt examples to the sectors present.',
    themes: ['entrepreneurship', 'employment-skills'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training'], evidenceLevel: 'monitored', year: 2024, languages: ['nl'], fundingInstruments: ['co-financing'],
  }),
  doc({
    type: 'practice', recordId: '13', locale: 'en', title: 'Support for micro and small enterprises', pilots: ['qredits'],
    summary: 'After the start, owners of micro businesses get two years of follow-up.',
    body: 'Advisers visit the business every quarter and review the accounts with the owner.',
    themes: ['entrepreneurship'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['coaching'],
    evidenceLevel: 'described', year: 2024, languages: ['nl', 'en'], fundingInstruments: ['ceb-loan'],
  }),
  doc({
    type: 'practice', recordId: '14', locale: 'en', title: 'Diploma recognition desk', pilots: ['empower'],
    summary: 'Personalised help to have foreign diplomas recognised.',
    body: 'Staff explain the procedure, collect the documents and follow up with the competent authority.',
    themes: ['recognition-qualifications'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs', 'refugees'],
    interventionTypes: ['diploma-recognition-support'], evidenceLevel: 'described', year: 2023, languages: ['it'],
    fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '15', locale: 'en', title: 'School integration activities for children', pilots: ['smile'],
    summary: 'After-school clubs where children and parents meet teachers.',
    body: 'Activities run in the school building and are announced in the languages spoken by the families.',
    themes: ['education-children'], themeGroups: [SOCIAL], targetGroups: ['children', 'migrant-families'],
    interventionTypes: ['school-activities'], evidenceLevel: 'monitored', year: 2023, languages: ['fi', 'en'],
    fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '16', locale: 'en', title: 'Multilingual family liaison workers', pilots: ['smile'],
    summary: 'Professionals who speak the languages of migrant families accompany them to local services.',
    body: 'Liaison workers help with appointments, forms and the first contacts with the school.',
    themes: ['family-community', 'language-communication'], themeGroups: [SOCIAL], targetGroups: ['migrant-families'],
    interventionTypes: ['multilingual-services'], evidenceLevel: 'monitored', year: 2022, languages: ['fi', 'ar', 'so'],
    fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '17', locale: 'en', title: 'Financial education workshops', pilots: ['empower'],
    summary: 'Budgeting, saving and credit explained with examples from small businesses.',
    body: 'Workshops are held before any loan application so that participants can judge what they can repay.',
    themes: ['financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs', 'women'],
    interventionTypes: ['financial-education'], evidenceLevel: 'described', year: 2024, languages: ['it', 'en'],
    fundingInstruments: ['co-financing'],
  }),
  doc({
    type: 'practice', recordId: '18', locale: 'en', title: 'Mentoring by established business owners', pilots: ['empower'],
    summary: 'Volunteer mentors share their experience with new business owners.',
    body:
      'Mentors are recruited among local business owners and trade associations. Each mentor meets one mentee every month for a year. ' +
      'The pairs agree on goals at the first meeting and review them every three months with the programme team. ' +
      'Mentors receive a short induction on intercultural communication and on the services the programme offers. ' +
      'Several mentees later offered an apprenticeship to young people from their own community.',
    themes: ['entrepreneurship'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['mentoring'],
    evidenceLevel: 'monitored', year: 2024, languages: ['it'], fundingInstruments: ['co-financing'],
  }),
  doc({
    type: 'practice', recordId: '19', locale: 'en', title: 'Guidance for self-employed refugees', pilots: ['qredits'],
    summary: 'Information sessions on taxes, insurance and permits for people who work on their own account.',
    body: 'Sessions are organised with the chamber of commerce.',
    themes: ['employment-skills'], themeGroups: [ECON], targetGroups: ['refugees'], interventionTypes: ['training'],
    evidenceLevel: 'described', year: 2021, languages: ['nl', 'en'], fundingInstruments: ['co-financing'],
  }),
  doc({
    type: 'lesson', recordId: '20', locale: 'en', title: 'Outreach through community organisations works', pilots: ['microstart'],
    summary: 'Applicants referred by community organisations completed the programme more often.',
    body: 'Trust built by associations of migrant communities made the first contact easier.',
    themes: ['governance-partnerships'], themeGroups: [GOV], targetGroups: ['migrant-entrepreneurs'], lessonKind: 'success',
    year: 2023, languages: ['fr'],
  }),
  doc({
    type: 'lesson', recordId: '21', locale: 'en', title: 'Bank account opening delays', pilots: ['qredits'],
    summary: 'Some participants waited months for a business bank account.',
    body: 'Residence permits with short validity were a frequent reason for refusal.',
    themes: ['financial-inclusion'], themeGroups: [ECON], targetGroups: ['refugees'], lessonKind: 'challenge', year: 2023,
    languages: ['nl'],
  }),
  doc({
    type: 'lesson', recordId: '22', locale: 'en', title: 'Repayment under income shocks', pilots: ['microstart'],
    summary: 'Seasonal businesses struggled to repay during the winter.',
    body: 'Flexible schedules agreed in advance reduced arrears.',
    themes: ['financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], lessonKind: 'risk', year: 2024,
    languages: ['fr'], fundingInstruments: ['ceb-loan'],
  }),
  doc({
    type: 'lesson', recordId: '23', locale: 'en', title: 'Waiting times for diploma recognition', pilots: ['empower'],
    summary: 'Recognition of foreign diplomas took longer than the programme.',
    body: 'Starting the procedure during the first month gave participants a better chance.',
    themes: ['recognition-qualifications'], themeGroups: [ECON], targetGroups: ['refugees'], lessonKind: 'challenge', year: 2024,
    languages: ['it'],
  }),
  doc({
    type: 'lesson', recordId: '24', locale: 'en', title: 'Parents join when invited in their language', pilots: ['smile'],
    summary: 'Invitations translated by liaison workers doubled attendance at school events.',
    body: 'Written notices alone reached few parents.',
    themes: ['education-children', 'language-communication'], themeGroups: [SOCIAL], targetGroups: ['migrant-families'],
    lessonKind: 'success', year: 2023, languages: ['fi'],
  }),
  doc({
    type: 'lesson', recordId: '25', locale: 'en', title: 'A dialogue forum between families and local services', pilots: ['smile'],
    summary: 'Regular meetings let families raise problems directly with the services concerned.',
    body: 'The forum met every two months with interpreters.',
    themes: ['family-community', 'public-services'], themeGroups: [SOCIAL, GOV], targetGroups: ['migrant-families'],
    lessonKind: 'success', year: 2022, languages: ['fi'],
  }),
  doc({
    type: 'document', recordId: '30', locale: 'en', title: 'Macro-economic context for blended finance',
    summary: 'Policy brief on public loans, grants and the cost of capital for inclusion programmes.',
    body: 'Interest rates and the macro outlook shape what lenders can offer; a grant can lower the cost of a development bank loan.',
    themes: ['blended-finance'], themeGroups: [GOV], targetGroups: [], year: 2025, languages: ['en'],
    fundingInstruments: ['ceb-loan', 'amif-grant'],
  }),
  doc({
    type: 'document', recordId: '31', locale: 'en', title: 'Final evaluation report', pilots: ['microstart'],
    summary: 'Independent evaluation of outcomes for participants.',
    body: 'Most businesses financed with microcredit were still active after two years.',
    themes: ['entrepreneurship', 'financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    evidenceLevel: 'independently-evaluated', year: 2025, languages: ['en', 'fr'], fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'document', recordId: '32', locale: 'en', title: 'Coaching toolkit <script>alert("x")</script>', pilots: ['qredits'],
    summary: 'Template <img src=x onerror="alert(1)"> with a literal <mark>fake</mark> tag and \u0001sentinel\u0002 characters.',
    body: 'Checklists for coaching sessions & follow-up calls: "prepare", \'listen\', <b>agree</b>.',
    themes: ['entrepreneurship'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['coaching'],
    year: 2024, languages: ['en'],
  }),
  doc({
    type: 'document', recordId: '33', locale: 'en', title: 'Curriculum for entrepreneurship trainers', pilots: ['qredits', 'empower'],
    summary: 'Session plans and exercises used in both pilots.',
    body: 'Modules on bookkeeping, marketing, legal forms and financial planning.',
    themes: ['entrepreneurship', 'employment-skills'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training'], year: 2025, languages: ['en', 'it', 'nl'], fundingInstruments: ['co-financing'],
  }),
]

export const FR_FIXTURES: SearchDocument[] = [
  doc({
    type: 'pilot', recordId: '1', locale: 'fr', title: 'Projet MicroStart', pilots: ['microstart'],
    summary: "Formation sur mesure, accompagnement individuel et accès au microcrédit pour les entrepreneurs migrants à Bruxelles.",
    body: "Le projet a soutenu l'emploi indépendant et l'autonomie économique des entrepreneurs migrants.",
    themes: ['entrepreneurship', 'financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'], fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022,
    languages: ['fr', 'nl', 'en'],
  }),
  doc({
    type: 'pilot', recordId: '2', locale: 'fr', title: 'SMILE', pilots: ['smile'],
    summary: 'Intégration communautaire des familles migrantes à Vantaa.',
    body: "Soutien professionnel multilingue, activités d'intégration scolaire pour les enfants et dialogue entre les familles et les services locaux.",
    themes: ['education-children', 'family-community'], themeGroups: [SOCIAL], targetGroups: ['migrant-families', 'children'],
    interventionTypes: ['multilingual-services', 'school-activities', 'dialogue-forum'], fundingInstruments: ['amif-grant'], year: 2022,
    languages: ['fi', 'en'],
  }),
  doc({
    type: 'pilot', recordId: '3', locale: 'fr', title: 'EMPOWER!', pilots: ['empower'],
    summary: "Formation à l'entrepreneuriat, éducation financière et mentorat en Italie.",
    body: 'Microcrédit et soutien personnalisé pour la reconnaissance des diplômes étrangers.',
    themes: ['entrepreneurship', 'financial-inclusion', 'recognition-qualifications'], themeGroups: [ECON],
    targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['training', 'financial-education', 'mentoring', 'microcredit', 'diploma-recognition-support'],
    fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022, languages: ['it'],
  }),
  doc({
    type: 'pilot', recordId: '4', locale: 'fr', title: 'Projet Qredits', pilots: ['qredits'],
    summary: "Formation à l'entrepreneuriat, accompagnement individuel et accès au microcrédit aux Pays-Bas.",
    body: 'Des entrepreneurs migrants ont été aidés à créer et développer leur entreprise.',
    themes: ['entrepreneurship', 'financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'], fundingInstruments: ['amif-grant', 'ceb-loan'], year: 2022,
    languages: ['nl', 'en'],
  }),
  doc({
    type: 'practice', recordId: '10', locale: 'fr', title: 'Accompagnement avant la création pour chaque entrepreneur migrant', pilots: ['microstart'],
    summary: "Un conseiller rencontre chaque candidat chaque semaine jusqu'à ce que le plan d'affaires soit prêt.",
    body: "Les séances portent sur l'idée, le marché, les prix et les démarches pour s'installer comme travailleur indépendant.",
    themes: ['entrepreneurship'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['coaching'],
    evidenceLevel: 'monitored', year: 2023, languages: ['fr', 'nl'], fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '11', locale: 'fr', title: 'Microcrédit avec suivi personnalisé', pilots: ['microstart'],
    summary: 'Petits prêts pour les personnes exclues du crédit bancaire, remboursés par mensualités.',
    body: "Chaque emprunteur garde le même conseiller jusqu'au dernier remboursement.",
    themes: ['financial-inclusion'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'], interventionTypes: ['microcredit'],
    evidenceLevel: 'independently-evaluated', year: 2023, languages: ['fr'], fundingInstruments: ['ceb-loan'],
  }),
  doc({
    type: 'practice', recordId: '12', locale: 'fr', title: "Formation à l'entrepreneuriat en petits groupes", pilots: ['qredits'],
    summary: 'Huit séances du soir sur la comptabilité, le marketing et les formes juridiques.',
    body: "Des groupes de dix participants apprennent les uns des autres.",
    themes: ['entrepreneurship', 'employment-skills'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs'],
    interventionTypes: ['training'], evidenceLevel: 'monitored', year: 2024, languages: ['nl'], fundingInstruments: ['co-financing'],
  }),
  doc({
    type: 'practice', recordId: '14', locale: 'fr', title: 'Guichet de reconnaissance des diplômes', pilots: ['empower'],
    summary: 'Aide personnalisée pour faire reconnaître les diplômes obtenus à l’étranger.',
    body: "L'équipe explique la procédure, rassemble les pièces et assure le suivi auprès de l'autorité compétente.",
    themes: ['recognition-qualifications'], themeGroups: [ECON], targetGroups: ['migrant-entrepreneurs', 'refugees'],
    interventionTypes: ['diploma-recognition-support'], evidenceLevel: 'described', year: 2023, languages: ['it'],
    fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'practice', recordId: '15', locale: 'fr', title: "Activités d'intégration scolaire pour les enfants", pilots: ['smile'],
    summary: 'Des clubs après l’école où enfants et parents rencontrent les enseignants.',
    body: 'Les activités sont annoncées dans les langues parlées par les familles.',
    themes: ['education-children'], themeGroups: [SOCIAL], targetGroups: ['children', 'migrant-families'],
    interventionTypes: ['school-activities'], evidenceLevel: 'monitored', year: 2023, languages: ['fi', 'en'],
    fundingInstruments: ['amif-grant'],
  }),
  doc({
    type: 'lesson', recordId: '20', locale: 'fr', title: 'Atteindre le public par les associations de quartier', pilots: ['microstart'],
    summary: 'Les candidats orientés par des associations ont plus souvent terminé le programme.',
    body: 'La confiance des associations de migrants a facilité le premier contact.',
    themes: ['governance-partnerships'], themeGroups: [GOV], targetGroups: ['migrant-entrepreneurs'], lessonKind: 'success',
    year: 2023, languages: ['fr'],
  }),
  doc({
    type: 'lesson', recordId: '23', locale: 'fr', title: 'Délais de reconnaissance des diplômes', pilots: ['empower'],
    summary: 'La reconnaissance des diplômes étrangers a duré plus longtemps que le programme.',
    body: 'Lancer la procédure dès le premier mois a donné plus de chances aux participants.',
    themes: ['recognition-qualifications'], themeGroups: [ECON], targetGroups: ['refugees'], lessonKind: 'challenge', year: 2024,
    languages: ['it'],
  }),
  doc({
    type: 'document', recordId: '30', locale: 'fr', title: 'Contexte macroéconomique du financement mixte',
    summary: 'Note sur les prêts publics, les subventions et le coût du capital.',
    body: 'Une subvention peut réduire le coût d’un prêt de banque de développement.',
    themes: ['blended-finance'], themeGroups: [GOV], targetGroups: [], year: 2025, languages: ['fr'],
    fundingInstruments: ['ceb-loan', 'amif-grant'],
  }),
  doc({
    type: 'document', recordId: '34', locale: 'fr', title: 'Note sur la reconnaissance des diplomes (texte extrait)', pilots: ['empower'],
    summary: 'Texte extrait sans accents.',
    body: 'Les diplomes etrangers doivent etre traduits avant le depot du dossier.',
    themes: ['recognition-qualifications'], themeGroups: [ECON], targetGroups: ['refugees'], year: 2024, languages: ['fr'],
  }),
  doc({
    type: 'document', recordId: '35', locale: 'fr', title: "Guide pour l'accueil des nouveaux arrivants",
    summary: 'Les services locaux présentent leurs démarches à chaque immigré récemment installé.',
    body: 'Le guide est traduit en plusieurs langues.',
    themes: ['public-services'], themeGroups: [GOV], targetGroups: ['migrant-families'], year: 2025, languages: ['fr', 'en'],
  }),
]

export const ALL_FIXTURES: SearchDocument[] = [...EN_FIXTURES, ...FR_FIXTURES]

export function fixturesOf(locale: SearchLocale): SearchDocument[] {
  return locale === 'en' ? EN_FIXTURES : FR_FIXTURES
}
