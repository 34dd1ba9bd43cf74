import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { TouchpointTimeline } from '../elements/touchpoint-timeline/define.js';
import type { TouchpointSelectEvent } from '../elements/touchpoint-timeline/events.js';
import type { TimelineData } from '../data/timeline.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmTouchpointTimelineEvents = WmDataEvents<TimelineData> & {
  onWmTouchpointSelect: EventName<TouchpointSelectEvent>;
};

/** `<wm-touchpoint-timeline>`: `onWmLoad`, `onWmError`, `onWmTouchpointSelect`. Importing this module defines that element only. */
export const WmTouchpointTimeline: ReactWebComponent<TouchpointTimeline, WmTouchpointTimelineEvents> = wrap(
  'wm-touchpoint-timeline', TouchpointTimeline, 'WmTouchpointTimeline',
  { ...dataEvents, onWmTouchpointSelect: 'wm-touchpoint-select' } as WmTouchpointTimelineEvents,
);

export type WmTouchpointTimelineProps = ComponentProps<typeof WmTouchpointTimeline>;
