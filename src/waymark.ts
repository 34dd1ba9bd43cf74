// `import 'waymark'`: defines every element and exports everything.
// The data source first, so its context is there when the others connect.
import './elements/data-source/define.js';
import './elements/stage-tracker/define.js';
import './elements/score-gauge/define.js';
import './elements/journey-score/define.js';
import './elements/maturity-scan/define.js';
import './elements/touchpoint-timeline/define.js';
import './elements/journey-map/define.js';

export * from './index.js';
