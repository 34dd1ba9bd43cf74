import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { StageTracker } from '../elements/stage-tracker/define.js';
import type { MilestoneChangeEvent, StageSelectEvent } from '../elements/stage-tracker/events.js';
import type { Journey } from '../data/schema.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmStageTrackerEvents = WmDataEvents<Journey> & {
  onWmStageSelect: EventName<StageSelectEvent>;
  onWmMilestoneChange: EventName<MilestoneChangeEvent>;
};

/** `<wm-stage-tracker>`: `onWmLoad`, `onWmError`, `onWmStageSelect`, `onWmMilestoneChange`. Importing this module defines that element only. */
export const WmStageTracker: ReactWebComponent<StageTracker, WmStageTrackerEvents> = wrap(
  'wm-stage-tracker', StageTracker, 'WmStageTracker',
  { ...dataEvents, onWmStageSelect: 'wm-stage-select', onWmMilestoneChange: 'wm-milestone-change' } as WmStageTrackerEvents,
);

export type WmStageTrackerProps = ComponentProps<typeof WmStageTracker>;
