import { defineElement } from '../define-element.js';
import { JourneyScore } from './journey-score.js';

defineElement('wm-journey-score', JourneyScore);

export { JourneyScore };
