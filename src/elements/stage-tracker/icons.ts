import { svg } from 'lit';
import type { StageStatus } from '../../data/schema.js';

// One whole template per icon (not an <svg> wrapping a nested shape template):
// a page of 200 trackers clones each template once per stage, so nesting counts.

/** One distinct shape per status, so status never rests on colour alone. */
export const STATUS_ICONS: Record<StageStatus, ReturnType<typeof svg>> = {
  done: svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  current: svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" fill="currentColor"/></svg>`,
  upcoming: svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"></svg>`,
  blocked: svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M12 6.5v7" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/><circle cx="12" cy="17.25" r="1.5" fill="currentColor"/></svg>`,
  skipped: svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M7 12h10" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg>`,
};

/** The check icons of an actionable tracker's rows without a checkbox (read-only rows write them into their template). */
export const CHECK_ICONS = {
  done: svg`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  open: svg`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="2"/></svg>`,
};
