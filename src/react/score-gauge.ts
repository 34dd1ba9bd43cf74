import type { ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import { ScoreGauge } from '../elements/score-gauge/define.js';
import type { Metric } from '../data/schema.js';
import { dataEvents, wrap, type WmDataEvents } from './wrap.js';

export type WmScoreGaugeEvents = WmDataEvents<Metric>;

/** `<wm-score-gauge>`: `onWmLoad`, `onWmError`. Importing this module defines that element only. */
export const WmScoreGauge: ReactWebComponent<ScoreGauge, WmScoreGaugeEvents> = wrap(
  'wm-score-gauge', ScoreGauge, 'WmScoreGauge', dataEvents as WmScoreGaugeEvents,
);

export type WmScoreGaugeProps = ComponentProps<typeof WmScoreGauge>;
