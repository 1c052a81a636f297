import type { Bilingual, BilingualParagraphs, SeedPractice } from '../types'

/**
 * Good practice drawn from the four PAFMI pilots. Records with `isSample: false` only restate what
 * the pilots are known to have done; their steps describe how such a method is generally run and
 * they claim no results. Richer, more specific records are sample content (`isSample: true`).
 */

type Step = SeedPractice['steps'][number]

function paras(...items: Bilingual[]): BilingualParagraphs {
  return { en: items.map((item) => item.en), fr: items.map((item) => item.fr) }
}

function step(title: Bilingual, description: Bilingual): Step {
  return { title, description }
}

/** Results of a described practice: none are claimed yet. */
function resultsToCome(severalPilots: boolean): BilingualParagraphs {
  return paras({
    en: severalPilots
      ? 'Results are to be documented by the pilot teams as lessons are collected. This record describes the approach and does not yet report measured outcomes.'
      : 'Results are to be documented by the pilot team as lessons are collected. This record describes the approach and does not yet report measured outcomes.',
    fr: severalPilots
      ? 'Les résultats seront documentés par les équipes des projets pilotes au fur et à mesure de la collecte des enseignements. Cette fiche décrit la démarche et ne présente pas encore de résultats mesurés.'
      : "Les résultats seront documentés par l'équipe du projet pilote au fur et à mesure de la collecte des enseignements. Cette fiche décrit la démarche et ne présente pas encore de résultats mesurés.",
  })
}

export const practices: SeedPractice[] = [
  {
    slug: 'access-to-microcredit-for-migrant-entrepreneurs',
    pilots: ['microstart-project', 'empower', 'qredits-project'],
    title: {
      en: 'Access to microcredit for migrant entrepreneurs',
      fr: 'Accès au microcrédit pour les entrepreneurs migrants',
    },
    summary: {
      en: 'Small loans for migrants who want to start or grow a business but cannot obtain credit from a conventional bank, offered alongside training and personal support.',
      fr: "Des prêts de faible montant pour les migrants qui veulent créer ou développer une entreprise mais n'obtiennent pas de crédit auprès d'une banque classique, proposés en complément d'une formation et d'un accompagnement personnel.",
    },
    problem: paras(
      {
        en: 'Migrant entrepreneurs often have no credit history in their new country, little collateral and a limited network of guarantors. Conventional lenders tend to see them as too risky, even when their business idea is sound.',
        fr: "Les entrepreneurs migrants n'ont souvent aucun historique de crédit dans leur pays d'accueil, peu de garanties et un réseau de cautions restreint. Les prêteurs classiques les jugent souvent trop risqués, même lorsque leur projet est solide.",
      },
      {
        en: 'Without start-up capital, a viable project may never get off the ground, and self-employment stays out of reach as a route to economic independence.',
        fr: "Faute de capital de départ, un projet viable peut ne jamais voir le jour, et le travail indépendant reste hors de portée comme voie vers l'autonomie économique.",
      },
    ),
    steps: [
      step(
        { en: 'Assess the project and the applicant', fr: 'Évaluer le projet et le porteur' },
        {
          en: "A loan officer reviews the business idea, the applicant's experience and their capacity to repay, looking beyond a formal credit record.",
          fr: "Un chargé de crédit examine l'idée d'entreprise, l'expérience du porteur de projet et sa capacité de remboursement, sans s'en tenir à un historique de crédit formel.",
        },
      ),
      step(
        { en: 'Link the loan to training and support', fr: "Associer le prêt à la formation et à l'accompagnement" },
        {
          en: 'The microcredit is usually offered together with entrepreneurship training and individual coaching or mentoring, so that the borrower is prepared to use it well.',
          fr: "Le microcrédit est généralement proposé avec une formation à l'entrepreneuriat et un accompagnement individuel ou un mentorat, afin que l'emprunteur soit prêt à bien l'utiliser.",
        },
      ),
      step(
        { en: 'Agree terms the borrower can manage', fr: "Convenir de conditions supportables pour l'emprunteur" },
        {
          en: 'Amount, duration and repayment schedule are set according to the business plan and explained clearly before signature.',
          fr: "Le montant, la durée et l'échéancier de remboursement sont fixés en fonction du plan d'affaires et expliqués clairement avant la signature.",
        },
      ),
      step(
        { en: 'Follow up after disbursement', fr: 'Assurer un suivi après le décaissement' },
        {
          en: 'Regular contact after the loan is paid out helps spot difficulties early and adjust support before repayments fall behind.',
          fr: "Des contacts réguliers après le versement du prêt permettent de repérer tôt les difficultés et d'adapter l'accompagnement avant que des retards de remboursement n'apparaissent.",
        },
      ),
    ],
    results: resultsToCome(true),
    evidenceLevel: 'described',
    transferConditions: paras(
      {
        en: 'A microfinance institution or lender willing to assess applicants on their project rather than on their credit record is essential, as is a source of longer-term capital for the loan portfolio.',
        fr: "Il faut une institution de microfinance ou un prêteur prêt à évaluer les candidats sur leur projet plutôt que sur leur historique de crédit, ainsi qu'une source de capitaux à plus long terme pour alimenter le portefeuille de prêts.",
      },
      {
        en: 'Plan the non-financial support (training, coaching, mentoring) and its funding at the same time as the loan offer: credit on its own is rarely enough.',
        fr: "Prévoyez l'accompagnement non financier (formation, coaching, mentorat) et son financement en même temps que l'offre de prêt : le crédit seul suffit rarement.",
      },
    ),
    deliveryLanguages: [],
    themes: ['financial-inclusion', 'entrepreneurship', 'blended-finance'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'entrepreneurs', 'financial-institutions'],
    interventionTypes: ['microcredit'],
    isSample: false,
  },
  {
    slug: 'tailored-entrepreneurship-training',
    pilots: ['microstart-project', 'qredits-project'],
    title: {
      en: 'Tailored entrepreneurship training',
      fr: "Formation à l'entrepreneuriat sur mesure",
    },
    summary: {
      en: 'Entrepreneurship training adapted to the starting point of each migrant participant, preparing them to launch and run a business in their new country.',
      fr: "Une formation à l'entrepreneuriat adaptée au point de départ de chaque participant migrant, qui le prépare à lancer et à gérer une entreprise dans son pays d'accueil.",
    },
    problem: paras({
      en: 'Standard business courses assume familiarity with local rules, tax obligations, banking practices and business culture. Migrant entrepreneurs may bring real skills and experience, yet still miss the local knowledge that a generic course takes for granted.',
      fr: "Les formations classiques à la création d'entreprise supposent une bonne connaissance des règles locales, des obligations fiscales, des pratiques bancaires et de la culture des affaires. Les entrepreneurs migrants peuvent avoir de réelles compétences et de l'expérience, tout en ignorant les codes locaux qu'un cours générique tient pour acquis.",
    }),
    steps: [
      step(
        { en: "Map each participant's needs", fr: 'Cerner les besoins de chaque participant' },
        {
          en: 'An intake conversation establishes the business idea, prior experience and gaps in local knowledge.',
          fr: "Un entretien d'accueil permet de préciser l'idée d'entreprise, l'expérience acquise et les lacunes concernant le contexte local.",
        },
      ),
      step(
        { en: 'Build a training path', fr: 'Construire un parcours de formation' },
        {
          en: 'Modules on the local regulatory framework, bookkeeping, pricing and marketing are selected or adapted to fit those needs.',
          fr: 'Des modules sur le cadre réglementaire local, la comptabilité, la fixation des prix et le marketing sont choisis ou adaptés en fonction de ces besoins.',
        },
      ),
      step(
        { en: 'Work on a real business plan', fr: "Travailler sur un vrai plan d'affaires" },
        {
          en: 'Participants apply each module to their own project, so that the training ends with a business plan they can present to a lender.',
          fr: "Les participants appliquent chaque module à leur propre projet, de sorte que la formation aboutit à un plan d'affaires présentable à un prêteur.",
        },
      ),
      step(
        { en: 'Connect to coaching and finance', fr: "Faire le lien avec l'accompagnement et le financement" },
        {
          en: 'The training leads into individual coaching and, where appropriate, an application for microcredit.',
          fr: 'La formation débouche sur un accompagnement individuel et, le cas échéant, sur une demande de microcrédit.',
        },
      ),
    ],
    results: resultsToCome(true),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Trainers need both business expertise and experience of working with newcomers. Keep groups small enough to adapt content, and make sure a route to finance exists at the end of the course.',
      fr: "Les formateurs doivent associer une expertise entrepreneuriale à une expérience du travail avec des personnes récemment arrivées. Veillez à garder des groupes assez petits pour adapter les contenus, et à ce qu'une voie d'accès au financement existe à l'issue de la formation.",
    }),
    deliveryLanguages: [],
    themes: ['entrepreneurship', 'employment-skills'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'entrepreneurs'],
    interventionTypes: ['training'],
    isSample: false,
  },
  {
    slug: 'individual-coaching-for-migrant-entrepreneurs',
    pilots: ['microstart-project', 'qredits-project'],
    title: {
      en: 'Individual coaching for migrant entrepreneurs',
      fr: 'Accompagnement individuel des entrepreneurs migrants',
    },
    summary: {
      en: 'One-to-one coaching that helps migrant entrepreneurs turn what they learned in training into decisions for their own business, before and after they start.',
      fr: "Un coaching individuel qui aide les entrepreneurs migrants à traduire ce qu'ils ont appris en formation en décisions pour leur propre entreprise, avant et après le démarrage.",
    },
    problem: paras({
      en: 'Group training cannot answer every question a new entrepreneur faces. Migrants starting a business often lack a local professional network to turn to when a problem arises, and isolated difficulties can quickly put a young business at risk.',
      fr: "Une formation collective ne peut pas répondre à toutes les questions d'un nouvel entrepreneur. Les migrants qui créent leur entreprise manquent souvent d'un réseau professionnel local vers lequel se tourner en cas de problème, et une difficulté isolée peut vite fragiliser une jeune entreprise.",
    }),
    steps: [
      step(
        { en: 'Assign a coach', fr: 'Désigner un coach' },
        {
          en: 'Each participant is paired with a coach who follows their project over time.',
          fr: 'Chaque participant se voit attribuer un coach qui suit son projet dans la durée.',
        },
      ),
      step(
        { en: 'Agree goals and a rhythm', fr: 'Fixer des objectifs et un rythme' },
        {
          en: 'Coach and entrepreneur set concrete goals and a schedule of meetings suited to the stage of the business.',
          fr: "Le coach et l'entrepreneur fixent des objectifs concrets et un calendrier de rencontres adapté au stade de développement de l'entreprise.",
        },
      ),
      step(
        { en: 'Work on real decisions', fr: 'Travailler sur des décisions réelles' },
        {
          en: "Sessions focus on the entrepreneur's current questions: pricing, administration, cash flow, first customers.",
          fr: 'Les séances portent sur les questions du moment : fixation des prix, démarches administratives, trésorerie, premiers clients.',
        },
      ),
      step(
        { en: 'Taper off as the business settles', fr: "Espacer le suivi à mesure que l'entreprise se stabilise" },
        {
          en: 'Meetings become less frequent as the entrepreneur gains confidence, with the option of coming back when needed.',
          fr: "Les rencontres s'espacent à mesure que l'entrepreneur gagne en assurance, avec la possibilité de revenir en cas de besoin.",
        },
      ),
    ],
    results: resultsToCome(true),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Coaching takes staff time: budget for it explicitly, and keep caseloads per coach realistic. Close coordination between coaches and loan officers helps when coaching is combined with microcredit.',
      fr: 'Le coaching mobilise du temps de personnel : prévoyez-le explicitement dans le budget et gardez un nombre de suivis par coach réaliste. Une coordination étroite entre coachs et chargés de crédit est utile lorsque le coaching est associé au microcrédit.',
    }),
    deliveryLanguages: [],
    themes: ['entrepreneurship', 'employment-skills'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'entrepreneurs'],
    interventionTypes: ['coaching'],
    isSample: false,
  },
  {
    slug: 'entrepreneurship-training-with-financial-education-and-mentoring',
    pilots: ['empower'],
    title: {
      en: 'Entrepreneurship training with financial education and mentoring',
      fr: "Formation à l'entrepreneuriat associée à l'éducation financière et au mentorat",
    },
    summary: {
      en: 'A combined package in which entrepreneurship training, financial education and mentoring are offered together with microcredit, rather than as separate services.',
      fr: "Un dispositif intégré dans lequel la formation à l'entrepreneuriat, l'éducation financière et le mentorat sont proposés avec le microcrédit, plutôt que sous forme de services séparés.",
    },
    problem: paras({
      en: 'When training, financial advice, mentoring and credit are offered by different bodies at different times, migrant entrepreneurs have to find their own way between them. Many drop out between one step and the next.',
      fr: "Lorsque la formation, le conseil financier, le mentorat et le crédit relèvent d'organismes différents et interviennent à des moments différents, les entrepreneurs migrants doivent se repérer seuls entre eux. Beaucoup abandonnent d'une étape à l'autre.",
    }),
    steps: [
      step(
        { en: 'Design one pathway', fr: 'Concevoir un parcours unique' },
        {
          en: 'In this kind of model, the partners agree on a single sequence of training, financial education and mentoring, with a clear point at which a microcredit application can be made.',
          fr: "Dans ce type de modèle, les partenaires s'accordent sur un enchaînement unique de formation, d'éducation financière et de mentorat, avec un moment clairement identifié pour déposer une demande de microcrédit.",
        },
      ),
      step(
        { en: 'Share information on each participant', fr: 'Partager les informations sur chaque participant' },
        {
          en: "With the participant's consent, trainers, mentors and loan officers share progress so that no one has to start from scratch.",
          fr: "Avec l'accord du participant, formateurs, mentors et chargés de crédit partagent leur suivi, afin que personne ne reparte de zéro.",
        },
      ),
      step(
        { en: 'Keep a single point of contact', fr: 'Maintenir un interlocuteur unique' },
        {
          en: "A named person remains the participant's reference throughout the pathway.",
          fr: 'Une personne désignée reste le référent du participant tout au long du parcours.',
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'This approach depends on a working partnership between a lender and organisations able to provide training and mentoring. Agree roles, data-sharing rules and funding for each component before the first participants join.',
      fr: "Cette démarche suppose un partenariat opérationnel entre un prêteur et des organismes capables d'assurer la formation et le mentorat. Fixez les rôles, les règles de partage des données et le financement de chaque volet avant l'arrivée des premiers participants.",
    }),
    deliveryLanguages: [],
    themes: ['entrepreneurship', 'financial-inclusion', 'governance-partnerships'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'financial-institutions', 'civil-society'],
    interventionTypes: ['training', 'financial-education', 'mentoring', 'microcredit'],
    isSample: false,
  },
  {
    slug: 'financial-education-for-migrant-entrepreneurs',
    pilots: ['empower'],
    title: {
      en: 'Financial education for migrant entrepreneurs',
      fr: 'Éducation financière pour les entrepreneurs migrants',
    },
    summary: {
      en: 'Practical sessions on budgeting, credit, banking and business finance, so that migrant entrepreneurs can manage a loan and their business accounts with confidence.',
      fr: "Des séances pratiques sur le budget, le crédit, la banque et les finances de l'entreprise, pour que les entrepreneurs migrants puissent gérer un prêt et les comptes de leur activité en toute confiance.",
    },
    problem: paras({
      en: 'Financial systems differ from one country to another. Newcomers may be unfamiliar with local banking products, interest and repayment terms, or the separation between household and business money, which raises the risk of over-indebtedness.',
      fr: "Les systèmes financiers diffèrent d'un pays à l'autre. Les personnes récemment arrivées connaissent parfois mal les produits bancaires locaux, les taux et les modalités de remboursement, ou la séparation entre budget du ménage et finances de l'entreprise, ce qui accroît le risque de surendettement.",
    }),
    steps: [
      step(
        { en: "Start from participants' own practices", fr: 'Partir des pratiques des participants' },
        {
          en: 'Sessions open with how participants already manage money, then introduce local products and rules.',
          fr: 'Les séances partent de la façon dont les participants gèrent déjà leur argent, puis présentent les produits et les règles en vigueur localement.',
        },
      ),
      step(
        { en: 'Cover the essentials of business finance', fr: "Couvrir l'essentiel des finances de l'entreprise" },
        {
          en: 'Typical topics are budgeting, cash flow, the cost of credit, taxes and keeping business and personal accounts apart.',
          fr: 'Les thèmes habituels sont le budget, la trésorerie, le coût du crédit, la fiscalité et la séparation des comptes personnels et professionnels.',
        },
      ),
      step(
        { en: 'Practise with real figures', fr: "S'exercer sur des chiffres réels" },
        {
          en: 'Participants work on the figures of their own project, for example a repayment plan for a planned microcredit.',
          fr: "Les participants travaillent sur les chiffres de leur propre projet, par exemple l'échéancier d'un microcrédit envisagé.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Use plain language and concrete examples, and avoid any link with the sale of financial products during the sessions. Financial education works best when it is timed just before participants take on credit.',
      fr: "Employez un langage simple et des exemples concrets, et évitez tout lien avec la vente de produits financiers pendant les séances. L'éducation financière porte davantage ses fruits lorsqu'elle intervient juste avant la souscription d'un crédit.",
    }),
    deliveryLanguages: [],
    themes: ['financial-inclusion', 'entrepreneurship'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs'],
    interventionTypes: ['financial-education'],
    isSample: false,
  },
  {
    slug: 'mentoring-for-migrant-entrepreneurs',
    pilots: ['empower'],
    title: {
      en: 'Mentoring for migrant entrepreneurs',
      fr: 'Mentorat pour les entrepreneurs migrants',
    },
    summary: {
      en: 'Mentoring that pairs a migrant entrepreneur with an experienced person who shares practical knowledge and opens doors to local networks.',
      fr: "Un mentorat qui associe un entrepreneur migrant à une personne expérimentée, qui partage ses connaissances pratiques et lui ouvre l'accès à des réseaux locaux.",
    },
    problem: paras({
      en: 'Much of what makes a small business succeed is unwritten: who to ask, how suppliers and customers expect to be approached, which mistakes to avoid. Migrant entrepreneurs often lack the contacts through which this knowledge usually travels.',
      fr: "Une bonne part de ce qui fait réussir une petite entreprise n'est écrite nulle part : à qui s'adresser, comment approcher fournisseurs et clients, quelles erreurs éviter. Les entrepreneurs migrants manquent souvent des contacts par lesquels ce savoir circule habituellement.",
    }),
    steps: [
      step(
        { en: 'Recruit and prepare mentors', fr: 'Recruter et préparer les mentors' },
        {
          en: 'Mentors are typically experienced entrepreneurs or professionals who receive a short briefing on their role and its limits.',
          fr: 'Les mentors sont généralement des entrepreneurs ou des professionnels expérimentés, qui reçoivent une brève préparation sur leur rôle et ses limites.',
        },
      ),
      step(
        { en: 'Match mentor and mentee', fr: 'Former les binômes' },
        {
          en: 'Pairs are matched on sector, needs and availability, and agree how often they will meet.',
          fr: 'Les binômes sont constitués selon le secteur, les besoins et les disponibilités, et conviennent de la fréquence de leurs rencontres.',
        },
      ),
      step(
        { en: 'Check in on the relationship', fr: 'Faire le point sur la relation' },
        {
          en: 'The programme team checks in with both sides from time to time and can re-match pairs that do not work.',
          fr: "L'équipe du programme fait régulièrement le point avec chacun des deux et peut reconstituer les binômes qui ne fonctionnent pas.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'A pool of willing mentors, often through business associations or volunteer networks, is the main precondition. Set clear expectations on time commitment and confidentiality from the outset.',
      fr: "La condition essentielle est de disposer d'un vivier de mentors volontaires, souvent par l'intermédiaire d'organisations professionnelles ou de réseaux de bénévoles. Précisez dès le départ les attentes en matière de disponibilité et de confidentialité.",
    }),
    deliveryLanguages: [],
    themes: ['entrepreneurship', 'employment-skills'],
    targetGroups: ['third-country-nationals', 'aspiring-entrepreneurs', 'civil-society'],
    interventionTypes: ['mentoring'],
    isSample: false,
  },
  {
    slug: 'personalised-support-for-the-recognition-of-foreign-diplomas',
    pilots: ['empower'],
    title: {
      en: 'Personalised support for the recognition of foreign diplomas',
      fr: 'Soutien personnalisé pour la reconnaissance des diplômes étrangers',
    },
    summary: {
      en: 'Individual help for migrants to have qualifications obtained abroad recognised, so that their education and skills count in their new country.',
      fr: "Une aide individuelle pour permettre aux migrants de faire reconnaître les diplômes obtenus à l'étranger, afin que leur formation et leurs compétences soient prises en compte dans leur pays d'accueil.",
    },
    problem: paras({
      en: 'Many migrants hold qualifications that are not recognised where they now live. Recognition procedures can be complex, costly and slow, and without recognition people may be unable to practise their profession or to meet the requirements for certain regulated activities.',
      fr: 'De nombreux migrants sont titulaires de diplômes qui ne sont pas reconnus dans leur pays de résidence. Les procédures de reconnaissance des diplômes peuvent être complexes, coûteuses et longues ; sans elles, ces personnes ne peuvent parfois ni exercer leur métier ni remplir les conditions requises pour certaines activités réglementées.',
    }),
    steps: [
      step(
        { en: "Review the person's qualifications", fr: 'Faire le point sur les diplômes de la personne' },
        {
          en: "An adviser lists the diplomas and certificates held and identifies which of them matter for the person's plans.",
          fr: 'Un conseiller recense les diplômes et certificats détenus et repère ceux qui comptent pour le projet de la personne.',
        },
      ),
      step(
        { en: 'Identify the right procedure', fr: 'Identifier la bonne procédure' },
        {
          en: 'The adviser explains which authority handles the request, what it costs and which documents and translations are needed.',
          fr: "Le conseiller indique l'autorité compétente, le coût de la démarche et les pièces et traductions à fournir.",
        },
      ),
      step(
        { en: 'Help assemble the file', fr: 'Aider à constituer le dossier' },
        {
          en: 'Support is given to gather documents and complete forms, so that the application is complete on first submission.',
          fr: 'Un appui est apporté pour réunir les pièces et remplir les formulaires, afin que le dossier soit complet dès son dépôt.',
        },
      ),
      step(
        { en: 'Follow the application', fr: 'Suivre la demande' },
        {
          en: 'The adviser stays in touch until a decision is issued and helps the person plan around the waiting time.',
          fr: "Le conseiller reste en contact jusqu'à la décision et aide la personne à s'organiser pendant le délai d'attente.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Advisers need an up-to-date knowledge of national recognition procedures and good contacts with the competent authorities. Consider a small budget for translations and fees, which can otherwise stop applications.',
      fr: 'Les conseillers doivent bien connaître les procédures nationales de reconnaissance et entretenir de bons contacts avec les autorités compétentes. Prévoyez un petit budget pour les traductions et les frais, qui peuvent sinon bloquer les demandes.',
    }),
    deliveryLanguages: [],
    themes: ['recognition-qualifications', 'employment-skills'],
    targetGroups: ['third-country-nationals', 'qualified-migrants'],
    interventionTypes: ['diploma-recognition'],
    isSample: false,
  },
  {
    slug: 'community-based-integration-of-migrant-families',
    pilots: ['smile'],
    title: {
      en: 'Community-based integration of migrant families',
      fr: 'Intégration de proximité des familles migrantes',
    },
    summary: {
      en: 'An approach that supports the whole migrant family close to where it lives, bringing together professional support, activities for children and contact with local services.',
      fr: "Une démarche qui accompagne l'ensemble de la famille migrante au plus près de son lieu de vie, en réunissant accompagnement professionnel, activités pour les enfants et lien avec les services locaux.",
    },
    problem: paras({
      en: 'Integration services are often organised around individuals — a jobseeker, a pupil, a patient — while the needs of a family are connected. When parents and children are supported separately, opportunities to reinforce each other are lost.',
      fr: "Les services d'intégration sont souvent organisés autour de personnes prises isolément — un demandeur d'emploi, un élève, un patient — alors que les besoins d'une famille sont liés. Lorsque parents et enfants sont accompagnés séparément, les occasions de se renforcer mutuellement se perdent.",
    }),
    steps: [
      step(
        { en: 'Work in the neighbourhood', fr: 'Travailler dans le quartier' },
        {
          en: 'Such initiatives usually work in familiar local settings, such as schools or community centres, rather than only in administrative offices.',
          fr: "Ce type d'initiative s'appuie généralement sur des lieux de proximité familiers, comme les écoles ou les centres de quartier, et pas seulement sur les bureaux de l'administration.",
        },
      ),
      step(
        { en: 'Look at the family as a whole', fr: 'Considérer la famille dans son ensemble' },
        {
          en: 'Professionals consider the situation of parents and children together when planning support.',
          fr: "Les professionnels tiennent compte à la fois de la situation des parents et de celle des enfants pour organiser l'accompagnement.",
        },
      ),
      step(
        { en: 'Combine several strands', fr: 'Combiner plusieurs volets' },
        {
          en: 'Multilingual support, school-integration activities and dialogue with services are run as parts of one initiative.',
          fr: "L'accompagnement multilingue, les activités d'intégration scolaire et le dialogue avec les services sont menés comme les volets d'une même initiative.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'A municipality or other local body able to coordinate its own services is well placed to lead. Involve schools and community organisations from the design stage.',
      fr: 'Une commune ou un autre acteur local capable de coordonner ses propres services est bien placé pour piloter la démarche. Associez les écoles et les associations dès la conception.',
    }),
    deliveryLanguages: [],
    themes: ['family-community', 'public-services', 'education-children'],
    targetGroups: ['third-country-nationals', 'families', 'children', 'local-services'],
    interventionTypes: ['multilingual-services', 'school-activities', 'dialogue-forum'],
    isSample: false,
  },
  {
    slug: 'multilingual-professional-support-for-migrant-families',
    pilots: ['smile'],
    title: {
      en: 'Multilingual professional support for migrant families',
      fr: 'Accompagnement professionnel multilingue des familles migrantes',
    },
    summary: {
      en: 'Professional support offered to migrant families in several languages, so that language is not a barrier to understanding services and rights.',
      fr: 'Un accompagnement professionnel proposé aux familles migrantes en plusieurs langues, pour que la langue ne fasse pas obstacle à la compréhension des services et des droits.',
    },
    problem: paras({
      en: 'Families who do not yet speak the local language well may misunderstand letters, appointments and procedures, or avoid contact with services altogether. Relying on children to interpret puts them in a difficult position.',
      fr: "Les familles qui ne maîtrisent pas encore bien la langue locale peuvent mal comprendre les courriers, les rendez-vous et les démarches, voire éviter tout contact avec les services. Compter sur les enfants pour servir d'interprètes les place dans une situation délicate.",
    }),
    steps: [
      step(
        { en: 'Identify the languages needed', fr: 'Identifier les langues nécessaires' },
        {
          en: 'The service looks at which languages are spoken by the families it serves.',
          fr: "Le service recense les langues parlées par les familles qu'il accompagne.",
        },
      ),
      step(
        { en: 'Build a multilingual team', fr: 'Constituer une équipe multilingue' },
        {
          en: 'Professionals who speak those languages are recruited, or trained interpreters are arranged for key appointments.',
          fr: 'Des professionnels parlant ces langues sont recrutés, ou des interprètes formés sont mobilisés pour les rendez-vous importants.',
        },
      ),
      step(
        { en: 'Support, then build independence', fr: "Accompagner, puis favoriser l'autonomie" },
        {
          en: "Support in the family's language goes hand in hand with encouragement to learn the local language and use services directly.",
          fr: "L'accompagnement dans la langue de la famille va de pair avec un encouragement à apprendre la langue locale et à s'adresser directement aux services.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: "Language needs change as new groups arrive, so plan for flexibility in staffing. Agree quality standards for interpreting and protect families' confidentiality.",
      fr: "Les besoins linguistiques évoluent avec l'arrivée de nouveaux groupes : prévoyez de la souplesse dans la composition des équipes. Fixez des exigences de qualité pour l'interprétariat et protégez la confidentialité des familles.",
    }),
    deliveryLanguages: [],
    themes: ['language-communication', 'family-community', 'public-services'],
    targetGroups: ['third-country-nationals', 'families', 'local-services'],
    interventionTypes: ['multilingual-services'],
    isSample: false,
  },
  {
    slug: 'school-integration-activities-for-children',
    pilots: ['smile'],
    title: {
      en: 'School-integration activities for children',
      fr: "Activités d'intégration scolaire pour les enfants",
    },
    summary: {
      en: 'Activities that help children from migrant families settle into school, make friends and follow lessons.',
      fr: "Des activités qui aident les enfants de familles migrantes à trouver leur place à l'école, à se faire des amis et à suivre les cours.",
    },
    problem: paras({
      en: 'Children arriving from abroad must adapt to a new language, new routines and new expectations at once. Without support, early difficulties at school can affect their confidence and their later education.',
      fr: "Les enfants arrivés de l'étranger doivent s'adapter en même temps à une nouvelle langue, à de nouvelles habitudes et à de nouvelles attentes. Sans soutien, les premières difficultés scolaires peuvent entamer leur confiance et peser sur la suite de leur parcours.",
    }),
    steps: [
      step(
        { en: 'Work with the school', fr: "Travailler avec l'école" },
        {
          en: 'Activities are planned together with teachers so that they complement what happens in class.',
          fr: 'Les activités sont préparées avec les enseignants pour compléter ce qui se fait en classe.',
        },
      ),
      step(
        { en: 'Offer a mix of activities', fr: 'Proposer des activités variées' },
        {
          en: 'Such programmes typically mix help with schoolwork, language practice and group activities that build friendships.',
          fr: 'Ce type de programme associe généralement aide aux devoirs, pratique de la langue et activités collectives qui favorisent les liens entre enfants.',
        },
      ),
      step(
        { en: 'Involve parents', fr: 'Associer les parents' },
        {
          en: 'Parents are kept informed and invited to take part, which also helps them understand how the school works.',
          fr: "Les parents sont tenus informés et invités à participer, ce qui les aide aussi à comprendre le fonctionnement de l'école.",
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'The support of school leadership is essential. Fit activities around the school timetable and make sure they are open to all children concerned, not only those whose parents are already engaged.',
      fr: "Le soutien de la direction de l'établissement est indispensable. Calez les activités sur l'emploi du temps scolaire et veillez à ce qu'elles soient ouvertes à tous les enfants concernés, et pas seulement à ceux dont les parents sont déjà impliqués.",
    }),
    deliveryLanguages: [],
    themes: ['education-children', 'family-community'],
    targetGroups: ['children', 'families', 'schools'],
    interventionTypes: ['school-activities'],
    isSample: false,
  },
  {
    slug: 'dialogue-between-families-and-local-services',
    pilots: ['smile'],
    title: {
      en: 'Dialogue between families and local services',
      fr: 'Dialogue entre les familles et les services locaux',
    },
    summary: {
      en: 'Regular, two-way exchanges between migrant families and local services, so that families understand the services and services understand the families.',
      fr: 'Des échanges réguliers et dans les deux sens entre familles migrantes et services locaux, pour que les familles comprennent les services et que les services comprennent les familles.',
    },
    problem: paras({
      en: 'Misunderstandings between families and public services — about schooling, health care, social support or housing — can lead to mistrust on both sides. Services may also be unaware of obstacles that families face.',
      fr: "Les malentendus entre familles et services publics — sur la scolarité, les soins, l'aide sociale ou le logement — peuvent nourrir une méfiance réciproque. Les services ignorent parfois aussi les obstacles que rencontrent les familles.",
    }),
    steps: [
      step(
        { en: 'Create occasions to meet', fr: 'Créer des occasions de rencontre' },
        {
          en: 'Informal meetings or information sessions bring families and staff of local services together in a relaxed setting.',
          fr: "Des rencontres informelles ou des réunions d'information rassemblent les familles et le personnel des services locaux dans un cadre détendu.",
        },
      ),
      step(
        { en: 'Listen as well as inform', fr: "Écouter autant qu'informer" },
        {
          en: 'Services explain how they work and also ask families what makes access difficult.',
          fr: "Les services expliquent leur fonctionnement et demandent aussi aux familles ce qui rend l'accès difficile.",
        },
      ),
      step(
        { en: 'Act on what is heard', fr: 'Donner suite à ce qui a été dit' },
        {
          en: 'Issues raised are passed on to the services concerned, and families are told what has changed as a result.',
          fr: 'Les difficultés signalées sont transmises aux services concernés, et les familles sont informées des changements qui en découlent.',
        },
      ),
    ],
    results: resultsToCome(false),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Dialogue only builds trust if services are prepared to adapt. Secure the commitment of service managers beforehand, and use interpreters so that every family can take part.',
      fr: "Le dialogue ne crée de la confiance que si les services sont prêts à s'adapter. Obtenez au préalable l'engagement des responsables de service et faites appel à des interprètes pour que toutes les familles puissent participer.",
    }),
    deliveryLanguages: [],
    themes: ['public-services', 'family-community'],
    targetGroups: ['families', 'local-services'],
    interventionTypes: ['dialogue-forum'],
    isSample: false,
  },
  {
    slug: 'linking-inclusion-projects-to-ceb-loans',
    pilots: ['microstart-project', 'smile', 'empower', 'qredits-project'],
    title: {
      en: 'Linking inclusion projects to CEB loans',
      fr: "Adosser les projets d'inclusion à des prêts de la CEB",
    },
    summary: {
      en: 'Grant-funded inclusion projects were linked to loans from the Council of Europe Development Bank (CEB), to test whether blended finance for migrant integration can be sustained.',
      fr: "Des projets d'inclusion financés par subvention ont été adossés à des prêts de la Banque de développement du Conseil de l'Europe (CEB), afin de vérifier si le financement mixte de l'intégration des migrants peut être durable.",
    },
    problem: paras({
      en: 'Inclusion projects funded only by grants often end when the grant ends. Combining grant money with loan finance is one way to look for a more lasting basis, but whether it works for migrant integration needs to be tested in practice.',
      fr: "Les projets d'inclusion financés uniquement par des subventions s'arrêtent souvent avec elles. Associer subventions et prêts est une piste pour leur donner une assise plus durable, mais son efficacité pour l'intégration des migrants doit être vérifiée sur le terrain.",
    }),
    steps: [
      step(
        { en: 'Pair grant and loan', fr: 'Associer subvention et prêt' },
        {
          en: 'In a blended set-up, grant funding typically pays for support services while a loan provides longer-term finance to the implementing body or its lending activity.',
          fr: "Dans un montage mixte, la subvention finance généralement les services d'accompagnement, tandis qu'un prêt apporte un financement à plus long terme à l'organisme porteur ou à son activité de crédit.",
        },
      ),
      step(
        { en: 'Agree what is being tested', fr: 'Définir ce qui est testé' },
        {
          en: 'The partners agree at the outset which questions the pilot should answer about the sustainability of the arrangement.',
          fr: 'Les partenaires conviennent dès le départ des questions auxquelles le pilote doit répondre sur la durabilité du montage.',
        },
      ),
      step(
        { en: 'Review the arrangement', fr: 'Examiner le montage' },
        {
          en: 'At the end of the pilot, the partners review how grant and loan worked together and what would be needed to continue.',
          fr: "À l'issue du pilote, les partenaires examinent comment la subvention et le prêt se sont articulés et ce qu'il faudrait pour poursuivre.",
        },
      ),
    ],
    results: resultsToCome(true),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'This requires a development bank or other lender ready to engage with social projects, and an implementing body with the capacity to take on and manage a loan. Involve both from the design stage.',
      fr: "Il faut une banque de développement ou un autre prêteur disposé à s'engager dans des projets sociaux, et un organisme porteur capable de contracter et de gérer un prêt. Associez-les tous deux dès la conception.",
    }),
    deliveryLanguages: [],
    themes: ['blended-finance', 'governance-partnerships'],
    targetGroups: ['financial-institutions', 'local-services'],
    interventionTypes: [],
    isSample: false,
  },
  {
    slug: 'designing-pilots-so-lessons-can-be-shared',
    pilots: ['microstart-project', 'smile', 'empower', 'qredits-project'],
    title: {
      en: 'Designing pilots so lessons can be shared',
      fr: 'Concevoir les projets pilotes pour en partager les enseignements',
    },
    summary: {
      en: 'Building the collection of lessons and good practice into pilot projects from the start, so that what they learn can be passed on to other stakeholders.',
      fr: "Prévoir dès le départ, dans les projets pilotes, la collecte des enseignements et des bonnes pratiques, afin que ce qu'ils apprennent puisse être transmis à d'autres acteurs.",
    },
    problem: paras({
      en: 'Pilot projects often end with a final report that few people read. Useful knowledge — what worked, what did not and why — is lost if nobody plans how to record and share it.',
      fr: "Les projets pilotes se terminent souvent par un rapport final peu lu. Des connaissances utiles — ce qui a marché, ce qui n'a pas marché et pourquoi — se perdent si personne ne prévoit de les consigner et de les partager.",
    }),
    steps: [
      step(
        { en: 'Plan learning from the start', fr: "Prévoir l'apprentissage dès le départ" },
        {
          en: 'The project design states which questions the pilot should help answer and who needs the answers.',
          fr: 'La conception du projet précise à quelles questions le pilote doit aider à répondre et qui a besoin des réponses.',
        },
      ),
      step(
        { en: 'Record lessons as they arise', fr: "Consigner les enseignements au fil de l'eau" },
        {
          en: 'Teams note successes, difficulties and risks during delivery rather than reconstructing them at the end.',
          fr: 'Les équipes notent les réussites, les difficultés et les risques pendant la mise en œuvre, au lieu de les reconstituer à la fin.',
        },
      ),
      step(
        { en: 'Share in usable formats', fr: 'Partager sous une forme exploitable' },
        {
          en: 'Lessons and practices are published in short, structured formats that other organisations can search and reuse.',
          fr: "Les enseignements et les pratiques sont publiés sous une forme courte et structurée, que d'autres organisations peuvent rechercher et réutiliser.",
        },
      ),
    ],
    results: resultsToCome(true),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Set aside staff time for documentation in the project budget, and agree a common format across partners so that lessons from different pilots can be compared.',
      fr: "Réservez du temps de personnel à la documentation dans le budget du projet, et convenez d'un format commun entre partenaires pour pouvoir comparer les enseignements des différents pilotes.",
    }),
    deliveryLanguages: [],
    themes: ['governance-partnerships'],
    targetGroups: ['local-services', 'civil-society', 'financial-institutions'],
    interventionTypes: [],
    isSample: false,
  },
  {
    slug: 'business-plan-review-before-a-microcredit-application',
    pilots: ['qredits-project'],
    title: {
      en: 'Business-plan review before a microcredit application',
      fr: "Relecture du plan d'affaires avant une demande de microcrédit",
    },
    summary: {
      en: 'A short review session in which a coach and the applicant go through the business plan together before it is submitted to the loan committee.',
      fr: "Une courte séance de relecture au cours de laquelle un coach et le porteur de projet passent en revue le plan d'affaires avant sa présentation au comité de crédit.",
    },
    problem: paras({
      en: 'First-time applicants often submit incomplete business plans, with cost estimates missing or revenue forecasts that cannot be checked. Each round of corrections delays the decision and discourages the applicant.',
      fr: "Les primo-demandeurs déposent souvent des plans d'affaires incomplets, sans estimation des coûts ou avec des prévisions de chiffre d'affaires invérifiables. Chaque aller-retour retarde la décision et décourage le porteur de projet.",
    }),
    steps: [
      step(
        { en: 'Book a review slot', fr: 'Réserver un créneau de relecture' },
        {
          en: 'Once the training is finished, each applicant books a one-hour session with a coach.',
          fr: "Une fois la formation terminée, chaque porteur de projet réserve une séance d'une heure avec un coach.",
        },
      ),
      step(
        { en: 'Go through a checklist', fr: 'Parcourir une liste de contrôle' },
        {
          en: 'Coach and applicant check the plan against a one-page list of what the loan committee expects to see.',
          fr: "Le coach et le porteur de projet vérifient le plan à l'aide d'une liste d'une page reprenant ce que le comité de crédit s'attend à trouver.",
        },
      ),
      step(
        { en: 'Fix gaps before submission', fr: 'Combler les lacunes avant le dépôt' },
        {
          en: "The applicant completes missing figures with the coach's help and submits once the checklist is complete.",
          fr: "Le porteur de projet complète les chiffres manquants avec l'aide du coach et dépose son dossier une fois la liste entièrement cochée.",
        },
      ),
    ],
    staff: {
      en: 'One coach per session; a loan officer available for questions.',
      fr: 'Un coach par séance ; un chargé de crédit disponible pour répondre aux questions.',
    },
    results: paras({
      en: 'In this example, more applications were complete on first submission and the time between the end of training and the credit decision became shorter.',
      fr: "Dans cet exemple, davantage de dossiers étaient complets dès le premier dépôt et le délai entre la fin de la formation et la décision de crédit s'est raccourci.",
    }),
    evidenceLevel: 'monitored',
    transferConditions: paras({
      en: 'Agree the checklist with the loan committee so that coaches and lenders apply the same expectations. Keep the session short and practical.',
      fr: 'Établissez la liste de contrôle avec le comité de crédit, pour que coachs et prêteurs partagent les mêmes attentes. Gardez une séance courte et concrète.',
    }),
    deliveryLanguages: [],
    themes: ['entrepreneurship', 'financial-inclusion'],
    targetGroups: ['aspiring-entrepreneurs', 'financial-institutions'],
    interventionTypes: ['coaching', 'microcredit'],
    isSample: true,
  },
  {
    slug: 'welcome-sessions-for-parents-at-school',
    pilots: ['smile'],
    title: {
      en: 'Welcome sessions for parents at school',
      fr: "Séances d'accueil des parents à l'école",
    },
    summary: {
      en: 'Informal sessions at the start of the school year in which parents from migrant families meet teachers and local service staff, with interpreting available.',
      fr: "Des rencontres informelles en début d'année scolaire, au cours desquelles des parents de familles migrantes font la connaissance des enseignants et du personnel des services locaux, avec interprétariat.",
    },
    problem: paras({
      en: 'Parents who are new to the country may not know how the school works, whom to contact or what is expected of them, and may hesitate to ask.',
      fr: "Les parents récemment arrivés dans le pays ne savent pas toujours comment fonctionne l'école, à qui s'adresser ni ce que l'on attend d'eux, et hésitent parfois à poser la question.",
    }),
    steps: [
      step(
        { en: 'Invite personally', fr: 'Inviter personnellement' },
        {
          en: "Invitations go out in the families' languages and are followed up by a phone call.",
          fr: "Les invitations sont envoyées dans les langues des familles et suivies d'un appel téléphonique.",
        },
      ),
      step(
        { en: 'Meet in small groups', fr: 'Se réunir en petits groupes' },
        {
          en: 'Small groups, organised by language, meet the class teacher and a contact person from local services.',
          fr: "De petits groupes, constitués par langue, rencontrent l'enseignant de la classe et une personne référente des services locaux.",
        },
      ),
      step(
        { en: 'Leave with a contact sheet', fr: 'Repartir avec une fiche de contacts' },
        {
          en: 'Each family leaves with a one-page sheet of names and numbers to call.',
          fr: "Chaque famille repart avec une fiche d'une page indiquant les noms et numéros à contacter.",
        },
      ),
    ],
    staff: {
      en: 'A class teacher, a staff member from local services and an interpreter for each group.',
      fr: 'Un enseignant, un agent des services locaux et un interprète pour chaque groupe.',
    },
    results: paras({
      en: 'In this example, teachers reported more contact from parents during the first term, and several families used the contact sheet to reach services directly.',
      fr: 'Dans cet exemple, les enseignants ont constaté davantage de contacts avec les parents au premier trimestre, et plusieurs familles se sont servies de la fiche pour joindre directement les services.',
    }),
    evidenceLevel: 'described',
    transferConditions: paras({
      en: 'Schedule sessions at times working parents can attend, and budget for interpreters in advance.',
      fr: "Prévoyez les séances à des horaires compatibles avec le travail des parents et budgétez l'interprétariat à l'avance.",
    }),
    deliveryLanguages: [],
    themes: ['education-children', 'family-community', 'language-communication'],
    targetGroups: ['families', 'schools', 'local-services'],
    interventionTypes: ['school-activities', 'dialogue-forum', 'multilingual-services'],
    isSample: true,
  },
]
