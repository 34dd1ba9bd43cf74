import { defineElement } from '../define-element.js';
import { JourneyMapElement } from './journey-map.js';

defineElement('wm-journey-map', JourneyMapElement);

export { JourneyMapElement };
