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
  const { needle, targetMark: target, value, unit, ends: [low, high] } = d;
  // No whitespace between the SVG's children (it is not drawn, but each run
  // is a DOM node), and the usual three or four bands in one template of
  // attribute bindings: a list costs two marker comments per item.
  return html`<div part="gauge" class="gauge" role="meter" aria-labelledby="label" aria-valuemin=${d.min} aria-valuemax=${d.max} aria-valuenow=${d.now} aria-valuetext=${valuetext}><svg class="dial" viewBox="0 0 200 172" aria-hidden="true" focusable="false"><path part="track" class="track" d=${d.track}></path>${bandsOf(d.bands)}${d.fill ? svg`<path part="fill" class="fill tone-${d.tone}" d=${d.fill}></path>` : nothing}${target
    ? svg`<line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>`
    : nothing}<line part="needle" class="needle" x1=${needle.x1} y1=${needle.y1} x2=${needle.x2} y2=${needle.y2}></line><text part="value" class="value" x=${value.x} y=${value.y} text-anchor="middle" font-size=${value.size}>${value.text}</text>${unit ? svg`<text part="unit" class="unit" x=${unit.x} y=${unit.y} text-anchor="middle">${unit.text}</text>` : nothing}<text part="range" class="range" x=${low.x} y=${low.y} text-anchor="middle">${low.text}</text><text part="range" class="range" x=${high.x} y=${high.y} text-anchor="middle">${high.text}</text></svg></div>`;
}

type Bands = DialModel['bands'];

function bandsOf(b: Bands) {
  const [a, c, e, f] = b;
  if (b.length === 3) {
    return svg`<path part="band ${a!.tone}" class="band tone-${a!.tone}" d=${a!.d}></path><path part="band ${c!.tone}" class="band tone-${c!.tone}" d=${c!.d}></path><path part="band ${e!.tone}" class="band tone-${e!.tone}" d=${e!.d}></path>`;
  }
  if (b.length === 4) {
    return svg`<path part="band ${a!.tone}" class="band tone-${a!.tone}" d=${a!.d}></path><path part="band ${c!.tone}" class="band tone-${c!.tone}" d=${c!.d}></path><path part="band ${e!.tone}" class="band tone-${e!.tone}" d=${e!.d}></path><path part="band ${f!.tone}" class="band tone-${f!.tone}" d=${f!.d}></path>`;
  }
  return b.map((x) => svg`<path part="band ${x.tone}" class="band tone-${x.tone}" d=${x.d}></path>`);
}
