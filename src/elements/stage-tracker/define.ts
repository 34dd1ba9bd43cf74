import { defineElement } from '../define-element.js';
import { StageTracker } from './stage-tracker.js';

defineElement('wm-stage-tracker', StageTracker);

export { StageTracker };
