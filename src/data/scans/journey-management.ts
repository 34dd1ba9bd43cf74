import { BUILT_IN_SCAN, type MaturityScanDefinition } from './schema.js';

const q = (dimensionId: string, id: string, text: string) => ({ id, dimensionId, text });

/**
 * The built-in journey-management maturity scan: 20 statements in six
 * dimensions on a five-point agreement scale, about three minutes. The five
 * levels follow the common maturity model (intuition-driven to excellence);
 * each dimension carries advice for the level it reached.
 */
export const journeyManagementScan: MaturityScanDefinition = {
  id: BUILT_IN_SCAN,
  title: 'Journey management maturity scan',
  intro:
    'Twenty statements, about three minutes. For each one, say how well it describes your organisation today. There are no right answers: an honest picture gives the most useful advice.',
  scale: { min: 1, max: 5, labels: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] },
  dimensions: [
    {
      id: 'insights',
      name: 'Customer insights',
      description: 'How you learn what customers experience at each stage of their journey.',
      recommendations: {
        1: ['Ask customers for feedback at a few moments beyond purchase and support, such as onboarding and renewal.'],
        2: ['Tag every piece of feedback with the journey and the step it is about, so it can be compared.'],
        3: ['Build personas from research and check important decisions against them.'],
        4: ['Combine feedback with behavioural data to spot friction before customers complain.'],
        5: ['Stream insight to the teams closest to each journey step as it arrives.'],
      },
    },
    {
      id: 'framework',
      name: 'Journey framework',
      description: 'One shared way to describe, map and govern journeys.',
      recommendations: {
        1: ['Write down the lifecycle stages your customers go through, in their words rather than your departments\'.'],
        2: ['Agree one template and vocabulary for journey maps, and retire the others.'],
        3: ['Arrange journeys in a hierarchy, from lifecycle stages down to detailed steps.'],
        4: ['Review maps on a fixed cycle so the framework stays true to what customers live.'],
        5: ['Open the framework to partners, so journeys you share are managed end to end.'],
      },
    },
    {
      id: 'prioritisation',
      name: 'Prioritisation',
      description: 'How you decide which journey improvements come first.',
      recommendations: {
        1: ['List the known pain points of one journey and estimate how many customers each affects.'],
        2: ['Score opportunities on customer impact and business value in one shared, simple model.'],
        3: ['Make the scoring model the normal route into planning and budgets.'],
        4: ['Compare the expected and the actual effect of shipped improvements to calibrate the model.'],
        5: ['Rebalance the journey portfolio whenever the scores move, not only once a year.'],
      },
    },
    {
      id: 'measurement',
      name: 'Measurement',
      description: 'Journey scores and metrics, and how they connect to outcomes.',
      recommendations: {
        1: ['Choose one success metric for one key journey and start tracking it monthly.'],
        2: ['Define a success score for each key journey from a few end-of-journey metrics.'],
        3: ['Tie each journey score to an outcome such as retention, revenue or cost to serve.'],
        4: ['Add in-journey signals such as drop-off and repeat contacts to catch problems early.'],
        5: ['Forecast journey outcomes and act on the forecast, not only on last month.'],
      },
    },
    {
      id: 'ownership',
      name: 'Organisation and ownership',
      description: 'Who owns journeys, and how teams work around them.',
      recommendations: {
        1: ['Name an owner for the journey that matters most to customers right now.'],
        2: ['Give journey owners a clear mandate, time in their week and a forum across teams.'],
        3: ['Set up a small journey management team that supports owners with methods and data.'],
        4: ['Make journey results part of how leaders and teams are measured.'],
        5: ['Rotate people through journey roles so customer understanding spreads.'],
      },
    },
    {
      id: 'technology',
      name: 'Data and technology',
      description: 'The customer data and tools behind journey work.',
      recommendations: {
        1: ['Map where customer data lives today and who can see it.'],
        2: ['Connect feedback and CRM data so each response links to a customer and a journey.'],
        3: ['Build a single customer view that frontline staff can open while they serve.'],
        4: ['Automate journey dashboards so the figures update without manual work.'],
        5: ['Use live journey data to tailor each customer\'s next step.'],
      },
    },
  ],
  questions: [
    q('insights', 'insights-every-stage', 'We collect customer feedback at every stage of the lifecycle, not only after a purchase or a support case.'),
    q('insights', 'insights-linked', 'Feedback and behavioural data are linked to the journey step where they arose.'),
    q('insights', 'insights-personas', 'Teams use research-based personas when they make decisions.'),
    q('insights', 'insights-speed', 'Insights reach the people who can act on them within days, not months.'),
    q('framework', 'framework-standard', 'We have one standard way to define and map journeys across the organisation.'),
    q('framework', 'framework-hierarchy', 'Our journeys are organised from the overall lifecycle down to detailed steps.'),
    q('framework', 'framework-shared', 'Teams share the same methods and tools for journey work.'),
    q('prioritisation', 'priorities-model', 'We score improvement opportunities with an agreed, objective model.'),
    q('prioritisation', 'priorities-both-sides', 'That model weighs both the impact on customers and the value to the business.'),
    q('prioritisation', 'priorities-budget', 'Journey priorities decide where budget and people go.'),
    q('measurement', 'measurement-metrics', 'Each key journey has success metrics that we track over time.'),
    q('measurement', 'measurement-outcomes', 'Journey metrics are tied to business outcomes such as retention, revenue or cost to serve.'),
    q('measurement', 'measurement-signals', 'We watch in-journey signals such as drop-off and repeat contacts, not only end-of-journey surveys.'),
    q('measurement', 'measurement-impact', 'We check whether each improvement actually moved its journey metrics.'),
    q('ownership', 'ownership-owners', 'Every key journey has a named owner with the mandate to change it.'),
    q('ownership', 'ownership-roles', 'We have dedicated journey management roles or a team.'),
    q('ownership', 'ownership-together', 'Departments work on journeys together rather than each on its own part.'),
    q('technology', 'technology-single-view', 'We have a single view of each customer across channels.'),
    q('technology', 'technology-integrated', 'Our journey, feedback and analytics tools are connected to each other.'),
    q('technology', 'technology-frontline', 'Frontline staff can see a customer\'s recent journey while they serve them.'),
  ],
  levels: [
    {
      level: 1,
      name: 'Intuition-driven',
      minScore: 0,
      summary: 'Decisions about the customer experience rest on anecdotes and hunches. Journey work depends on a few enthusiasts.',
      recommendations: [
        'Pick one journey that matters to both customers and the business, and map it with the people who run it.',
        'Start collecting feedback at two or three moments of that journey.',
        'Make one person accountable for improving it.',
      ],
    },
    {
      level: 2,
      name: 'Fragmented',
      minScore: 20,
      summary: 'Some teams map journeys and gather feedback, each in their own way, so results are hard to compare or combine.',
      recommendations: [
        'Agree one journey template and vocabulary and use it for every new map.',
        'Bring the existing maps, research and metrics together in one shared place.',
        'Give each key journey an owner.',
      ],
    },
    {
      level: 3,
      name: 'Coordinated',
      minScore: 40,
      summary: 'Teams work together around customer feedback and keep journey information in one place, but journeys do not yet steer the big decisions.',
      recommendations: [
        'Rank improvement ideas with a model that scores customer and business value.',
        'Define one success score per key journey and report it every month.',
        'Connect feedback and operational data to journey steps.',
      ],
    },
    {
      level: 4,
      name: 'Scalable',
      minScore: 60,
      summary: 'Journeys are managed company-wide with shared methods and tools, and they drive major business decisions.',
      recommendations: [
        'Link journey scores to financial outcomes, so investment cases follow from the data.',
        'Automate data flows so journey metrics stay current without manual work.',
        'Use early signals to act before customers struggle.',
      ],
    },
    {
      level: 5,
      name: 'Excellence',
      minScore: 80,
      summary: 'Everyone understands the customer experience deeply, and the organisation anticipates needs before they arise.',
      recommendations: [
        'Keep testing new journey ideas with customers; the bar keeps moving.',
        'Share your practice with partners and the wider organisation.',
        'Review the whole journey portfolio as customers and markets change.',
      ],
    },
  ],
};
