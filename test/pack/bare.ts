// Compiled by scripts/pack-test.js in a project that installed only the packed
// tarball (no React, no Vue), with skipLibCheck off: every entry that is not
// about a framework type-checks without that framework's types installed.
import 'waymark';
import 'waymark/stage-tracker.js';
import 'waymark/score-gauge.js';
import 'waymark/journey-score.js';
import 'waymark/maturity-scan.js';
import 'waymark/touchpoint-timeline.js';
import 'waymark/data-source.js';
import 'waymark/autoloader.js';
import { StaticAdapter } from 'waymark/adapters';
import { nps } from 'waymark/metrics';
import { Journey } from 'waymark/schema';
import type { StageSelectEvent } from 'waymark';

const tracker = document.createElement('wm-stage-tracker');
tracker.adapter = new StaticAdapter({});
tracker.addEventListener('wm-stage-select', (e: StageSelectEvent) => console.log(e.detail.stage.name, nps([10, 9, 0])));
export const valid = Journey.safeParse({}).success;
