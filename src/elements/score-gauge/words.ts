import type { MetricKind } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';

// The gauge's words in the reader's language. Each is a function, so msg()
// answers in the locale of the element rendering when it is called. A kind's
// own texts (name, explanation, default band labels) are the metrics module's
// KIND_TEXT, which serves KIND_DEFAULTS in English as well; the band's words
// come with the dial (src/elements/dial/).

/** The value with its measure's name ("NPS +32"); health scores are named, custom scores not. */
export const NAMED_VALUE: Record<MetricKind, (value: string) => string> = {
  nps: (value) => msg(str`NPS ${value}`, { id: 'gauge.named.nps' }),
  csat: (value) => msg(str`CSAT ${value}`, { id: 'gauge.named.csat' }),
  ces: (value) => msg(str`CES ${value}`, { id: 'gauge.named.ces' }),
  health: (value) => msg(str`Health score ${value}`, { id: 'gauge.named.health' }),
  score: (value) => value,
};

/**
 * The change in words. `amount` is unsigned and formatted; `points` says it
 * is in percentage points, `one` that Intl's plural rules call it singular.
 */
export function changeWords(direction: 'up' | 'down', amount: string, points: boolean, one: boolean): string {
  if (!points) {
    return direction === 'up'
      ? msg(str`up ${amount} since last period`, { id: 'gauge.change.up' })
      : msg(str`down ${amount} since last period`, { id: 'gauge.change.down' });
  }
  if (direction === 'up') {
    return one
      ? msg(str`up ${amount} point since last period`, { id: 'gauge.change.up-points.one' })
      : msg(str`up ${amount} points since last period`, { id: 'gauge.change.up-points.other' });
  }
  return one
    ? msg(str`down ${amount} point since last period`, { id: 'gauge.change.down-points.one' })
    : msg(str`down ${amount} points since last period`, { id: 'gauge.change.down-points.other' });
}

export const noChangeWords = () => msg('no change since last period', { id: 'gauge.change.flat' });
