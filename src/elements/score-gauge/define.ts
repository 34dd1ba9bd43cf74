import { defineElement } from '../define-element.js';
import { ScoreGauge } from './score-gauge.js';

defineElement('wm-score-gauge', ScoreGauge);

export { ScoreGauge };
