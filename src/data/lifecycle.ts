import type { Stage, StageWindow } from './schema.js';

export interface LifecycleStage {
  id: string;
  name: string;
  window: StageWindow;
  /** What "done" means for the stage. */
  description: string;
}

/** The default B2B customer lifecycle: typical windows in days from first contact. */
export const DEFAULT_LIFECYCLE: readonly LifecycleStage[] = [
  { id: 'awareness', name: 'Awareness', window: { fromDay: 0, toDay: 30 },
    description: 'A qualified lead has engaged.' },
  { id: 'consideration', name: 'Consideration', window: { fromDay: 30, toDay: 90 },
    description: 'Demo or evaluation done, business case accepted.' },
  { id: 'purchase', name: 'Purchase', window: { fromDay: 90, toDay: 120 },
    description: 'Contract signed, success plan agreed, handed over from sales to success.' },
  { id: 'onboarding', name: 'Onboarding', window: { fromDay: 120, toDay: 210 },
    description: 'Implemented, trained, first success milestone reached.' },
  { id: 'adoption', name: 'Adoption', window: { fromDay: 210, toDay: 365 },
    description: 'Deep feature adoption, value (ROI) measured.' },
  { id: 'expansion', name: 'Expansion', window: { fromDay: 365 },
    description: 'Upsell or cross-sell, strategic partnership.' },
  { id: 'advocacy', name: 'Advocacy', window: { fromDay: 365 },
    description: 'References, case studies, advocacy programme.' },
];

const byKey = new Map(DEFAULT_LIFECYCLE.flatMap((s) => [[s.id, s], [s.name.toLowerCase(), s]] as const));

/**
 * Fills a stage's missing window and description from the default lifecycle
 * when its name or id is one of the lifecycle's stages. Data always wins.
 */
export function withLifecycleDefaults(stage: Stage): Stage {
  const known = byKey.get(stage.id.toLowerCase()) ?? byKey.get(stage.name.trim().toLowerCase());
  if (!known || (stage.window && stage.description)) return stage;
  return { ...stage, window: stage.window ?? known.window, description: stage.description ?? known.description };
}
