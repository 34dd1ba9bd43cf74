import { defineElement } from '../define-element.js';
import { TouchpointTimeline } from './touchpoint-timeline.js';

defineElement('wm-touchpoint-timeline', TouchpointTimeline);

export { TouchpointTimeline };
export { TouchpointSelectEvent } from './events.js';
