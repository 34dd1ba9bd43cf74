// The JSON Schema files of an installed package: each exists, is a draft
// 2020-12 object schema Ajv compiles, accepts the fixtures, and agrees with
// the package's own zod schemas on valid and broken documents alike.
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { contractDataset } from '../../fixtures/contract-data.js';
import { serviceJourney } from '../../fixtures/journeys.js';
import { generateTimeline } from '../../fixtures/touchpoints.js';

export const SCHEMA_FILES = [
  'Journey', 'Stage', 'Milestone', 'Metric', 'ScoreComponent', 'Touchpoint', 'TouchpointPage',
  'ScanDefinition', 'ScanResponse', 'ScanResult', 'TimelineData', 'MaturityScanDefinition',
];

/** Valid documents per shape, all from the shared fixtures. */
export function validSamples() {
  const data = contractDataset();
  const journeys = [...data.journeys, serviceJourney()];
  const stages = journeys.flatMap((j) => j.stages);
  const touchpoints = Object.values(data.touchpoints).flat();
  const scan = data.scans[0];
  const response = {
    id: 'r1', scanId: scan.id, answers: { q1: 4, q2: 3 },
    startedAt: '2025-06-01T12:00:00Z', updatedAt: '2025-06-01 12:05:00.5+02:00', completedAt: '2025-06-01',
  };
  return {
    Journey: journeys,
    Stage: stages,
    Milestone: stages.flatMap((s) => s.milestones ?? []),
    Metric: [...data.metrics, ...journeys.flatMap((j) => (j.scoreComponents ?? []).map((c) => c.metric))],
    ScoreComponent: journeys.flatMap((j) => j.scoreComponents ?? []),
    Touchpoint: touchpoints,
    TouchpointPage: [{ items: touchpoints, nextCursor: 'next' }, { items: [] }],
    ScanDefinition: data.scans,
    ScanResponse: [response],
    ScanResult: [{ score: 62.5, level: 4, byDimension: [{ dimensionId: 'insight', score: 70, level: 4 }] }],
    TimelineData: [generateTimeline({ count: 50 })],
    MaturityScanDefinition: [{ ...scan, scale: { ...scan.scale, notApplicable: 'Not applicable' } }],
  };
}

/** Copies of valid documents changed in one way: [shape, what changed, document, valid?]. */
function variants(samples) {
  const j = samples.Journey[0];
  const s = j.stages[0];
  const m = samples.Metric[0];
  const tp = samples.Touchpoint[0];
  return [
    ['Journey', 'an unknown field', { ...j, crmId: 'extra fields are ignored' }, true],
    ['Journey', 'no stages', { ...j, stages: undefined }, false],
    ['Journey', 'an empty id', { ...j, id: '' }, false],
    ['Journey', 'updatedAt "yesterday"', { ...j, updatedAt: 'yesterday' }, false],
    ['Journey', 'a stage status "finished"', { ...j, stages: [{ ...s, status: 'finished' }] }, false],
    ['Journey', 'a stage progress 1.5', { ...j, stages: [{ ...s, progress: 1.5 }] }, false],
    ['Stage', 'startedAt "2024-5-1"', { ...s, startedAt: '2024-5-1' }, false],
    ['Stage', 'window.fromDay -1', { ...s, window: { fromDay: -1 } }, false],
    ['Metric', 'kind "roi"', { ...m, kind: 'roi' }, false],
    ['Metric', 'sampleSize 2.5', { ...m, sampleSize: 2.5 }, false],
    ['Metric', 'a band tone "red"', { ...m, bands: [{ upTo: 10, tone: 'red' }] }, false],
    ['Touchpoint', 'sentiment 2', { ...tp, sentiment: 2 }, false],
    ['Touchpoint', 'an unknown channel', { ...tp, channel: 'carrier-pigeon' }, true],
    ['Touchpoint', 'an offset without colon', { ...tp, at: '2024-05-01T09:30:00+0200' }, true],
    ['ScanResponse', 'a text answer', { ...samples.ScanResponse[0], answers: { q1: 'four' } }, false],
    ['ScanResult', 'level 6', { ...samples.ScanResult[0], level: 6 }, false],
    ['ScoreComponent', 'weight -1', { ...samples.ScoreComponent[0], weight: -1 }, false],
  ];
}

/**
 * @param {string} dir the installed package's dist/schema
 * @param {Record<string, { safeParse(v: unknown): { success: boolean } }>} zodSchemas the installed `schemas` map
 */
export function checkSchemaFiles(dir, zodSchemas) {
  const results = [];
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const samples = validSamples();
  const validators = {};
  for (const name of SCHEMA_FILES) {
    const file = `${dir}/${name}.json`;
    try {
      if (!existsSync(file)) throw new Error('missing');
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') throw new Error(`$schema is ${schema.$schema}`);
      if (schema.type !== 'object') throw new Error(`type is ${schema.type}`);
      const validate = (validators[name] = ajv.compile(schema));
      const failed = samples[name].filter((doc) => !validate(doc));
      if (failed.length) throw new Error(`rejects a fixture: ${ajv.errorsText(validate.errors)}`);
      results.push({ name: `${name}.json accepts the fixtures`, ok: true, detail: `${samples[name].length} documents` });
    } catch (e) {
      results.push({ name: `${name}.json`, ok: false, detail: e.message });
    }
  }
  // Every fixture must be valid; each variant as marked; and zod must agree.
  const docs = [
    ...Object.entries(samples).flatMap(([n, ds]) => ds.map((d, i) => [n, `fixture ${i + 1}`, d, true])),
    ...variants(samples),
  ];
  const wrong = [];
  let compared = 0;
  const word = (v) => (v ? 'valid' : 'invalid');
  for (const [name, what, doc, valid] of docs) {
    if (!validators[name]) continue;
    compared++;
    const json = JSON.parse(JSON.stringify(doc));
    const bySchema = validators[name](json);
    const byZod = zodSchemas[name]?.safeParse(json).success ?? valid;
    if (bySchema !== valid || byZod !== valid) {
      wrong.push(`${name} with ${what} should be ${word(valid)}: JSON Schema says ${word(bySchema)}, zod ${word(byZod)}`);
    }
  }
  const broken = variants(samples).filter((v) => !v[3]).length;
  results.push({
    name: 'JSON Schema and zod agree',
    ok: !wrong.length && compared > 0,
    detail: wrong.length ? wrong.join('; ') : `${compared} documents, ${broken} of them broken on purpose`,
  });
  return results;
}
