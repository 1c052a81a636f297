import type { Bilingual, BilingualParagraphs, SeedLesson } from '../types'

/**
 * Lessons learned, written as after-action reviews. None of them comes from the programme
 * reference: every lesson is sample content (`isSample: true`) and is labelled as such.
 */

function paras(...items: Bilingual[]): BilingualParagraphs {
  return { en: items.map((item) => item.en), fr: items.map((item) => item.fr) }
}

export const lessons: SeedLesson[] = [
  {
    slug: 'community-organisations-helped-reach-first-time-entrepreneurs',
    pilot: 'microstart-project',
    title: {
      en: 'Community organisations helped reach first-time entrepreneurs',
      fr: 'Les associations de proximité ont permis de toucher des primo-entrepreneurs',
    },
    kind: 'success',
    phase: 'outreach',
    summary: {
      en: 'Information sessions held with community organisations brought in would-be entrepreneurs who had never considered microcredit, and who would not have answered a general call.',
      fr: "Les séances d'information organisées avec des associations de proximité ont attiré des porteurs de projet qui n'avaient jamais envisagé le microcrédit et qui n'auraient pas répondu à un appel général.",
    },
    context: paras({
      en: "The project offered training, coaching and microcredit to migrant entrepreneurs in Brussels. Early outreach relied on the lender's usual channels: its website, leaflets and referrals from employment services.",
      fr: "Le projet proposait formation, coaching et microcrédit aux entrepreneurs migrants à Bruxelles. Les premières actions d'information passaient par les canaux habituels du prêteur : son site internet, des dépliants et les orientations des services de l'emploi.",
    }),
    expected: paras({
      en: 'The team expected these channels to fill the first training groups, as they usually did for other programmes.',
      fr: "L'équipe comptait sur ces canaux pour remplir les premiers groupes de formation, comme c'était le cas pour d'autres programmes.",
    }),
    whatHappened: paras(
      {
        en: 'Applications came mostly from people who already knew the organisation. The team then ran a few information sessions in the premises of community organisations, with a former borrower telling their own story.',
        fr: "Les candidatures provenaient surtout de personnes qui connaissaient déjà l'organisme. L'équipe a alors organisé quelques séances d'information dans les locaux d'associations de quartier, avec le témoignage d'un ancien emprunteur.",
      },
      {
        en: 'These sessions brought in a noticeably different public, including people running informal activities who had not thought of themselves as entrepreneurs.',
        fr: 'Ces séances ont attiré un public sensiblement différent, notamment des personnes exerçant une activité informelle qui ne se considéraient pas comme des entrepreneurs.',
      },
    ),
    why: paras({
      en: 'Trust mattered more than information. People were more willing to consider a loan when the invitation came from an organisation they already knew, and when they could hear from someone in a similar situation.',
      fr: "La confiance a compté davantage que l'information. Les personnes étaient plus disposées à envisager un prêt lorsque l'invitation venait d'une structure qu'elles connaissaient déjà et qu'elles pouvaient entendre quelqu'un ayant vécu une situation comparable.",
    }),
    recommendation: paras({
      en: 'Plan outreach with community organisations from the start and give them a clear role and, where possible, some resources. Peer testimonies from former participants are worth preparing early.',
      fr: "Prévoyez dès le départ l'information des publics avec des associations de proximité, en leur confiant un rôle clair et, si possible, des moyens. Il vaut la peine de préparer tôt des témoignages d'anciens participants.",
    }),
    audience: ['microfinance-institutions', 'ngos'],
    themes: ['entrepreneurship', 'financial-inclusion', 'governance-partnerships'],
    isSample: true,
  },
  {
    slug: 'repayment-schedules-should-follow-the-rhythm-of-business-income',
    pilot: 'microstart-project',
    title: {
      en: 'Repayment schedules should follow the rhythm of business income',
      fr: "Les échéanciers de remboursement doivent suivre le rythme des recettes de l'entreprise",
    },
    kind: 'risk',
    phase: 'financing',
    summary: {
      en: 'Fixed monthly repayments put pressure on borrowers whose income was irregular in the first months of activity.',
      fr: "Des mensualités fixes ont mis sous pression des emprunteurs dont les recettes étaient irrégulières pendant les premiers mois d'activité.",
    },
    context: paras({
      en: 'Microcredits were granted on standard terms, with equal monthly instalments starting shortly after disbursement.',
      fr: 'Les microcrédits étaient accordés aux conditions habituelles, avec des mensualités égales commençant peu après le décaissement.',
    }),
    expected: paras({
      en: 'Business plans showed that most projects could cover the instalments from their projected average income.',
      fr: "Les plans d'affaires montraient que la plupart des projets pouvaient couvrir les mensualités grâce à leurs recettes moyennes prévues.",
    }),
    whatHappened: paras({
      en: 'Several borrowers with seasonal or event-based activities had strong months followed by very weak ones. Some fell behind on repayments during the weak months even though their yearly income was on track.',
      fr: "Plusieurs emprunteurs dont l'activité était saisonnière ou liée à des événements ont connu de bons mois suivis de mois très faibles. Certains ont pris du retard dans leurs remboursements pendant les mois creux, alors même que leurs recettes annuelles étaient conformes aux prévisions.",
    }),
    why: paras({
      en: 'Averages hid the timing of income. The business plans were not designed to show month-by-month cash flow, and coaching sessions did not look at it until difficulties appeared.',
      fr: "Les moyennes masquaient le calendrier des recettes. Les plans d'affaires ne faisaient pas apparaître la trésorerie mois par mois, et les séances de coaching ne s'y sont intéressées qu'une fois les difficultés apparues.",
    }),
    recommendation: paras(
      {
        en: 'Ask for a simple monthly cash-flow forecast before the loan decision, and consider a grace period or flexible instalments for activities with uneven income.',
        fr: 'Demandez une prévision de trésorerie mensuelle simple avant la décision de crédit, et envisagez un différé ou des échéances modulables pour les activités aux recettes irrégulières.',
      },
      {
        en: 'Make cash flow a standing item in the first coaching sessions after disbursement.',
        fr: "Inscrivez systématiquement la trésorerie à l'ordre du jour des premières séances de coaching après le décaissement.",
      },
    ),
    audience: ['microfinance-institutions', 'banks'],
    themes: ['financial-inclusion', 'entrepreneurship'],
    isSample: true,
  },
  {
    slug: 'speaking-the-familys-language-opened-the-door-to-services',
    pilot: 'smile',
    title: {
      en: "Speaking the family's language opened the door to services",
      fr: 'Parler la langue des familles leur a ouvert la porte des services',
    },
    kind: 'success',
    phase: 'delivery',
    summary: {
      en: 'Families who were first approached in their own language were far more likely to come back and to contact other local services afterwards.',
      fr: "Les familles abordées d'emblée dans leur propre langue revenaient bien plus souvent et prenaient ensuite contact avec d'autres services locaux.",
    },
    context: paras({
      en: 'The initiative offered multilingual professional support to migrant families, alongside activities for children at school.',
      fr: "L'initiative proposait un accompagnement professionnel multilingue aux familles migrantes, en parallèle d'activités pour les enfants à l'école.",
    }),
    expected: paras({
      en: 'The team expected multilingual support to be mainly a practical aid for explaining procedures.',
      fr: "L'équipe pensait que l'accompagnement multilingue servirait surtout d'aide pratique pour expliquer les démarches.",
    }),
    whatHappened: paras({
      en: "First conversations in the family's language quickly moved beyond procedures. Parents raised questions about health care, housing and their children's schooling that they had not raised with other services, and many agreed to be introduced to the relevant service.",
      fr: "Les premiers échanges dans la langue de la famille ont vite dépassé les démarches administratives. Les parents ont abordé des questions de santé, de logement ou de scolarité de leurs enfants qu'ils n'avaient pas évoquées ailleurs, et beaucoup ont accepté d'être mis en relation avec le service compétent.",
    }),
    why: paras({
      en: 'Being understood without effort created trust. Staff who shared a language could also explain unwritten expectations, such as how appointments work, which reduced the fear of doing something wrong.',
      fr: 'Être compris sans effort a créé de la confiance. Les professionnels parlant la même langue pouvaient aussi expliquer les usages implicites, par exemple le fonctionnement des rendez-vous, ce qui atténuait la crainte de mal faire.',
    }),
    recommendation: paras({
      en: 'Treat multilingual staff as a way in to all services, not only as interpreters. Agree simple referral routes with other services so that the trust built can be passed on.',
      fr: "Considérez les professionnels multilingues comme une porte d'entrée vers l'ensemble des services, et pas seulement comme des interprètes. Convenez de circuits d'orientation simples avec les autres services pour que la confiance acquise puisse se transmettre.",
    }),
    audience: ['city-officials', 'ngos'],
    themes: ['language-communication', 'public-services', 'family-community'],
    isSample: true,
  },
  {
    slug: 'joint-activities-had-to-fit-the-school-calendar',
    pilot: 'smile',
    title: {
      en: 'Joint activities had to fit the school calendar',
      fr: "Les activités communes ont dû s'adapter au calendrier scolaire",
    },
    kind: 'challenge',
    phase: 'partnership',
    summary: {
      en: "School-integration activities planned without the schools' calendar in mind clashed with exams and holidays, and had to be rescheduled.",
      fr: "Des activités d'intégration scolaire prévues sans tenir compte du calendrier des écoles se sont heurtées aux examens et aux vacances, et ont dû être reprogrammées.",
    },
    context: paras({
      en: 'Activities for children were organised by city staff working with several schools, each with its own timetable and priorities.',
      fr: 'Les activités pour les enfants étaient organisées par des agents de la ville en lien avec plusieurs écoles, chacune ayant son propre emploi du temps et ses propres priorités.',
    }),
    expected: paras({
      en: 'The project plan assumed that activities could run at a steady pace throughout the year.',
      fr: "Le plan du projet partait du principe que les activités pourraient se dérouler à un rythme régulier tout au long de l'année.",
    }),
    whatHappened: paras({
      en: 'Some sessions fell during assessment weeks or just before holidays, when teachers were unavailable and attendance dropped. Rescheduling took time and caused some frustration on both sides.',
      fr: "Certaines séances tombaient pendant les semaines d'évaluation ou juste avant les vacances, lorsque les enseignants n'étaient pas disponibles et que la fréquentation baissait. Les reprogrammer a pris du temps et suscité un certain agacement de part et d'autre.",
    }),
    why: paras({
      en: 'Planning was done centrally, before each school had been consulted. Schools were partners in principle but not yet in the day-to-day scheduling.',
      fr: "La programmation avait été faite de manière centralisée, avant la consultation de chaque école. Les écoles étaient partenaires sur le principe, mais pas encore dans l'organisation au quotidien.",
    }),
    recommendation: paras({
      en: 'Agree the calendar of activities with each school before the school year starts, and name a contact person in each school. Leave buffer weeks for rescheduling.',
      fr: 'Arrêtez le calendrier des activités avec chaque école avant la rentrée et désignez une personne référente dans chaque établissement. Gardez quelques semaines de marge pour les reports.',
    }),
    audience: ['city-officials'],
    themes: ['education-children', 'governance-partnerships'],
    isSample: true,
  },
  {
    slug: 'diploma-recognition-took-longer-than-the-training-cycle',
    pilot: 'empower',
    title: {
      en: 'Diploma recognition took longer than the training cycle',
      fr: 'La reconnaissance des diplômes a pris plus de temps que le cycle de formation',
    },
    kind: 'challenge',
    phase: 'follow-up',
    summary: {
      en: 'Recognition procedures for foreign diplomas often outlasted the training and mentoring period, leaving participants without support while they waited for a decision.',
      fr: "Les procédures de reconnaissance des diplômes étrangers duraient souvent plus longtemps que la période de formation et de mentorat, laissant les participants sans accompagnement dans l'attente d'une décision.",
    },
    context: paras({
      en: 'Participants could receive personalised support to have diplomas obtained abroad recognised, alongside entrepreneurship training, financial education and mentoring.',
      fr: "Les participants pouvaient bénéficier d'un soutien personnalisé pour faire reconnaître les diplômes obtenus à l'étranger, en plus de la formation à l'entrepreneuriat, de l'éducation financière et du mentorat.",
    }),
    expected: paras({
      en: 'The team expected most recognition requests to be settled before the end of the training cycle.',
      fr: "L'équipe s'attendait à ce que la plupart des demandes de reconnaissance aboutissent avant la fin du cycle de formation.",
    }),
    whatHappened: paras({
      en: 'Gathering certified translations and original documents from the country of origin took longer than planned, and decisions arrived months after the training had ended. Some participants put their business plans on hold while they waited.',
      fr: "Réunir les traductions certifiées et les documents originaux du pays d'origine a pris plus de temps que prévu, et les décisions sont arrivées des mois après la fin de la formation. Certains participants ont mis leur projet d'entreprise entre parenthèses pendant l'attente.",
    }),
    why: paras({
      en: "The length of recognition procedures is outside the project's control, and the support had been planned to run in parallel with training rather than over a longer period.",
      fr: 'La durée des procédures de reconnaissance échappe au projet, et le soutien avait été conçu pour se dérouler en parallèle de la formation plutôt que sur une période plus longue.',
    }),
    recommendation: paras(
      {
        en: 'Start the recognition process as early as possible, ideally before training begins, and keep a light follow-up in place until a decision is issued.',
        fr: "Engagez la démarche de reconnaissance le plus tôt possible, idéalement avant le début de la formation, et maintenez un suivi léger jusqu'à la décision.",
      },
      {
        en: 'Help participants plan a business path that does not depend on recognition, so that waiting does not mean standing still.',
        fr: "Aidez les participants à bâtir un projet qui ne dépende pas de la reconnaissance, pour que l'attente ne signifie pas l'immobilité.",
      },
    ),
    audience: ['ngos', 'funders', 'researchers'],
    themes: ['recognition-qualifications', 'entrepreneurship'],
    isSample: true,
  },
  {
    slug: 'matching-mentors-by-sector-kept-participants-engaged',
    pilot: 'empower',
    title: {
      en: 'Matching mentors by sector kept participants engaged',
      fr: "Des binômes de mentorat constitués par secteur ont maintenu l'engagement des participants",
    },
    kind: 'success',
    phase: 'design',
    summary: {
      en: 'Pairing each participant with a mentor from the same line of business made mentoring meetings more concrete and reduced drop-out.',
      fr: "Associer chaque participant à un mentor du même secteur d'activité a rendu les rencontres de mentorat plus concrètes et limité les abandons.",
    },
    context: paras({
      en: 'Mentoring was one strand of a package that also included entrepreneurship training, financial education and access to microcredit.',
      fr: "Le mentorat était l'un des volets d'un dispositif qui comprenait aussi la formation à l'entrepreneuriat, l'éducation financière et l'accès au microcrédit.",
    }),
    expected: paras({
      en: 'An early draft of the design matched mentors and participants mainly on availability and location.',
      fr: 'Une première version du dispositif prévoyait de former les binômes principalement selon les disponibilités et la proximité géographique.',
    }),
    whatHappened: paras({
      en: 'During design, the team decided to match pairs by sector wherever possible, for example a catering project with a mentor who had run a restaurant. Pairs matched this way met more regularly and worked on practical questions such as suppliers and permits.',
      fr: "Lors de la conception, l'équipe a choisi de constituer les binômes par secteur chaque fois que possible, par exemple un projet de restauration avec un mentor ayant tenu un restaurant. Les binômes ainsi formés se réunissaient plus régulièrement et travaillaient sur des questions concrètes comme les fournisseurs ou les autorisations.",
    }),
    why: paras({
      en: 'Shared sector experience gave mentors credibility and gave participants answers they could use straight away. It also made it easier for mentors to introduce participants to their own contacts.',
      fr: 'Une expérience commune du secteur donnait de la crédibilité aux mentors et apportait aux participants des réponses immédiatement utiles. Elle facilitait aussi la mise en relation des participants avec le réseau des mentors.',
    }),
    recommendation: paras({
      en: 'Recruit mentors with the expected spread of sectors in mind, and accept a slightly longer matching period in exchange for a better fit.',
      fr: "Recrutez les mentors en tenant compte de la répartition prévisible des secteurs, et acceptez un délai de constitution des binômes un peu plus long en échange d'une meilleure adéquation.",
    }),
    audience: ['ngos', 'microfinance-institutions'],
    themes: ['entrepreneurship', 'employment-skills'],
    isSample: true,
  },
  {
    slug: 'applicants-without-a-credit-history-needed-a-different-assessment',
    pilot: 'qredits-project',
    title: {
      en: 'Applicants without a credit history needed a different assessment',
      fr: "Les candidats sans historique de crédit nécessitaient une autre méthode d'évaluation",
    },
    kind: 'challenge',
    phase: 'selection',
    summary: {
      en: 'Standard credit scoring rejected promising applicants simply because they had no local credit record; a project-based assessment was needed for microcredit decisions.',
      fr: "La notation de crédit habituelle écartait des candidats prometteurs au seul motif qu'ils n'avaient pas d'historique de crédit local ; une évaluation fondée sur le projet s'est révélée nécessaire pour décider de l'octroi des microcrédits.",
    },
    context: paras({
      en: 'Participants who completed the entrepreneurship training could apply for microcredit, with individual coaching to follow.',
      fr: "Les participants ayant suivi la formation à l'entrepreneuriat pouvaient demander un microcrédit, suivi d'un accompagnement individuel.",
    }),
    expected: paras({
      en: 'The usual credit assessment was expected to work for this group with only minor adjustments.',
      fr: "La procédure habituelle d'évaluation du crédit devait convenir à ce public moyennant de légers ajustements.",
    }),
    whatHappened: paras({
      en: 'Many applicants scored poorly because they had recently arrived and had no local banking history, even when their business plans were solid and they had run businesses before.',
      fr: "De nombreux candidats obtenaient une mauvaise note parce qu'ils étaient arrivés récemment et n'avaient pas d'antécédents bancaires locaux, alors même que leur plan d'affaires était solide et qu'ils avaient déjà dirigé une entreprise.",
    }),
    why: paras({
      en: 'Scoring models rely heavily on past local data. Experience gained abroad and the quality of the plan prepared during training did not show up in the score.',
      fr: "Les modèles de notation s'appuient largement sur des données locales passées. L'expérience acquise à l'étranger et la qualité du plan préparé pendant la formation n'apparaissaient pas dans la note.",
    }),
    recommendation: paras({
      en: "Give loan officers room to weigh the business plan, previous experience abroad and the coach's view alongside the score, and document how such decisions are made so that they remain consistent.",
      fr: "Laissez aux chargés de crédit la possibilité de prendre en compte le plan d'affaires, l'expérience acquise à l'étranger et l'avis du coach à côté de la note, et documentez la manière dont ces décisions sont prises pour qu'elles restent cohérentes.",
    }),
    audience: ['microfinance-institutions', 'banks'],
    themes: ['financial-inclusion', 'entrepreneurship'],
    isSample: true,
  },
  {
    slug: 'coaching-capacity-can-limit-growth-when-loan-demand-rises',
    pilot: 'qredits-project',
    title: {
      en: 'Coaching capacity can limit growth when loan demand rises',
      fr: 'Les capacités de coaching peuvent freiner la croissance quand la demande de prêts augmente',
    },
    kind: 'risk',
    phase: 'scaling',
    summary: {
      en: 'Loan finance can grow faster than the coaching that goes with it; without planning, the quality of support risks falling as more microcredits are granted.',
      fr: "Le financement par prêt peut progresser plus vite que le coaching qui l'accompagne ; sans anticipation, la qualité de l'accompagnement risque de baisser à mesure que les microcrédits se multiplient.",
    },
    context: paras({
      en: 'The project combined tailored training, individual coaching and microcredit, and was linked to CEB loans as part of a test of blended finance.',
      fr: "Le projet associait formation sur mesure, accompagnement individuel et microcrédit, et était adossé à des prêts de la CEB dans le cadre d'un test de financement mixte.",
    }),
    expected: paras({
      en: 'Plans for a larger programme assumed that coaching could expand in step with lending.',
      fr: "Les projets d'extension partaient du principe que le coaching pourrait suivre le rythme des prêts.",
    }),
    whatHappened: paras({
      en: "When demand for loans picked up, coaches' caseloads grew and meetings with each entrepreneur became shorter and less frequent. Coaches warned that early warning signs might be missed.",
      fr: "Lorsque la demande de prêts s'est accrue, le nombre d'entrepreneurs suivis par chaque coach a augmenté et les rencontres sont devenues plus courtes et plus espacées. Les coachs ont alerté sur le risque de passer à côté des premiers signes de difficulté.",
    }),
    why: paras({
      en: 'Loan capital can be scaled up relatively quickly, but coaching depends on trained staff and on grant or other non-loan funding, which does not grow automatically with the portfolio.',
      fr: "Le capital prêté peut être augmenté assez rapidement, mais le coaching repose sur du personnel formé et sur des subventions ou d'autres ressources hors prêt, qui n'augmentent pas mécaniquement avec le portefeuille.",
    }),
    recommendation: paras({
      en: 'When planning to scale, set a maximum caseload per coach and tie any increase in lending to a matching plan for coaching staff and its funding.',
      fr: "Lors d'un changement d'échelle, fixez un nombre maximal d'entrepreneurs suivis par coach et liez toute hausse des prêts à un plan correspondant pour les effectifs de coaching et leur financement.",
    }),
    audience: ['microfinance-institutions', 'funders'],
    themes: ['entrepreneurship', 'blended-finance', 'financial-inclusion'],
    isSample: true,
  },
]
