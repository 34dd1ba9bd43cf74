import type { ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { JourneyScore } from '../elements/journey-score/define.js';
import type { Journey } from '../data/schema.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmJourneyScoreEvents = WmDataEvents<Journey>;

/** `<wm-journey-score>`: `onWmLoad`, `onWmError`. Importing this module defines that element only. */
export const WmJourneyScore: ReactWebComponent<JourneyScore, WmJourneyScoreEvents> = wrap(
  'wm-journey-score', JourneyScore, 'WmJourneyScore', dataEvents as WmJourneyScoreEvents,
);

export type WmJourneyScoreProps = ComponentProps<typeof WmJourneyScore>;
