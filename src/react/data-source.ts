import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { DataSource } from '../elements/data-source/define.js';
import type { AdapterChangeEvent } from '../elements/data-source/events.js';
import { wrap } from './wrap.js';

export type WmDataSourceEvents = { onWmAdapterChange: EventName<AdapterChangeEvent> };

/** `<wm-data-source>`: `onWmAdapterChange` when the adapter it provides changes. Importing this module defines that element only. */
export const WmDataSource: ReactWebComponent<DataSource, WmDataSourceEvents> = wrap(
  'wm-data-source', DataSource, 'WmDataSource', { onWmAdapterChange: 'wm-adapter-change' } as WmDataSourceEvents,
);

export type WmDataSourceProps = ComponentProps<typeof WmDataSource>;
