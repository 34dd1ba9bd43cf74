import { msg } from '../../i18n/localize.js';
import { BUILT_IN_SCAN, type MaturityScanDefinition } from './schema.js';

const q = (dimensionId: string, id: string, text: string) => ({ id, dimensionId, text });

/**
 * The built-in journey-management maturity scan, in the language `msg()`
 * answers in when called: inside an element's update that is the element's
 * locale, anywhere else English. Ids (scan, dimensions, questions, levels)
 * and numbers never change with the language, so answers and drafts carry
 * over from one language to another.
 */
export function journeyManagementScanText(): MaturityScanDefinition {
  return {
    id: BUILT_IN_SCAN,
    title: msg('Journey management maturity scan', { id: 'scan.builtin.title' }),
    intro: msg(
      'Twenty statements, about three minutes. For each one, say how well it describes your organisation today. There are no right answers: an honest picture gives the most useful advice.',
      { id: 'scan.builtin.intro' },
    ),
    scale: {
      min: 1,
      max: 5,
      labels: [
        msg('Strongly disagree', { id: 'scan.builtin.scale-1' }),
        msg('Disagree', { id: 'scan.builtin.scale-2' }),
        msg('Neutral', { id: 'scan.builtin.scale-3' }),
        msg('Agree', { id: 'scan.builtin.scale-4' }),
        msg('Strongly agree', { id: 'scan.builtin.scale-5' }),
      ],
    },
    dimensions: [
      {
        id: 'insights',
        name: msg('Customer insights', { id: 'scan.builtin.dim-insights' }),
        description: msg('How you learn what customers experience at each stage of their journey.', { id: 'scan.builtin.dim-insights-description' }),
        recommendations: {
          1: [msg('Ask customers for feedback at a few moments beyond purchase and support, such as onboarding and renewal.', { id: 'scan.builtin.advice-insights-1' })],
          2: [msg('Tag every piece of feedback with the journey and the step it is about, so it can be compared.', { id: 'scan.builtin.advice-insights-2' })],
          3: [msg('Build personas from research and check important decisions against them.', { id: 'scan.builtin.advice-insights-3' })],
          4: [msg('Combine feedback with behavioural data to spot friction before customers complain.', { id: 'scan.builtin.advice-insights-4' })],
          5: [msg('Stream insight to the teams closest to each journey step as it arrives.', { id: 'scan.builtin.advice-insights-5' })],
        },
      },
      {
        id: 'framework',
        name: msg('Journey framework', { id: 'scan.builtin.dim-framework' }),
        description: msg('One shared way to describe, map and govern journeys.', { id: 'scan.builtin.dim-framework-description' }),
        recommendations: {
          1: [msg('Write down the lifecycle stages your customers go through, in their words rather than your departments\'.', { id: 'scan.builtin.advice-framework-1' })],
          2: [msg('Agree one template and vocabulary for journey maps, and retire the others.', { id: 'scan.builtin.advice-framework-2' })],
          3: [msg('Arrange journeys in a hierarchy, from lifecycle stages down to detailed steps.', { id: 'scan.builtin.advice-framework-3' })],
          4: [msg('Review maps on a fixed cycle so the framework stays true to what customers live.', { id: 'scan.builtin.advice-framework-4' })],
          5: [msg('Open the framework to partners, so journeys you share are managed end to end.', { id: 'scan.builtin.advice-framework-5' })],
        },
      },
      {
        id: 'prioritisation',
        name: msg('Prioritisation', { id: 'scan.builtin.dim-prioritisation' }),
        description: msg('How you decide which journey improvements come first.', { id: 'scan.builtin.dim-prioritisation-description' }),
        recommendations: {
          1: [msg('List the known pain points of one journey and estimate how many customers each affects.', { id: 'scan.builtin.advice-prioritisation-1' })],
          2: [msg('Score opportunities on customer impact and business value in one shared, simple model.', { id: 'scan.builtin.advice-prioritisation-2' })],
          3: [msg('Make the scoring model the normal route into planning and budgets.', { id: 'scan.builtin.advice-prioritisation-3' })],
          4: [msg('Compare the expected and the actual effect of shipped improvements to calibrate the model.', { id: 'scan.builtin.advice-prioritisation-4' })],
          5: [msg('Rebalance the journey portfolio whenever the scores move, not only once a year.', { id: 'scan.builtin.advice-prioritisation-5' })],
        },
      },
      {
        id: 'measurement',
        name: msg('Measurement', { id: 'scan.builtin.dim-measurement' }),
        description: msg('Journey scores and metrics, and how they connect to outcomes.', { id: 'scan.builtin.dim-measurement-description' }),
        recommendations: {
          1: [msg('Choose one success metric for one key journey and start tracking it monthly.', { id: 'scan.builtin.advice-measurement-1' })],
          2: [msg('Define a success score for each key journey from a few end-of-journey metrics.', { id: 'scan.builtin.advice-measurement-2' })],
          3: [msg('Tie each journey score to an outcome such as retention, revenue or cost to serve.', { id: 'scan.builtin.advice-measurement-3' })],
          4: [msg('Add in-journey signals such as drop-off and repeat contacts to catch problems early.', { id: 'scan.builtin.advice-measurement-4' })],
          5: [msg('Forecast journey outcomes and act on the forecast, not only on last month.', { id: 'scan.builtin.advice-measurement-5' })],
        },
      },
      {
        id: 'ownership',
        name: msg('Organisation and ownership', { id: 'scan.builtin.dim-ownership' }),
        description: msg('Who owns journeys, and how teams work around them.', { id: 'scan.builtin.dim-ownership-description' }),
        recommendations: {
          1: [msg('Name an owner for the journey that matters most to customers right now.', { id: 'scan.builtin.advice-ownership-1' })],
          2: [msg('Give journey owners a clear mandate, time in their week and a forum across teams.', { id: 'scan.builtin.advice-ownership-2' })],
          3: [msg('Set up a small journey management team that supports owners with methods and data.', { id: 'scan.builtin.advice-ownership-3' })],
          4: [msg('Make journey results part of how leaders and teams are measured.', { id: 'scan.builtin.advice-ownership-4' })],
          5: [msg('Rotate people through journey roles so customer understanding spreads.', { id: 'scan.builtin.advice-ownership-5' })],
        },
      },
      {
        id: 'technology',
        name: msg('Data and technology', { id: 'scan.builtin.dim-technology' }),
        description: msg('The customer data and tools behind journey work.', { id: 'scan.builtin.dim-technology-description' }),
        recommendations: {
          1: [msg('Map where customer data lives today and who can see it.', { id: 'scan.builtin.advice-technology-1' })],
          2: [msg('Connect feedback and CRM data so each response links to a customer and a journey.', { id: 'scan.builtin.advice-technology-2' })],
          3: [msg('Build a single customer view that frontline staff can open while they serve.', { id: 'scan.builtin.advice-technology-3' })],
          4: [msg('Automate journey dashboards so the figures update without manual work.', { id: 'scan.builtin.advice-technology-4' })],
          5: [msg('Use live journey data to tailor each customer\'s next step.', { id: 'scan.builtin.advice-technology-5' })],
        },
      },
    ],
    questions: [
      q('insights', 'insights-every-stage', msg('We collect customer feedback at every stage of the lifecycle, not only after a purchase or a support case.', { id: 'scan.builtin.q-insights-every-stage' })),
      q('insights', 'insights-linked', msg('Feedback and behavioural data are linked to the journey step where they arose.', { id: 'scan.builtin.q-insights-linked' })),
      q('insights', 'insights-personas', msg('Teams use research-based personas when they make decisions.', { id: 'scan.builtin.q-insights-personas' })),
      q('insights', 'insights-speed', msg('Insights reach the people who can act on them within days, not months.', { id: 'scan.builtin.q-insights-speed' })),
      q('framework', 'framework-standard', msg('We have one standard way to define and map journeys across the organisation.', { id: 'scan.builtin.q-framework-standard' })),
      q('framework', 'framework-hierarchy', msg('Our journeys are organised from the overall lifecycle down to detailed steps.', { id: 'scan.builtin.q-framework-hierarchy' })),
      q('framework', 'framework-shared', msg('Teams share the same methods and tools for journey work.', { id: 'scan.builtin.q-framework-shared' })),
      q('prioritisation', 'priorities-model', msg('We score improvement opportunities with an agreed, objective model.', { id: 'scan.builtin.q-priorities-model' })),
      q('prioritisation', 'priorities-both-sides', msg('That model weighs both the impact on customers and the value to the business.', { id: 'scan.builtin.q-priorities-both-sides' })),
      q('prioritisation', 'priorities-budget', msg('Journey priorities decide where budget and people go.', { id: 'scan.builtin.q-priorities-budget' })),
      q('measurement', 'measurement-metrics', msg('Each key journey has success metrics that we track over time.', { id: 'scan.builtin.q-measurement-metrics' })),
      q('measurement', 'measurement-outcomes', msg('Journey metrics are tied to business outcomes such as retention, revenue or cost to serve.', { id: 'scan.builtin.q-measurement-outcomes' })),
      q('measurement', 'measurement-signals', msg('We watch in-journey signals such as drop-off and repeat contacts, not only end-of-journey surveys.', { id: 'scan.builtin.q-measurement-signals' })),
      q('measurement', 'measurement-impact', msg('We check whether each improvement actually moved its journey metrics.', { id: 'scan.builtin.q-measurement-impact' })),
      q('ownership', 'ownership-owners', msg('Every key journey has a named owner with the mandate to change it.', { id: 'scan.builtin.q-ownership-owners' })),
      q('ownership', 'ownership-roles', msg('We have dedicated journey management roles or a team.', { id: 'scan.builtin.q-ownership-roles' })),
      q('ownership', 'ownership-together', msg('Departments work on journeys together rather than each on its own part.', { id: 'scan.builtin.q-ownership-together' })),
      q('technology', 'technology-single-view', msg('We have a single view of each customer across channels.', { id: 'scan.builtin.q-technology-single-view' })),
      q('technology', 'technology-integrated', msg('Our journey, feedback and analytics tools are connected to each other.', { id: 'scan.builtin.q-technology-integrated' })),
      q('technology', 'technology-frontline', msg('Frontline staff can see a customer\'s recent journey while they serve them.', { id: 'scan.builtin.q-technology-frontline' })),
    ],
    levels: [
      {
        level: 1,
        name: msg('Intuition-driven', { id: 'scan.builtin.level-1' }),
        minScore: 0,
        summary: msg('Decisions about the customer experience rest on anecdotes and hunches. Journey work depends on a few enthusiasts.', { id: 'scan.builtin.level-1-summary' }),
        recommendations: [
          msg('Pick one journey that matters to both customers and the business, and map it with the people who run it.', { id: 'scan.builtin.level-1-advice-1' }),
          msg('Start collecting feedback at two or three moments of that journey.', { id: 'scan.builtin.level-1-advice-2' }),
          msg('Make one person accountable for improving it.', { id: 'scan.builtin.level-1-advice-3' }),
        ],
      },
      {
        level: 2,
        name: msg('Fragmented', { id: 'scan.builtin.level-2' }),
        minScore: 20,
        summary: msg('Some teams map journeys and gather feedback, each in their own way, so results are hard to compare or combine.', { id: 'scan.builtin.level-2-summary' }),
        recommendations: [
          msg('Agree one journey template and vocabulary and use it for every new map.', { id: 'scan.builtin.level-2-advice-1' }),
          msg('Bring the existing maps, research and metrics together in one shared place.', { id: 'scan.builtin.level-2-advice-2' }),
          msg('Give each key journey an owner.', { id: 'scan.builtin.level-2-advice-3' }),
        ],
      },
      {
        level: 3,
        name: msg('Coordinated', { id: 'scan.builtin.level-3' }),
        minScore: 40,
        summary: msg('Teams work together around customer feedback and keep journey information in one place, but journeys do not yet steer the big decisions.', { id: 'scan.builtin.level-3-summary' }),
        recommendations: [
          msg('Rank improvement ideas with a model that scores customer and business value.', { id: 'scan.builtin.level-3-advice-1' }),
          msg('Define one success score per key journey and report it every month.', { id: 'scan.builtin.level-3-advice-2' }),
          msg('Connect feedback and operational data to journey steps.', { id: 'scan.builtin.level-3-advice-3' }),
        ],
      },
      {
        level: 4,
        name: msg('Scalable', { id: 'scan.builtin.level-4' }),
        minScore: 60,
        summary: msg('Journeys are managed company-wide with shared methods and tools, and they drive major business decisions.', { id: 'scan.builtin.level-4-summary' }),
        recommendations: [
          msg('Link journey scores to financial outcomes, so investment cases follow from the data.', { id: 'scan.builtin.level-4-advice-1' }),
          msg('Automate data flows so journey metrics stay current without manual work.', { id: 'scan.builtin.level-4-advice-2' }),
          msg('Use early signals to act before customers struggle.', { id: 'scan.builtin.level-4-advice-3' }),
        ],
      },
      {
        level: 5,
        name: msg('Excellence', { id: 'scan.builtin.level-5' }),
        minScore: 80,
        summary: msg('Everyone understands the customer experience deeply, and the organisation anticipates needs before they arise.', { id: 'scan.builtin.level-5-summary' }),
        recommendations: [
          msg('Keep testing new journey ideas with customers; the bar keeps moving.', { id: 'scan.builtin.level-5-advice-1' }),
          msg('Share your practice with partners and the wider organisation.', { id: 'scan.builtin.level-5-advice-2' }),
          msg('Review the whole journey portfolio as customers and markets change.', { id: 'scan.builtin.level-5-advice-3' }),
        ],
      },
    ],
  };
}

/**
 * The built-in journey-management maturity scan in English: 20 statements in
 * six dimensions on a five-point agreement scale, about three minutes. The
 * five levels follow the common maturity model (intuition-driven to
 * excellence); each dimension carries advice for the level it reached.
 * `<wm-maturity-scan>` shows it in its own language (English, German or
 * Dutch), this object included when it is given as `data`.
 */
export const journeyManagementScan: MaturityScanDefinition = journeyManagementScanText();
