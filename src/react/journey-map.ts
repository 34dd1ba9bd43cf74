import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { JourneyMapElement } from '../elements/journey-map/define.js';
import type { CellSelectEvent } from '../elements/journey-map/events.js';
import type { JourneyMap } from '../data/schema.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmJourneyMapEvents = WmDataEvents<JourneyMap> & {
  onWmCellSelect: EventName<CellSelectEvent>;
};

/** `<wm-journey-map>`: `onWmLoad`, `onWmError`, `onWmCellSelect`. Importing this module defines that element only. */
export const WmJourneyMap: ReactWebComponent<JourneyMapElement, WmJourneyMapEvents> = wrap(
  'wm-journey-map', JourneyMapElement, 'WmJourneyMap',
  { ...dataEvents, onWmCellSelect: 'wm-cell-select' } as WmJourneyMapEvents,
);

export type WmJourneyMapProps = ComponentProps<typeof WmJourneyMap>;
