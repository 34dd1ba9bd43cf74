// Journey maps for the journey map's stories: realistic content from the
// practice (DOMAIN.md's seven journeys), each small enough to read.
import type { JourneyMap, MapLane, Metric } from '../src/data/schema.js';

const metric = (id: string, kind: Metric['kind'], label: string, value: number, previous?: number, extra: Partial<Metric> = {}): Metric =>
  ({ id, kind, label, value, ...(previous === undefined ? {} : { previous }), ...extra });

/**
 * "Onboard", the first 90 days of a B2B software customer, seen by two
 * personas: the admin who sets it up and the team member who has to use it.
 */
export const onboardingMap = (): JourneyMap => ({
  id: 'onboard-map',
  name: 'Onboard',
  description: 'From the signed contract to the first success milestone, for new customer teams.',
  persona: { name: 'Marta, operations lead', summary: 'Owns the rollout for a 60-person team.' },
  stages: [
    { id: 'kick-off', name: 'Kick-off' },
    { id: 'set-up', name: 'Set up' },
    { id: 'train', name: 'Train the team' },
    { id: 'first-value', name: 'First success' },
  ],
  steps: [
    { id: 'welcome', stageId: 'kick-off', name: 'Welcome call' },
    { id: 'plan', stageId: 'kick-off', name: 'Agree the plan' },
    { id: 'connect', stageId: 'set-up', name: 'Connect the CRM' },
    { id: 'import', stageId: 'set-up', name: 'Import data' },
    { id: 'invite', stageId: 'set-up', name: 'Invite the team' },
    { id: 'workshop', stageId: 'train', name: 'Admin workshop' },
    { id: 'courses', stageId: 'train', name: 'Self-paced courses' },
    { id: 'go-live', stageId: 'first-value', name: 'Go live' },
    { id: 'review', stageId: 'first-value', name: '90-day review' },
  ],
  lanes: [
    {
      id: 'doing', label: 'Doing', kind: 'notes',
      cells: [
        { column: 'welcome', notes: [{ text: 'Meets the onboarding manager' }] },
        { column: 'plan', notes: [{ text: 'Picks a go-live date and three goals' }] },
        { column: 'connect', notes: [{ text: 'Asks IT for an API key' }] },
        { column: 'import', notes: [{ text: 'Uploads 12,000 contacts from a spreadsheet' }] },
        { column: 'invite', notes: [{ text: 'Sends invitations to 60 colleagues' }] },
        { column: 'workshop', notes: [{ text: 'Sets up roles and permissions' }] },
        { column: 'courses', notes: [{ text: 'Shares the course links in the team chat' }] },
        { column: 'go-live', notes: [{ text: 'Switches off the old tool' }] },
        { column: 'review', notes: [{ text: 'Reviews usage with the customer success manager' }] },
      ],
    },
    {
      id: 'thinking', label: 'Thinking', kind: 'notes',
      cells: [
        { column: 'welcome', notes: [{ text: '“Good, someone owns this.”' }] },
        { column: 'connect', notes: [{ text: '“Why does IT need a ticket for this?”' }] },
        { column: 'import', notes: [{ text: '“Which columns go where?”' }] },
        { column: 'go-live', notes: [{ text: '“Will the team actually use it?”' }] },
      ],
    },
    {
      id: 'pains', label: 'Pains', kind: 'notes',
      cells: [
        { column: 'connect', notes: [{ text: 'Waits eight days for the API key', tone: 'pain' }] },
        { column: 'import', notes: [{ text: 'One in five rows rejected without a reason', tone: 'pain' }] },
        { column: 'courses', notes: [{ text: 'Only 40% finish the first course', tone: 'pain' }] },
      ],
    },
    {
      id: 'gains', label: 'What works', kind: 'notes',
      cells: [
        { column: 'welcome', notes: [{ text: 'One named contact from day one', tone: 'gain' }] },
        { column: 'workshop', notes: [{ text: 'Admins leave with roles set up', tone: 'gain' }] },
        { column: 'review', notes: [{ text: 'Goals checked against real usage', tone: 'gain' }] },
      ],
    },
    {
      id: 'ideas', label: 'Ideas', kind: 'notes',
      cells: [
        { column: 'connect', notes: [{ text: 'A connect button instead of an API key', tone: 'idea', link: 'https://example.com/backlog/oauth-connect' }] },
        { column: 'import', notes: [{ text: 'Show each rejected row with its reason', tone: 'idea' }] },
        { column: 'courses', notes: [{ text: 'Five-minute courses inside the app', tone: 'idea' }] },
      ],
    },
    {
      id: 'backstage', label: 'Backstage', kind: 'notes',
      cells: [
        { column: 'welcome', notes: [{ text: 'Owner: onboarding team' }] },
        { column: 'connect', notes: [{ text: 'Owner: integrations team' }] },
        { column: 'courses', notes: [{ text: 'Owner: customer education' }] },
        { column: 'review', notes: [{ text: 'Owner: customer success' }] },
      ],
    },
    {
      id: 'feeling', label: 'Feeling', kind: 'emotion', scale: 2,
      series: [{ id: 'admin', name: 'Marta (admin)' }, { id: 'member', name: 'Tom (team member)' }],
      cells: [
        { column: 'welcome', emotion: { admin: 1, member: 0 } },
        { column: 'plan', emotion: { admin: 1, member: 0 } },
        { column: 'connect', emotion: { admin: -2, member: 0 } },
        { column: 'import', emotion: { admin: -1, member: 0 } },
        { column: 'invite', emotion: { admin: 1, member: -1 } },
        { column: 'workshop', emotion: { admin: 2, member: -1 } },
        { column: 'courses', emotion: { admin: 0, member: -2 } },
        { column: 'go-live', emotion: { admin: 1, member: 0 } },
        { column: 'review', emotion: { admin: 2, member: 1 } },
      ],
    },
    {
      id: 'channels', label: 'Channels', kind: 'channels',
      cells: [
        { column: 'welcome', channels: [{ channel: 'phone', count: 48 }] },
        { column: 'plan', channels: [{ channel: 'email', count: 48 }] },
        { column: 'connect', channels: [{ channel: 'app', count: 41 }, { channel: 'chat', count: 17 }] },
        { column: 'import', channels: [{ channel: 'app', count: 39 }, { channel: 'email', count: 12 }] },
        { column: 'invite', channels: [{ channel: 'email', count: 36 }] },
        { column: 'workshop', channels: [{ channel: 'field', count: 30 }] },
        { column: 'courses', channels: [{ channel: 'web', count: 29 }] },
        { column: 'go-live', channels: [{ channel: 'app', count: 27 }] },
        { column: 'review', channels: [{ channel: 'phone', count: 25 }] },
      ],
    },
    {
      id: 'metrics', label: 'Metrics', kind: 'metrics',
      cells: [
        { column: 'welcome', metrics: [metric('welcome-csat', 'csat', 'Welcome CSAT', 88, 84, { unit: '%', sampleSize: 44 })] },
        { column: 'connect', metrics: [metric('connect-ces', 'ces', 'Set-up effort (CES)', 4.6, 4.1, { sampleSize: 38 })] },
        { column: 'courses', metrics: [metric('course-done', 'score', 'Courses finished', 40, 36, { unit: '%', target: 70 })] },
        { column: 'review', metrics: [metric('onboard-nps', 'nps', 'Onboarding NPS', 31, 24, { sampleSize: 25 })] },
      ],
    },
    {
      id: 'funnel', label: 'Customers (this quarter)', kind: 'funnel',
      cells: [
        { column: 'welcome', reached: 48 }, { column: 'plan', reached: 47 }, { column: 'connect', reached: 41 },
        { column: 'import', reached: 39 }, { column: 'invite', reached: 36 }, { column: 'workshop', reached: 30 },
        { column: 'courses', reached: 29 }, { column: 'go-live', reached: 27 }, { column: 'review', reached: 25 },
      ],
    },
  ],
  updatedAt: '2026-06-01T09:00:00Z',
});

/**
 * "Pay" as it is today and as the team wants it after the autopay project:
 * one emotion lane with the two as series, and the pains and ideas that
 * separate them.
 */
export const payMap = (): JourneyMap => ({
  id: 'pay-map',
  name: 'Pay: today and after the autopay project',
  description: 'Monthly bills for small-business customers, as they are today and as planned for next year.',
  stages: [
    { id: 'bill', name: 'Get the bill' },
    { id: 'check', name: 'Check it' },
    { id: 'pay', name: 'Pay' },
    { id: 'confirm', name: 'See it paid' },
  ],
  steps: [
    { id: 'email', stageId: 'bill', name: 'Bill by email' },
    { id: 'open', stageId: 'check', name: 'Open the PDF' },
    { id: 'compare', stageId: 'check', name: 'Compare with last month' },
    { id: 'transfer', stageId: 'pay', name: 'Bank transfer' },
    { id: 'reminder', stageId: 'pay', name: 'Payment reminder' },
    { id: 'receipt', stageId: 'confirm', name: 'Receipt' },
  ],
  lanes: [
    {
      id: 'feeling', label: 'Feeling', kind: 'emotion', scale: 2,
      series: [{ id: 'current', name: 'Current' }, { id: 'future', name: 'Future (autopay)' }],
      cells: [
        { column: 'email', emotion: { current: 0, future: 0 } },
        { column: 'open', emotion: { current: -1, future: 1 } },
        { column: 'compare', emotion: { current: -2, future: 1 } },
        { column: 'transfer', emotion: { current: -1, future: 2 } },
        { column: 'reminder', emotion: { current: -2, future: 1 } },
        { column: 'receipt', emotion: { current: 0, future: 2 } },
      ],
    },
    {
      id: 'pains', label: 'Pains today', kind: 'notes',
      cells: [
        { column: 'open', notes: [{ text: 'The PDF needs a password sent in a second email', tone: 'pain' }] },
        { column: 'compare', notes: [{ text: 'Usage is not itemised, so a higher bill cannot be explained', tone: 'pain' }] },
        { column: 'reminder', notes: [{ text: 'Reminder arrives before the transfer has cleared', tone: 'pain' }] },
      ],
    },
    {
      id: 'future', label: 'Future state', kind: 'notes',
      cells: [
        { column: 'open', notes: [{ text: 'The bill in the app, no password', tone: 'idea' }] },
        { column: 'compare', notes: [{ text: 'Line-by-line change against last month', tone: 'idea' }] },
        { column: 'transfer', notes: [{ text: 'Autopay by direct debit, opt in once', tone: 'idea', link: 'https://example.com/projects/autopay' }] },
        { column: 'reminder', notes: [{ text: 'No reminders for autopay customers', tone: 'idea' }] },
      ],
    },
  ],
});

/** One lane of `onboardingMap` per kind, for the lane stories. */
export const lanesOf = (ids: string) => ({ ...onboardingMap(), lanes: onboardingMap().lanes.filter((l) => ids.split(' ').includes(l.id)) });

/** An onboarding map with no lanes yet: the empty state. */
export const emptyMap = (): JourneyMap => ({ ...onboardingMap(), lanes: [] });

/** A cell that names a step the map does not have: invalid data, naming the path. */
export const invalidMap = (): JourneyMap => {
  const map = onboardingMap();
  map.lanes[0]!.cells.push({ column: 'renewal', notes: [{ text: 'Signs for another year' }] });
  return map;
};

/**
 * "Use", a year of a subscription in 40 weekly-ish steps over 8 stages, with
 * six lanes: wide enough to scroll sideways with the lane headers in view.
 */
export const wideMap = (): JourneyMap => {
  const stages = ['Start', 'Explore', 'Habit', 'Expand', 'Plateau', 'Re-engage', 'Renewal talk', 'Renew'].map((name, i) => ({ id: `s${i + 1}`, name }));
  const steps = Array.from({ length: 40 }, (_, i) => ({ id: `w${i + 1}`, stageId: stages[Math.floor(i / 5)]!.id, name: `Week ${(i + 1) * 1}` }));
  const wave = (i: number) => Math.round(Math.sin(i / 4) * 15) / 10;
  const lanes: MapLane[] = [
    {
      id: 'doing', label: 'Doing', kind: 'notes',
      cells: steps.filter((_, i) => i % 3 === 0).map((s, i) => ({
        column: s.id,
        notes: [{ text: ['Logs in daily', 'Builds a second report', 'Invites a colleague', 'Skips a week', 'Sets up an automation', 'Asks for a discount', 'Exports data'][i % 7]! }],
      })),
    },
    {
      id: 'pains', label: 'Pains', kind: 'notes',
      cells: steps.filter((_, i) => i % 7 === 3).map((s) => ({ column: s.id, notes: [{ text: 'Slow dashboard on Monday mornings', tone: 'pain' as const }] })),
    },
    { id: 'feeling', label: 'Feeling', kind: 'emotion', cells: steps.map((s, i) => ({ column: s.id, emotion: Math.max(-1, Math.min(1, wave(i))) })) },
    {
      id: 'channels', label: 'Channels', kind: 'channels',
      cells: steps.map((s, i) => ({ column: s.id, channels: [{ channel: i % 4 === 0 ? 'email' : 'app', count: 900 - i * 12 }] })),
    },
    {
      id: 'metrics', label: 'Metrics', kind: 'metrics',
      cells: steps.filter((_, i) => i % 10 === 9).map((s, i) => ({
        column: s.id, metrics: [metric(`health-${i}`, 'health', 'Account health', 62 + i * 4, 60 + i * 3, { unit: '%' })],
      })),
    },
    { id: 'funnel', label: 'Active accounts', kind: 'funnel', cells: steps.map((s, i) => ({ column: s.id, reached: Math.round(1000 * 0.985 ** i) })) },
  ];
  return { id: 'use-map', name: 'Use: the first year', description: 'Forty weeks of a subscription, week by week.', stages, steps, lanes };
};

type Lang = 'de' | 'nl';

/** The words of `localMap` in German and Dutch. */
const WORDS: Record<Lang, Record<string, string>> = {
  de: {
    name: 'Kaufen', description: 'Vom ersten Vergleich bis zur Bestellung im Webshop.', persona: 'Jonas, Einkäufer',
    find: 'Finden', decide: 'Entscheiden', buy: 'Kaufen',
    compare: 'Angebote vergleichen', demo: 'Demo ansehen', trial: 'Testversion', quote: 'Angebot anfordern', order: 'Bestellen',
    doing: 'Tun', pains: 'Probleme', feeling: 'Gefühl', channels: 'Kanäle', metrics: 'Kennzahlen', funnel: 'Kunden (30 Tage)',
    n1: 'Liest drei Testberichte', n2: 'Bucht eine Demo für Dienstag', n3: 'Lädt das Team ein', n4: 'Fragt nach Mengenrabatt', n5: 'Zahlt per Rechnung',
    p1: 'Preise nur auf Anfrage', p2: 'Angebot kommt erst nach vier Tagen', csat: 'Zufriedenheit Demo', ces: 'Aufwand Bestellung',
  },
  nl: {
    name: 'Kopen', description: 'Van de eerste vergelijking tot de bestelling in de webshop.', persona: 'Sanne, inkoper',
    find: 'Vinden', decide: 'Beslissen', buy: 'Kopen',
    compare: 'Aanbiedingen vergelijken', demo: 'Demo bekijken', trial: 'Proefversie', quote: 'Offerte aanvragen', order: 'Bestellen',
    doing: 'Doen', pains: 'Pijnpunten', feeling: 'Gevoel', channels: 'Kanalen', metrics: 'Meetwaarden', funnel: 'Klanten (30 dagen)',
    n1: 'Leest drie reviews', n2: 'Plant een demo voor dinsdag', n3: 'Nodigt het team uit', n4: 'Vraagt om staffelkorting', n5: 'Betaalt op factuur',
    p1: 'Prijzen alleen op aanvraag', p2: 'De offerte komt pas na vier dagen', csat: 'Tevredenheid demo', ces: 'Moeite bestelling',
  },
};

/** "Shop and buy" in German or Dutch, its content in the language the story shows. */
export const localMap = (lang: Lang): JourneyMap => {
  const w = WORDS[lang];
  return {
    id: `buy-map-${lang}`,
    name: w.name!,
    description: w.description!,
    persona: { name: w.persona! },
    stages: [{ id: 'find', name: w.find! }, { id: 'decide', name: w.decide! }, { id: 'buy', name: w.buy! }],
    steps: [
      { id: 'compare', stageId: 'find', name: w.compare! },
      { id: 'demo', stageId: 'decide', name: w.demo! },
      { id: 'trial', stageId: 'decide', name: w.trial! },
      { id: 'quote', stageId: 'buy', name: w.quote! },
      { id: 'order', stageId: 'buy', name: w.order! },
    ],
    lanes: [
      {
        id: 'doing', label: w.doing!, kind: 'notes',
        cells: ['compare', 'demo', 'trial', 'quote', 'order'].map((column, i) => ({ column, notes: [{ text: w[`n${i + 1}`]! }] })),
      },
      {
        id: 'pains', label: w.pains!, kind: 'notes',
        cells: [{ column: 'compare', notes: [{ text: w.p1!, tone: 'pain' }] }, { column: 'quote', notes: [{ text: w.p2!, tone: 'pain' }] }],
      },
      {
        id: 'feeling', label: w.feeling!, kind: 'emotion',
        cells: [{ column: 'compare', emotion: 0 }, { column: 'demo', emotion: 1 }, { column: 'trial', emotion: 0.5 }, { column: 'quote', emotion: -1 }, { column: 'order', emotion: 0.5 }],
      },
      {
        id: 'channels', label: w.channels!, kind: 'channels',
        cells: [
          { column: 'compare', channels: [{ channel: 'web', count: 5200 }, { channel: 'ad', count: 1900 }] },
          { column: 'demo', channels: [{ channel: 'web', count: 640 }] },
          { column: 'quote', channels: [{ channel: 'email', count: 310 }, { channel: 'phone', count: 90 }] },
          { column: 'order', channels: [{ channel: 'web', count: 270 }] },
        ],
      },
      {
        id: 'metrics', label: w.metrics!, kind: 'metrics',
        cells: [
          { column: 'demo', metrics: [metric('demo-csat', 'csat', w.csat!, 86, 81, { unit: '%', sampleSize: 210 })] },
          { column: 'order', metrics: [metric('order-ces', 'ces', w.ces!, 5.2, 5.5, { sampleSize: 180 })] },
        ],
      },
      {
        id: 'funnel', label: w.funnel!, kind: 'funnel',
        cells: [{ column: 'compare', reached: 7100 }, { column: 'demo', reached: 640 }, { column: 'trial', reached: 520 }, { column: 'quote', reached: 400 }, { column: 'order', reached: 270 }],
      },
    ],
  };
};
