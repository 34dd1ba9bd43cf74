import type { Milestone, Stage } from '../../data/schema.js';

/**
 * `wm-milestone-change`: the user ticked or unticked a customer-owned milestone
 * of an `actionable` tracker. Cancelable: `preventDefault()` keeps the
 * milestone as it was and saves nothing.
 */
export class MilestoneChangeEvent extends CustomEvent<{ stage: Stage; milestone: Milestone; done: boolean }> {
  constructor(stage: Stage, milestone: Milestone, done: boolean) {
    // Not through eventInit: importing it would split the module it shares with the tracker into a chunk of its own.
    super('wm-milestone-change', { detail: { stage, milestone, done }, bubbles: true, composed: true, cancelable: true });
  }
}
