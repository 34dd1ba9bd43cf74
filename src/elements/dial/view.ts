import { html, nothing, svg } from 'lit';
import type { DialModel } from './model.js';

/**
 * The dial: a box with `role="meter"` (part `gauge`), named by the element's
 * `#label` and saying `valuetext`, around the SVG drawing. Colours come from
 * classes (`tone-good`, ...), never from style attributes, which a strict CSP
 * (style-src 'self') blocks. The SVG is hidden from assistive technology:
 * the meter says all of it in words.
 */
export function renderDial(d: DialModel, valuetext: string) {
  const { needle, targetMark: target, value, unit, ends } = d;
  return html`<div
    part="gauge"
    class="gauge"
    role="meter"
    aria-labelledby="label"
    aria-valuemin=${d.min}
    aria-valuemax=${d.max}
    aria-valuenow=${d.now}
    aria-valuetext=${valuetext}
  >
    <svg class="dial" viewBox="0 0 200 172" aria-hidden="true" focusable="false">
      <path part="track" class="track" d=${d.track}></path>
      ${d.bands.map((b) => svg`<path part="band ${b.tone}" class="band tone-${b.tone}" d=${b.d}></path>`)}
      ${d.fill ? svg`<path part="fill" class="fill tone-${d.tone}" d=${d.fill}></path>` : nothing}
      ${target
        ? svg`<line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>`
        : nothing}
      <line part="needle" class="needle" x1=${needle.x1} y1=${needle.y1} x2=${needle.x2} y2=${needle.y2}></line>
      <text part="value" class="value" x=${value.x} y=${value.y} text-anchor="middle" font-size=${value.size}>${value.text}</text>
      ${unit ? svg`<text part="unit" class="unit" x=${unit.x} y=${unit.y} text-anchor="middle">${unit.text}</text>` : nothing}
      ${ends.map((e) => svg`<text part="range" class="range" x=${e.x} y=${e.y} text-anchor="middle">${e.text}</text>`)}
    </svg>
  </div>`;
}
