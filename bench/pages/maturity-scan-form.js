// The hand-written baseline: the plain HTML form <wm-maturity-scan mode="single">
// draws for a scan definition (fieldsets of native radios with labels, a
// progress bar, a submit button), built with createElement and textContent in
// an open shadow root that adopts the same style sheets. On each change it
// updates the progress; `result` scores the answers with the same formula
// (weighted mean of (answer - min) / (max - min) x 100, levels by minScore).
// It does no validation, loading states, autosave, events or form association,
// and speaks English only, but formats its counts with Intl like the element.

import { el, sheets } from './baseline-dom.js';

const SVG = 'http://www.w3.org/2000/svg';

// Counts go through Intl, as the element's do (numbers follow the locale). Made
// on first use, as the element does: the first Intl formatter of a page loads
// locale data, which both pages then pay while timed.
let counts;
const formatCount = (n) => (counts ??= new Intl.NumberFormat('en', { maximumFractionDigits: 0 })).format(n);

const levelOf = (levels, score) => {
  let found = levels[0];
  for (const l of [...levels].sort((a, b) => a.minScore - b.minScore)) if (score >= l.minScore) found = l;
  return found.level;
};

class BaselineMaturityScan extends HTMLElement {
  #answers = {};
  #def;
  #bar;
  #rect;
  #count;

  set definition(def) {
    this.#def = def;
    this.#build();
  }

  get result() {
    const { scale, questions, dimensions, levels } = this.#def;
    const mean = (qs) => {
      let sum = 0;
      let total = 0;
      for (const q of qs) {
        const v = this.#answers[q.id];
        if (v === undefined) continue;
        const w = q.weight ?? 1;
        sum += ((v - scale.min) / (scale.max - scale.min)) * 100 * w;
        total += w;
      }
      // Rounded to a millionth, as the element rounds away float noise.
      return total ? Math.round((sum / total) * 1e6) / 1e6 : undefined;
    };
    const score = mean(questions);
    const byDimension = dimensions.map((d) => {
      const s = mean(questions.filter((q) => q.dimensionId === d.id));
      return { dimensionId: d.id, score: s, level: levelOf(levels, s) };
    });
    return { score, level: levelOf(levels, score), byDimension };
  }

  #progress() {
    const total = this.#def.questions.length;
    const answered = Object.keys(this.#answers).length;
    const words = `${formatCount(answered)} of ${formatCount(total)} answered`;
    this.#bar.setAttribute('aria-valuenow', String(answered));
    this.#bar.setAttribute('aria-valuetext', words);
    this.#rect.setAttribute('width', `${Math.round((answered / total) * 100)}%`);
    this.#count.textContent = words;
  }

  #build() {
    const def = this.#def;
    for (const [k, v] of Object.entries({ scan: def.id, mode: 'single', autosave: 'off', 'autosave-days': '30' })) this.setAttribute(k, v);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'fill');
    svg.setAttribute('aria-hidden', 'true');
    this.#rect = document.createElementNS(SVG, 'rect');
    this.#rect.setAttribute('height', '100%');
    svg.append(this.#rect);
    this.#bar = el('span', {
      part: 'progress', class: 'progress', role: 'progressbar', 'aria-label': 'Questions answered',
      'aria-valuemin': '0', 'aria-valuemax': String(def.questions.length),
    }, svg);
    this.#count = el('bdi', { class: 'count', 'aria-hidden': 'true' });
    const labels = [];
    for (let v = def.scale.min; v <= def.scale.max; v++) labels.push([String(v), def.scale.labels[v - def.scale.min] || String(v)]);
    let n = 0;
    const pages = def.dimensions.map((d, i) => {
      const questions = def.questions.filter((q) => q.dimensionId === d.id).map((q) => {
        const id = `q${++n}`;
        return el('fieldset', { part: 'question', class: 'question', role: 'radiogroup', 'aria-labelledby': `${id}-text` },
          el('legend', { id: `${id}-text`, part: 'question-text', class: 'text' }, el('span', { class: 'n' }, `${n}.`), ` ${q.text}`),
          el('div', { class: 'options' }, ...labels.map(([value, label]) =>
            el('label', { part: 'option', class: 'option' },
              el('input', { type: 'radio', name: q.id, value }), el('span', { class: 'label' }, label)))));
      });
      return el('section', { part: 'page', class: 'page', 'aria-labelledby': `page-${i}` },
        el('h3', { id: `page-${i}`, class: 'page-title', tabindex: '-1' }, d.name),
        ...(d.description ? [el('p', { class: 'description' }, d.description)] : []),
        ...questions);
    });
    const form = el('div', { class: 'questions' }, ...pages);
    form.addEventListener('change', (e) => {
      this.#answers[e.target.name] = Number(e.target.value);
      this.#progress();
    });
    root.replaceChildren(el('div', { part: 'base', class: 'base' },
      el('h2', { part: 'title', class: 'title' }, def.title),
      ...(def.intro ? [el('p', { class: 'intro' }, def.intro)] : []),
      // Where the answers are kept, as the element says it (autosave off here).
      el('p', { class: 'autosave' }, 'Your answers are not saved: leaving or reloading the page loses them.'),
      el('div', { class: 'progress-row' }, this.#bar, this.#count),
      form,
      el('div', { part: 'nav', class: 'nav' }, el('button', { type: 'button', class: 'primary' }, 'See my result'))));
    this.#progress();
  }
}

customElements.define('baseline-maturity-scan', BaselineMaturityScan);
