import type { Bilingual, SeedIndicator, SeedPilot } from '../types'

/**
 * The four PAFMI pilots. Every statement about a pilot restates the programme reference in the
 * project's own words; indicator values are sample figures and are marked as such.
 */

const pafmiFunding: SeedPilot['funding'] = {
  euGrant: {
    programme: {
      en: 'PAFMI – Partnerships and financing for migrant inclusion',
      fr: "PAFMI – Partenariats et financements pour l'inclusion des migrants",
    },
    fund: {
      en: 'Asylum, Migration and Integration Fund (AMIF)',
      fr: 'Fonds Asile, Migration et Intégration (AMIF)',
    },
  },
  instruments: ['eu-grant', 'ceb-loan'],
}

const sampleSource: Bilingual = {
  en: 'Sample figures for illustration',
  fr: "Chiffres d'exemple à titre d'illustration",
}

const people: Bilingual = { en: 'people', fr: 'personnes' }

function sample(label: Bilingual, unit: Bilingual, target: number, actual: number): SeedIndicator {
  return { label, unit, baseline: 0, target, actual, source: sampleSource, isSample: true }
}

/** The paragraph every pilot shares: the PAFMI context and the link to CEB loans. */
function pafmiContext(pilot: Bilingual): Bilingual {
  return {
    en:
      `${pilot.en} was one of four pilots of PAFMI (Partnerships and financing for migrant inclusion), ` +
      'a programme implemented by the Council of Europe Development Bank (CEB) with a EUR 3.5 million ' +
      'contribution from the EU Asylum, Migration and Integration Fund (AMIF), and completed in 2025. ' +
      'Like the other pilots, it was linked to CEB loans, so that the programme could test whether blended ' +
      'finance for migrant integration can be sustained over time.',
    fr:
      `${pilot.fr} faisait partie des quatre projets pilotes de PAFMI (Partenariats et financements pour ` +
      "l'inclusion des migrants), un programme mis en œuvre par la Banque de développement du Conseil de " +
      "l'Europe (CEB) grâce à une contribution de 3,5 millions d'euros du Fonds Asile, Migration et " +
      "Intégration (AMIF) de l'UE, et achevé en 2025. Comme les autres pilotes, il était adossé à des prêts " +
      "de la CEB, afin de vérifier si le financement mixte appliqué à l'intégration des migrants peut être " +
      'durable.',
  }
}

/** The paragraph every pilot shares: designed so that lessons could be collected and passed on. */
const lessonsParagraph: Bilingual = {
  en:
    'Its activities were designed from the start so that the lessons learned and the good practice they ' +
    'produced could be gathered and passed on to other stakeholders working on migrant inclusion.',
  fr:
    'Ses actions ont été pensées dès le départ pour que les enseignements tirés et les bonnes pratiques ' +
    "qui en découlent puissent être recueillis et transmis aux autres acteurs de l'inclusion des migrants.",
}

function body(first: Bilingual, pilot: Bilingual): SeedPilot['body'] {
  const context = pafmiContext(pilot)
  return {
    en: [first.en, context.en, lessonsParagraph.en],
    fr: [first.fr, context.fr, lessonsParagraph.fr],
  }
}

export const pilots: SeedPilot[] = [
  {
    slug: 'microstart-project',
    name: { en: 'MicroStart project', fr: 'Projet MicroStart' },
    country: 'BE',
    place: { en: 'Brussels', fr: 'Bruxelles' },
    implementer: 'MicroStart',
    partners: [],
    status: 'completed',
    period: {},
    summary: {
      en:
        'In Brussels, MicroStart helped migrant entrepreneurs take charge of their own projects through ' +
        'tailored training, individual coaching and access to microcredit, with self-employment and ' +
        'economic independence as the goal.',
      fr:
        'À Bruxelles, MicroStart a aidé des entrepreneurs migrants à prendre leur projet en main grâce à ' +
        "une formation sur mesure, un accompagnement individuel (coaching) et l'accès au microcrédit, " +
        "avec pour objectif le travail indépendant et l'autonomie économique.",
    },
    body: body(
      {
        en:
          'MicroStart ran this project in Brussels for migrant entrepreneurs. It brought together three ' +
          'forms of support: training tailored to each participant, individual coaching, and access to ' +
          'microcredit. The aim was to help participants become self-employed and economically independent.',
        fr:
          "MicroStart a mené ce projet à Bruxelles auprès d'entrepreneurs migrants. Il réunissait trois " +
          'formes de soutien : une formation adaptée à chaque participant, un accompagnement individuel ' +
          "et l'accès au microcrédit. L'objectif était de favoriser le travail indépendant et l'autonomie " +
          'économique des participants.',
      },
      { en: 'The MicroStart project', fr: 'Le projet MicroStart' },
    ),
    themes: ['entrepreneurship', 'financial-inclusion', 'employment-skills', 'blended-finance'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'],
    funding: pafmiFunding,
    sampleIndicators: [
      sample({ en: 'Participants trained', fr: 'Participants formés' }, people, 60, 52),
      sample({ en: 'Microcredits granted', fr: 'Microcrédits accordés' }, { en: 'loans', fr: 'prêts' }, 20, 17),
      sample({ en: 'Businesses started', fr: 'Entreprises créées' }, { en: 'businesses', fr: 'entreprises' }, 15, 12),
    ],
  },
  {
    slug: 'smile',
    name: { en: 'SMILE', fr: 'SMILE' },
    country: 'FI',
    place: { en: 'Vantaa', fr: 'Vantaa' },
    implementer: 'City of Vantaa',
    partners: [],
    status: 'completed',
    period: {},
    summary: {
      en:
        'SMILE, run by the City of Vantaa, was a community-based initiative for the integration of migrant ' +
        'families, combining multilingual professional support, school-integration activities for children ' +
        'and stronger dialogue between families and local services.',
      fr:
        "SMILE, mené par la ville de Vantaa, était une initiative de proximité en faveur de l'intégration " +
        'des familles migrantes, associant un accompagnement professionnel multilingue, des activités ' +
        "d'intégration scolaire pour les enfants et un dialogue renforcé entre les familles et les services " +
        'locaux.',
    },
    body: body(
      {
        en:
          'The City of Vantaa implemented SMILE as a community-based initiative supporting the integration ' +
          'of migrant families. It offered professional support in several languages, organised activities ' +
          'to help children integrate at school, and worked to strengthen dialogue between families and ' +
          'local services.',
        fr:
          'La ville de Vantaa a mis en œuvre SMILE, une initiative ancrée dans la communauté qui soutenait ' +
          "l'intégration des familles migrantes. Le projet proposait un accompagnement professionnel en " +
          "plusieurs langues, des activités destinées à faciliter l'intégration des enfants à l'école et un " +
          'dialogue renforcé entre les familles et les services locaux.',
      },
      { en: 'SMILE', fr: 'SMILE' },
    ),
    themes: ['family-community', 'education-children', 'language-communication', 'public-services', 'blended-finance'],
    targetGroups: ['third-country-nationals', 'families', 'children', 'local-services'],
    interventionTypes: ['multilingual-services', 'school-activities', 'dialogue-forum'],
    funding: pafmiFunding,
    sampleIndicators: [
      sample({ en: 'Families reached', fr: 'Familles touchées' }, { en: 'families', fr: 'familles' }, 80, 74),
      sample(
        {
          en: 'Children taking part in school-integration activities',
          fr: "Enfants participant aux activités d'intégration scolaire",
        },
        { en: 'children', fr: 'enfants' },
        60,
        65,
      ),
      sample(
        { en: 'Meetings between families and local services', fr: 'Rencontres entre familles et services locaux' },
        { en: 'meetings', fr: 'rencontres' },
        12,
        10,
      ),
    ],
  },
  {
    slug: 'empower',
    name: { en: 'EMPOWER!', fr: 'EMPOWER !' },
    country: 'IT',
    place: { en: 'Italy', fr: 'Italie' },
    implementer: 'Microlab',
    partners: [],
    status: 'completed',
    period: {},
    summary: {
      en:
        'In Italy, Microlab and its partners ran EMPOWER!, which combined entrepreneurship training, ' +
        'financial education and mentoring with microcredit and personalised support for the recognition ' +
        'of foreign diplomas.',
      fr:
        'En Italie, Microlab et ses partenaires ont mené EMPOWER !, qui associait formation à ' +
        "l'entrepreneuriat, éducation financière et mentorat à des microcrédits et à un soutien personnalisé " +
        'pour la reconnaissance des diplômes étrangers.',
    },
    body: body(
      {
        en:
          'Microlab and its partners carried out EMPOWER! in Italy. The project brought entrepreneurship ' +
          'training, financial education and mentoring together with microcredit, and added personalised ' +
          'help for participants seeking recognition of diplomas obtained abroad.',
        fr:
          'Microlab et ses partenaires ont conduit EMPOWER ! en Italie. Le projet réunissait la formation à ' +
          "l'entrepreneuriat, l'éducation financière et le mentorat, en lien avec le microcrédit, et y " +
          'ajoutait une aide personnalisée pour les participants souhaitant faire reconnaître des diplômes ' +
          "obtenus à l'étranger.",
      },
      { en: 'EMPOWER!', fr: 'EMPOWER !' },
    ),
    themes: ['entrepreneurship', 'financial-inclusion', 'recognition-qualifications', 'blended-finance'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'qualified-migrants'],
    interventionTypes: ['training', 'financial-education', 'mentoring', 'microcredit', 'diploma-recognition'],
    funding: pafmiFunding,
    sampleIndicators: [
      sample({ en: 'Participants in entrepreneurship training', fr: "Participants à la formation à l'entrepreneuriat" }, people, 50, 46),
      sample(
        { en: 'Diploma recognition requests supported', fr: 'Demandes de reconnaissance de diplômes accompagnées' },
        { en: 'requests', fr: 'demandes' },
        20,
        14,
      ),
      sample({ en: 'Microcredits granted', fr: 'Microcrédits accordés' }, { en: 'loans', fr: 'prêts' }, 15, 11),
    ],
  },
  {
    slug: 'qredits-project',
    name: { en: 'Qredits project', fr: 'Projet Qredits' },
    country: 'NL',
    place: { en: 'Netherlands', fr: 'Pays-Bas' },
    implementer: 'Qredits',
    partners: [],
    status: 'completed',
    period: {},
    summary: {
      en:
        'In the Netherlands, Qredits offered migrants tailored entrepreneurship training, backed by ' +
        'individual coaching and access to microcredit, to help them start and grow their businesses.',
      fr:
        "Aux Pays-Bas, Qredits a proposé aux migrants une formation à l'entrepreneuriat sur mesure, " +
        "complétée par un accompagnement individuel et l'accès au microcrédit, pour les aider à créer et à " +
        'développer leur entreprise.',
    },
    body: body(
      {
        en:
          'Qredits provided migrants in the Netherlands with entrepreneurship training tailored to their ' +
          'needs. The training was complemented by individual coaching and by access to microcredit, so ' +
          'that participants could launch their businesses and then develop them.',
        fr:
          "Qredits a offert aux migrants installés aux Pays-Bas une formation à l'entrepreneuriat adaptée à " +
          "leurs besoins. Cette formation était complétée par un accompagnement individuel et par l'accès au " +
          'microcrédit, afin que les participants puissent lancer leur entreprise puis la faire grandir.',
      },
      { en: 'The Qredits project', fr: 'Le projet Qredits' },
    ),
    themes: ['entrepreneurship', 'financial-inclusion', 'blended-finance'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'entrepreneurs'],
    interventionTypes: ['training', 'coaching', 'microcredit'],
    funding: pafmiFunding,
    sampleIndicators: [
      sample({ en: 'Participants trained', fr: 'Participants formés' }, people, 70, 63),
      sample(
        { en: 'Business plans completed', fr: "Plans d'affaires finalisés" },
        { en: 'business plans', fr: "plans d'affaires" },
        40,
        35,
      ),
      sample({ en: 'Microcredits granted', fr: 'Microcrédits accordés' }, { en: 'loans', fr: 'prêts' }, 25, 21),
    ],
  },
]
