import { defineElement } from '../define-element.js';
import { DataSource } from './data-source.js';

defineElement('wm-data-source', DataSource);

export { DataSource };
