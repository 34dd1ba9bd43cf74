// Seeded journey maps for the journey-map workloads: `benchMap({ steps, lanes, seed })`
// is a pure function of its options, so both pages (and every run) draw the same
// map. Three steps per stage (every other stage and every third step with a
// description); lanes cycle through ten that cover every lane kind:
// notes (plain, pain, gain, idea and neutral tones, links), emotion (two named
// series on the ±2 scale; from the second cycle on, one unnamed series on ±1),
// channels with counts, metrics (NPS, CSAT, health with a previous value) and
// a funnel. Some note cells, channel cells and second-series points are empty,
// as in real maps.

/** A 32-bit hash of (seed, i, k) in 0..1: the generator's only source of chance. */
function chance(seed, i, k) {
  let h = Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(i | 0, 0x85ebca77) ^ Math.imul(k + 1, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}
const pick = (list, r) => list[Math.floor(r * list.length)];

const VERBS = ['Compares', 'Reads', 'Asks about', 'Signs up for', 'Checks', 'Downloads', 'Shares', 'Waits for', 'Books', 'Rates'];
const THINGS = ['the pricing page', 'a help article', 'the trial', 'an invoice', 'the onboarding call', 'a report', 'the status page', 'the mobile app', 'a demo', 'the renewal offer'];
const THOUGHTS = ['“Is this worth it?”', '“Where do I start?”', '“That was quick.”', '“Why so many steps?”', '“Who can I ask?”', '“Finally.”'];
const PAINS = ['Has to repeat the details', 'Waits on hold for 11 minutes', 'Cannot find the setting', 'The form loses its input', 'No word on progress'];
const GAINS = ['Gets an answer in the chat', 'Sees the value in the first week', 'Finds the article at once', 'Keeps the history across channels'];
const IDEAS = ['Pre-fill the form from the account', 'Show the queue length', 'Send a status text', 'Offer a call-back'];
const BACKSTAGE = ['CRM logs the contact', 'Ticket routed to tier 2', 'Billing checks the account', 'Success manager is notified'];
const CHANNELS = ['web', 'email', 'app', 'chat', 'phone', 'store'];
const METRIC_KINDS = [['nps', 'NPS', -100, 100], ['csat', 'CSAT', 0, 100], ['health', 'Health', 0, 100]];

/** The ten lanes of a cycle: [id, label, kind, extra]. */
const LANES = [
  ['doing', 'Doing', 'notes', { texts: 'actions' }],
  ['thinking', 'Thinking', 'notes', { texts: THOUGHTS }],
  ['feeling', 'Feeling', 'emotion'],
  ['channels', 'Channels', 'channels'],
  ['pains', 'Pains', 'notes', { texts: PAINS, tone: 'pain' }],
  ['gains', 'Gains', 'notes', { texts: GAINS, tone: 'gain' }],
  ['ideas', 'Ideas', 'notes', { texts: IDEAS, tone: 'idea' }],
  ['metrics', 'Metrics', 'metrics'],
  ['funnel', 'Customers', 'funnel'],
  ['backstage', 'Backstage', 'notes', { texts: BACKSTAGE, tone: 'neutral', link: true }],
];

function notesCell(seed, lane, c, extra) {
  const r = chance(seed, c, lane * 10);
  if (r < 0.2) return undefined;
  const count = r < 0.75 ? 1 : 2;
  const notes = Array.from({ length: count }, (_, n) => {
    const a = chance(seed, c, lane * 10 + n + 1);
    const text = extra.texts === 'actions' ? `${pick(VERBS, a)} ${pick(THINGS, chance(seed, c, lane * 10 + n + 5))}` : pick(extra.texts, a);
    const note = { text };
    if (extra.tone) note.tone = extra.tone;
    if (extra.link && n === 0 && a < 0.5) note.link = `https://wiki.example.com/backstage/${c + 1}`;
    return note;
  });
  return { notes };
}

/** -2..2 in halves. */
const emotionValue = (r) => Math.round(r * 8 - 4) / 2;

function laneOf(seed, cycle, index, columns) {
  const [baseId, baseLabel, kind, extra = {}] = LANES[index];
  const id = cycle ? `${baseId}-${cycle + 1}` : baseId;
  const label = cycle ? `${baseLabel} ${cycle + 1}` : baseLabel;
  const lane = cycle * 10 + index;
  const cells = [];
  let reached = 5000 + Math.floor(chance(seed, lane, 99) * 5000);
  columns.forEach((column, c) => {
    const r = chance(seed, c, lane * 10 + 7);
    if (kind === 'notes') {
      const cell = notesCell(seed, lane, c, extra);
      if (cell) cells.push({ column, ...cell });
    } else if (kind === 'emotion') {
      const today = emotionValue(r);
      if (cycle) cells.push({ column, emotion: Math.round((today / 2) * 10) / 10 });
      else {
        const target = chance(seed, c, lane * 10 + 8) < 0.2 ? undefined : Math.min(2, today + 1);
        cells.push({ column, emotion: target === undefined ? { today } : { today, target } });
      }
    } else if (kind === 'channels') {
      if (r < 0.1) return;
      const first = pick(CHANNELS, chance(seed, c, lane * 10 + 8));
      const list = [{ channel: first, count: Math.floor(r * 4000) + 10 }];
      if (r > 0.6) list.push({ channel: first === 'chat' ? 'phone' : 'chat', count: Math.floor(r * 900) });
      cells.push({ column, channels: list });
    } else if (kind === 'metrics') {
      const [mk, name, min, max] = pick(METRIC_KINDS, chance(seed, c, lane * 10 + 8));
      const value = Math.round(min + r * (max - min));
      // Changes of 0 or at least 2, so no change reads "1 point".
      const step = Math.floor(chance(seed, c, lane * 10 + 9) * 5) - 2;
      const previous = Math.max(min, Math.min(max, value - (step === 1 || step === -1 ? step * 3 : step * 2)));
      cells.push({ column, metrics: [{ id: `${mk}-${c + 1}`, kind: mk, label: `${name}, step ${c + 1}`, value, previous }] });
    } else {
      cells.push({ column, reached });
      reached = Math.floor(reached * (0.55 + r * 0.45));
    }
  });
  const out = { id, label, kind, cells };
  if (kind === 'emotion' && !cycle) {
    out.scale = 2;
    out.series = [{ id: 'today', name: 'Today' }, { id: 'target', name: 'Target' }];
  }
  return out;
}

/**
 * A map of `steps` steps (three per stage) and `lanes` lanes.
 * @param {{ steps: number, lanes: number, seed?: number }} options
 */
export function benchMap({ steps, lanes, seed = 14 }) {
  const stageCount = Math.ceil(steps / 3);
  const stages = Array.from({ length: stageCount }, (_, s) => ({
    id: `stage-${s + 1}`,
    name: `Stage ${s + 1}`,
    ...(s % 2 ? {} : { description: `What happens in stage ${s + 1}` }),
  }));
  const stepList = Array.from({ length: steps }, (_, i) => ({
    id: `step-${i + 1}`,
    stageId: `stage-${Math.floor(i / 3) + 1}`,
    name: `${pick(VERBS, chance(seed, i, 1))} ${pick(THINGS, chance(seed, i, 2))}`,
    ...(i % 3 ? {} : { description: `Step ${i + 1} of ${steps}` }),
  }));
  const columns = stepList.map((s) => s.id);
  return {
    id: `bench-${steps}x${lanes}`,
    name: `Bench map, ${steps} steps by ${lanes} lanes`,
    description: 'A seeded map covering every lane kind.',
    persona: { name: 'Alex, team lead', summary: 'Buys for a team of twelve.' },
    stages,
    steps: stepList,
    lanes: Array.from({ length: lanes }, (_, l) => laneOf(seed, Math.floor(l / 10), l % 10, columns)),
  };
}

/** The two maps the workloads time. */
export const MAPS = {
  '12x10': () => benchMap({ steps: 12, lanes: 10 }),
  '60x20': () => benchMap({ steps: 60, lanes: 20 }),
};

/** The map the page's `?map=` asks for (12x10 by default). */
export const mapOfPage = () => (MAPS[new URLSearchParams(location.search).get('map') ?? '12x10'] ?? MAPS['12x10'])();

/** A node's text, list items apart (a space after each `<li>`, as a screen reader pauses between them). */
const textOf = (node) =>
  node.nodeType === Node.TEXT_NODE
    ? node.data
    : [...node.childNodes].map(textOf).join('') + (node.localName === 'li' ? ' ' : '');

/**
 * What a map shows, as the like-for-like check compares it: every header and
 * cell of `table` in order, with its scope and span and its text (list items
 * apart, spaces collapsed), so A and B must have the same cells saying the same words.
 */
export function describeTable(table) {
  if (!table) return ['(no table)'];
  const out = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const scope = cell.getAttribute('scope');
      const span = cell.colSpan > 1 ? ` colspan=${cell.colSpan}` : '';
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      out.push(`${cell.localName}${scope ? ` scope=${scope}` : ''}${span} "${text}"`);
    }
  }
  return out;
}
