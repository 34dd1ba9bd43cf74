import { defineElement } from '../define-element.js';
import { MaturityScan } from './maturity-scan.js';

defineElement('wm-maturity-scan', MaturityScan);

export { MaturityScan };
