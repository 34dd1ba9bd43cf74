import { html, nothing } from 'lit';
import type { Touchpoint } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';
import { channelName, sentimentWord } from './data.js';
import type { DrawStats } from './draw.js';
import { formatCount, numberFormat, pluralOf } from '../../i18n/format.js';
import { formatRange, formatWhen } from './ticks.js';

type Friction = NonNullable<Touchpoint['friction']>;

/** The friction level as the card's value ("High" under "Friction"). */
const FRICTION: Record<Friction, () => string> = {
  low: () => msg('Low', { id: 'timeline.friction.low' }),
  medium: () => msg('Medium', { id: 'timeline.friction.medium' }),
  high: () => msg('High', { id: 'timeline.friction.high' }),
};

/** The friction level as one fact of the spoken description. */
const FRICTION_FACT: Record<Friction, () => string> = {
  low: () => msg('low friction', { id: 'timeline.describe.friction.low' }),
  medium: () => msg('medium friction', { id: 'timeline.describe.friction.medium' }),
  high: () => msg('high friction', { id: 'timeline.describe.friction.high' }),
};

/** Sentiment with its sign and two decimals: "+0.50", "−0,40" (a true minus sign, as the marks' legend uses). */
export function formatSigned(locale: string, s: number): string {
  const f = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${s > 0 ? '+' : s < 0 ? '−' : ''}${f.format(Math.abs(s))}`;
}

export interface DescribeContext {
  locale: string;
  stageName: (id: string | undefined) => string | undefined;
}

function heading(tp: Touchpoint): string {
  const channel = channelName(tp.channel);
  const title = tp.title;
  if (tp.initiator === 'customer') return msg(str`${channel}, started by the customer: ${title}`, { id: 'timeline.describe.by-customer' });
  if (tp.initiator === 'company') return msg(str`${channel}, started by us: ${title}`, { id: 'timeline.describe.by-company' });
  return `${channel}: ${title}`;
}

/**
 * A touchpoint in one sentence, for announcements: every fact the marks show,
 * in words. Call it while the element renders, or inside its `localized()`.
 */
export function describe(tp: Touchpoint, c: DescribeContext): string {
  const parts = [heading(tp), formatWhen(c.locale, Date.parse(tp.at))];
  const stage = c.stageName(tp.stageId);
  if (stage) parts.push(msg(str`stage ${stage}`, { id: 'timeline.describe.stage' }));
  if (tp.sentiment === undefined) parts.push(msg('no sentiment', { id: 'timeline.describe.no-sentiment' }));
  else {
    const word = sentimentWord(tp.sentiment);
    const value = formatSigned(c.locale, tp.sentiment);
    parts.push(msg(str`sentiment ${word} (${value})`, { id: 'timeline.describe.sentiment' }));
  }
  if (tp.momentOfTruth) parts.push(msg('moment of truth', { id: 'timeline.describe.moment' }));
  if (tp.friction) parts.push(FRICTION_FACT[tp.friction]());
  if (tp.outcome) parts.push(msg(str`outcome: ${tp.outcome}`, { id: 'timeline.describe.outcome' }));
  return `${parts.join('. ')}.`;
}

/**
 * The words for the drawn view: the range line ("1 Mar – 31 Mar 2025: 120 of
 * 120 touchpoints in view") and the canvas's text alternative. Call it inside
 * the element's `localized()`: the plot draws in animation frames.
 */
export function describeView(locale: string, stats: DrawStats, view: { from: number; to: number }, total: number) {
  const range = formatRange(locale, view.from, view.to);
  const [shown, all] = [formatCount(locale, stats.shown), formatCount(locale, total)];
  const rangeText = msg(str`${range}: ${shown} of ${all} touchpoints in view`, { id: 'timeline.plot.range' });
  const mean = stats.sentimentN ? stats.sentimentSum / stats.sentimentN : undefined;
  let sentiment = msg('No sentiment recorded', { id: 'timeline.plot.no-sentiment' });
  if (mean !== undefined) {
    const [word, value] = [sentimentWord(mean), formatSigned(locale, mean)];
    sentiment = msg(str`Mean sentiment ${word} (${value})`, { id: 'timeline.plot.mean-sentiment' });
  }
  const m = formatCount(locale, stats.moments);
  const moments = pluralOf(locale, stats.moments) === 'one'
    ? msg(str`${m} moment of truth`, { id: 'timeline.plot.moments.one' })
    : msg(str`${m} moments of truth`, { id: 'timeline.plot.moments.other' });
  const f = formatCount(locale, stats.friction);
  const friction = msg(str`${f} with friction`, { id: 'timeline.plot.friction' });
  const bars = stats.aggregated
    ? ` ${msg('Touchpoints too close to tell apart are drawn as bars: zoom in to see each.', { id: 'timeline.plot.bars' })}`
    : '';
  const list = msg('The list view lists every touchpoint as text.', { id: 'timeline.plot.list-hint' });
  return { rangeText, summary: `${rangeText}. ${sentiment}; ${moments}; ${friction}.${bars} ${list}` };
}

/** The selected touchpoint's card. */
export function renderDetail(tp: Touchpoint, c: DescribeContext, close: () => void) {
  const stage = c.stageName(tp.stageId);
  const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      <h3 id="detail-title" class="detail-title">${tp.title}</h3>
      <button type="button" part="close" class="close" aria-label=${msg('Close details', { id: 'timeline.detail.close-label' })}
        @click=${close}>${msg('Close', { id: 'timeline.detail.close' })}</button>
    </div>
    <dl>
      ${row(msg('When', { id: 'timeline.detail.when' }), html`<bdi>${formatWhen(c.locale, Date.parse(tp.at))}</bdi>`)}
      ${row(msg('Channel', { id: 'timeline.detail.channel' }), channelName(tp.channel))}
      ${stage ? row(msg('Stage', { id: 'timeline.detail.stage' }), stage) : nothing}
      ${tp.initiator
        ? row(
            msg('Started by', { id: 'timeline.detail.started-by' }),
            tp.initiator === 'customer'
              ? msg('The customer', { id: 'timeline.detail.customer' })
              : msg('Us (the company)', { id: 'timeline.detail.company' }),
          )
        : nothing}
      ${row(
        msg('Sentiment', { id: 'timeline.detail.sentiment' }),
        tp.sentiment === undefined
          ? msg('Not recorded', { id: 'timeline.detail.not-recorded' })
          : `${sentimentWord(tp.sentiment)} (${formatSigned(c.locale, tp.sentiment)})`,
      )}
      ${tp.momentOfTruth ? row(msg('Moment of truth', { id: 'timeline.detail.moment' }), msg('Yes', { id: 'timeline.detail.yes' })) : nothing}
      ${tp.friction ? row(msg('Friction', { id: 'timeline.detail.friction' }), FRICTION[tp.friction]()) : nothing}
      ${tp.outcome ? row(msg('Outcome', { id: 'timeline.detail.outcome' }), tp.outcome) : nothing}
    </dl>
    ${tp.detail ? html`<p class="detail-text">${tp.detail}</p>` : nothing}
  </section>`;
}
