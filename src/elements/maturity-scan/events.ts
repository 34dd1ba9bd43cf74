import { eventInit as init } from '../../data/events.js';
import type { ScanResponse, ScanResult } from '../../data/schema.js';

/**
 * `wm-scan-change`: the respondent answered or changed an answer (or started
 * again). `response` is a copy of the response so far; `progress` the share
 * of questions answered, 0–1.
 */
export class ScanChangeEvent extends CustomEvent<{ response: ScanResponse; progress: number }> {
  constructor(response: ScanResponse, progress: number) {
    super('wm-scan-change', init({ response, progress }));
  }
}

/**
 * `wm-scan-complete`: the completed response is stored (by the adapter, or
 * on this device when no adapter can save it); `result` is its score.
 */
export class ScanCompleteEvent extends CustomEvent<{ response: ScanResponse; result: ScanResult }> {
  constructor(response: ScanResponse, result: ScanResult) {
    super('wm-scan-complete', init({ response, result }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-scan-change': ScanChangeEvent;
    'wm-scan-complete': ScanCompleteEvent;
  }
}
