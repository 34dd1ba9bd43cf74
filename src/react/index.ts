/**
 * `waymark/react`: React components for every Waymark element, made with
 * @lit/react. Each sets the element's properties (`data`, `adapter`,
 * `weights`, …) as properties rather than attributes, and maps the element's
 * `wm-*` events to typed `onWm*` props, so React 18 (which passes only
 * attributes to custom elements) and React 19 behave the same.
 *
 * Importing this module defines all seven elements; `waymark/react/<element>.js`
 * (e.g. `waymark/react/stage-tracker.js`) wraps and defines one. The wrappers take their
 * classes from the modules that register the tags (the per-element entries,
 * `waymark/stage-tracker.js` and so on), so a wrapper never renders an
 * undefined tag. Load Waymark once per page; a second copy keeps the first
 * definition and warns instead of throwing.
 */
export type { WmDataEvents } from './wrap.js';
export * from './data-source.js';
export * from './stage-tracker.js';
export * from './score-gauge.js';
export * from './journey-score.js';
export * from './maturity-scan.js';
export * from './touchpoint-timeline.js';
export * from './journey-map.js';
