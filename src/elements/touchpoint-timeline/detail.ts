import { html, nothing } from 'lit';
import type { Touchpoint } from '../../data/schema.js';
import { channelName, sentimentWord, signed } from './data.js';
import { formatWhen } from './ticks.js';

const FRICTION = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export interface DescribeContext {
  locale: string;
  stageName: (id: string | undefined) => string | undefined;
}

/** A touchpoint in one sentence, for announcements: every fact the marks show, in words. */
export function describe(tp: Touchpoint, c: DescribeContext): string {
  const parts = [
    `${channelName(tp.channel)}${tp.initiator === 'customer' ? ', started by the customer' : tp.initiator === 'company' ? ', started by us' : ''}: ${tp.title}`,
    formatWhen(c.locale, Date.parse(tp.at)),
  ];
  const stage = c.stageName(tp.stageId);
  if (stage) parts.push(`stage ${stage}`);
  parts.push(tp.sentiment === undefined ? 'no sentiment' : `sentiment ${sentimentWord(tp.sentiment)} (${signed(tp.sentiment)})`);
  if (tp.momentOfTruth) parts.push('moment of truth');
  if (tp.friction) parts.push(`${tp.friction} friction`);
  if (tp.outcome) parts.push(`outcome: ${tp.outcome}`);
  return `${parts.join('. ')}.`;
}

/** The selected touchpoint's card. */
export function renderDetail(tp: Touchpoint, c: DescribeContext, close: () => void) {
  const stage = c.stageName(tp.stageId);
  const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      <h3 id="detail-title" class="detail-title">${tp.title}</h3>
      <button type="button" part="close" class="close" @click=${close}>Close<span class="sr-only"> details</span></button>
    </div>
    <dl>
      ${row('When', html`<bdi>${formatWhen(c.locale, Date.parse(tp.at))}</bdi>`)}
      ${row('Channel', channelName(tp.channel))}
      ${stage ? row('Stage', stage) : nothing}
      ${tp.initiator ? row('Started by', tp.initiator === 'customer' ? 'The customer' : 'Us (the company)') : nothing}
      ${row('Sentiment', tp.sentiment === undefined ? 'Not recorded' : `${sentimentWord(tp.sentiment)} (${signed(tp.sentiment)})`)}
      ${tp.momentOfTruth ? row('Moment of truth', 'Yes') : nothing}
      ${tp.friction ? row('Friction', FRICTION[tp.friction]) : nothing}
      ${tp.outcome ? row('Outcome', tp.outcome) : nothing}
    </dl>
    ${tp.detail ? html`<p class="detail-text">${tp.detail}</p>` : nothing}
  </section>`;
}
