import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { MaturityScan } from '../elements/maturity-scan/define.js';
import type { ScanChangeEvent, ScanCompleteEvent } from '../elements/maturity-scan/events.js';
import type { MaturityScanDefinition } from '../data/scans/schema.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmMaturityScanEvents = WmDataEvents<MaturityScanDefinition> & {
  onWmScanChange: EventName<ScanChangeEvent>;
  onWmScanComplete: EventName<ScanCompleteEvent>;
};

/** `<wm-maturity-scan>`: `onWmLoad`, `onWmError`, `onWmScanChange`, `onWmScanComplete`. Importing this module defines that element only. */
export const WmMaturityScan: ReactWebComponent<MaturityScan, WmMaturityScanEvents> = wrap(
  'wm-maturity-scan', MaturityScan, 'WmMaturityScan',
  { ...dataEvents, onWmScanChange: 'wm-scan-change', onWmScanComplete: 'wm-scan-complete' } as WmMaturityScanEvents,
);

export type WmMaturityScanProps = ComponentProps<typeof WmMaturityScan>;
