// `npm run build` step, after vite: dist/schema/<Shape>.json, one JSON Schema
// (draft 2020-12) per data shape, generated with zod's toJSONSchema so backend
// teams validate their API output against exactly what the elements accept.
//
// The SPEC's shapes come from the built dist/schema.js (what ships). The two
// extended shapes that entry does not export (the timeline's `data` and the
// maturity scan's definition) are loaded from source with Vite's module runner.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import * as z from 'zod/mini';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/schema`;

const { schemas } = await import(new URL('../dist/schema.js', import.meta.url).href);
const fromSource = async (path) =>
  (await runnerImport(`${root}${path}`, { root, configFile: false, logLevel: 'silent' })).module;
const { TimelineData } = await fromSource('src/elements/touchpoint-timeline/data.ts');
const { MaturityScanDefinition } = await fromSource('src/data/scans/schema.ts');

const DESCRIPTIONS = {
  Journey: "One customer's journey: its stages and, for the journey score, its weighted components.",
  Stage: 'One stage of a journey.',
  Milestone: 'A milestone within a stage.',
  Metric: 'One metric (NPS, CSAT, CES, health or a score) with its range, bands, target and history.',
  ScoreComponent: 'One weighted metric of a composite journey score.',
  Touchpoint: 'One interaction between the customer and the company.',
  TouchpointPage: 'One page of touchpoints; nextCursor fetches the next.',
  ScanDefinition: 'A maturity questionnaire: scale, dimensions, questions and levels.',
  ScanResponse: "A respondent's answers to a scan, keyed by question id.",
  ScanResult: 'The score and maturity level of a scan response, overall and per dimension.',
  JourneyMap:
    'A journey map: stages (and optional steps) as columns, lanes of notes, emotions, channels, metrics or funnel counts as rows. ' +
    'Also checked beyond this schema: every cell column is a stage or step id, every step names a stage, ' +
    'emotions stay within -1..1 (or -2..2 when the lane has scale 2) and name the lane\'s series.',
  TimelineData: "<wm-touchpoint-timeline>'s data property: a TouchpointPage plus, optionally, the journey's stages.",
  MaturityScanDefinition:
    "<wm-maturity-scan>'s definition: a ScanDefinition plus scale.notApplicable and per-dimension recommendations. " +
    'Also checked by the element, beyond this schema: whole-number scale of 2 to 11 points, unique ids, ' +
    'every question names a dimension, at least one level, each level once.',
};
const shapes = { ...schemas, TimelineData, MaturityScanDefinition };

// The ISO 8601 check in src/data/schema.ts is a refinement, which JSON Schema
// cannot carry: toJSONSchema writes a plain string. Its regex is restated here
// as a `pattern` (not `format: date-time`, which is RFC 3339 only and would
// reject the date-only and offset-without-colon forms Waymark accepts), and
// the samples below fail the build if the two ever disagree.
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SAMPLES = [
  '2024-05-01', '2024-05-01T09:30', '2024-05-01T09:30:00Z', '2024-05-01 09:30:00.123+02:00',
  '2024-05-01T09:30:00+0200', '2024-5-1', '2024-05-01T9:30', '1 May 2024', 'soon', '',
];
/** A string schema is a time when it takes an ISO instant and refuses other text (ids take both). */
const isTime = (schema) =>
  schema._zod.def.type === 'string' &&
  schema.safeParse('2024-05-01T09:30:00Z').success &&
  !schema.safeParse('not a date').success;

// The journey map's emotion is a custom check (a number or an object of
// numbers, see src/data/shapes/journey-map.ts), which toJSONSchema cannot
// read: its schema is written here, and the samples must agree with the check.
// Any other custom check fails the build until it is stated here too.
const FEELING = { type: 'number', minimum: -2, maximum: 2 };
const EMOTION = {
  anyOf: [FEELING, { type: 'object', additionalProperties: FEELING }],
  description: 'A feeling from -2 to 2 (-1 to 1 unless the lane has scale 2), or one per series keyed by series id.',
};
const EMOTION_SAMPLES = [[0.5, true], [{ calm: -1, keen: 2 }, true], [{}, true], ['1', false], [[1], false], [{ calm: 'x' }, false], [Number.NaN, false], [null, false]];
const isEmotion = (schema) => EMOTION_SAMPLES.every(([v, ok]) => schema.safeParse(v).success === ok);
const unknownCustom = new Set();

const disagreements = new Set();
const override = ({ zodSchema, jsonSchema }) => {
  if (zodSchema._zod.def.type === 'custom') {
    if (isEmotion(zodSchema)) Object.assign(jsonSchema, EMOTION);
    else unknownCustom.add(JSON.stringify(zodSchema._zod.def.error?.() ?? 'custom'));
    return;
  }
  if (!isTime(zodSchema)) return;
  for (const s of SAMPLES) if (ISO_8601.test(s) !== zodSchema.safeParse(s).success) disagreements.add(s);
  jsonSchema.pattern = ISO_8601.source;
  jsonSchema.description = 'ISO 8601 date or date-time, e.g. 2024-05-01T09:30:00Z, naming a real instant.';
  jsonSchema.examples = ['2024-05-01T09:30:00Z'];
};

mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(shapes)) {
  // io 'input': what Waymark accepts. Objects stay open (no additionalProperties:
  // false), as the SPEC says unknown extra fields are ignored, not errors.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override });
  const { $schema, ...rest } = json;
  const doc = { $schema, title: name, description: DESCRIPTIONS[name], ...rest };
  writeFileSync(`${out}/${name}.json`, `${JSON.stringify(doc, null, 2)}\n`);
}
if (disagreements.size) {
  console.error(`json-schema: the ISO 8601 pattern and the zod check disagree on ${[...disagreements].map((s) => JSON.stringify(s)).join(', ')}`);
  process.exit(1);
}
if (unknownCustom.size) {
  console.error(`json-schema: state the JSON Schema of the custom check(s) ${[...unknownCustom].join(', ')} in scripts/json-schema.js`);
  process.exit(1);
}
const missing = Object.keys(shapes).filter((n) => !DESCRIPTIONS[n]);
if (missing.length) {
  console.error(`json-schema: describe ${missing.join(', ')} in scripts/json-schema.js`);
  process.exit(1);
}
console.log(`JSON Schema: ${Object.keys(shapes).length} files in dist/schema/ (${Object.keys(shapes).join(', ')}).`);
