import { css, html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/stage-tracker/define.js';
import '../src/elements/score-gauge/define.js';
import '../src/elements/journey-score/define.js';
import { hostStyles } from '../src/styles/host.js';
import { lifecycleJourney, serviceJourney } from '../fixtures/journeys.js';

/** The fixed "now" of the element stories, so days in stage never drift. */
const NOW = Date.UTC(2025, 5, 2, 9, 0);

/** The colour tokens in the editor, by group, with their labels. */
const GROUPS = [
  {
    legend: 'Text and surfaces',
    tokens: { text: 'Text', 'text-muted': 'Muted text', surface: 'Surface', 'surface-alt': 'Alternate surface', border: 'Border' },
  },
  {
    legend: 'Accent and status',
    tokens: { accent: 'Accent', 'on-accent': 'Text on accent', good: 'Good', warning: 'Warning', critical: 'Critical', neutral: 'Neutral' },
  },
] as const;

/**
 * Light and dark defaults by colour name, read from the host styles
 * (`var(--wm-color-x, light-dark(#light, #dark))`) so the editor cannot drift
 * from them.
 */
const DEFAULTS = new Map(
  [...hostStyles.cssText.matchAll(/--wm-color-([a-z-]+),\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(
    ([, name, light, dark]) => [name, { light, dark }],
  ),
);

/** Pixels; the default `--wm-radius` is 0.5rem. */
const RADIUS_DEFAULT = 8;

const TOKENS = [
  ...GROUPS.flatMap((g) => Object.keys(g.tokens).map((name) => `--wm-color-${name}`)),
  '--wm-radius',
];

// Adopted rather than a <style> element or style attributes, so the story
// renders under a strict CSP (style-src without 'unsafe-inline') too.
const sheet = css`
  .wm-token-editor {
    display: grid;
    grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr);
    gap: 1.5rem;
    align-items: start;
  }
  @media (max-width: 52rem) {
    .wm-token-editor {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .wm-token-editor form,
  .wm-token-editor .preview {
    display: grid;
    gap: 1rem;
  }
  .wm-token-editor form {
    font: 0.875rem / 1.4 system-ui, sans-serif;
  }
  .wm-token-editor p {
    margin: 0;
  }
  .wm-token-editor fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid #6b7684;
    border-radius: 0.5rem;
  }
  .wm-token-editor legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .wm-token-editor label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .wm-token-editor code {
    font-size: 0.8125rem;
  }
  .wm-token-editor input[type='color'] {
    flex: none;
    inline-size: 2.5rem;
    block-size: 1.75rem;
    padding: 0;
  }
  .wm-token-editor .slider {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .wm-token-editor .slider label {
    flex: 1;
    flex-direction: column;
    align-items: stretch;
  }
  .wm-token-editor pre {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid #6b7684;
    border-radius: 0.5rem;
    white-space: pre-wrap;
    font-size: 0.8125rem;
  }
  .wm-token-editor .row {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: start;
  }
  .wm-token-editor .row wm-journey-score {
    flex: 1 1 24rem;
  }
`.styleSheet;
if (sheet && !document.adoptedStyleSheets.includes(sheet)) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const editorOf = (e: Event) => {
  const form = e.currentTarget as HTMLFormElement;
  const editor = form.closest('.wm-token-editor')!;
  return { form, preview: editor.querySelector<HTMLElement>('.preview')!, out: editor.querySelector('pre')! };
};

/** Shows the tokens set so far as a rule to paste into a stylesheet. */
function showCss(preview: HTMLElement, out: HTMLElement) {
  const lines = TOKENS.flatMap((t) => {
    const v = preview.style.getPropertyValue(t);
    return v ? [`  ${t}: ${v};`] : [];
  });
  out.textContent = lines.length ? `.my-portal {\n${lines.join('\n')}\n}` : '/* Change a token to see its CSS here. */';
}

function onInput(e: Event) {
  const input = e.target as HTMLInputElement;
  const token = input.dataset.token;
  if (!token) return;
  const { form, preview, out } = editorOf(e);
  const value = input.type === 'range' ? `${input.value}px` : input.value;
  preview.style.setProperty(token, value);
  const shown = form.elements.namedItem(`${input.name}-value`);
  if (shown instanceof HTMLOutputElement) shown.value = value;
  showCss(preview, out);
}

/** Runs before the form puts its fields back: drops every token, so the defaults (and dark mode) apply again. */
function onReset(e: Event) {
  const { preview, out } = editorOf(e);
  for (const t of TOKENS) preview.style.removeProperty(t);
  showCss(preview, out);
}

const meta = {
  title: 'Guides/Theming',
  parameters: {
    docs: {
      description: {
        story:
          'Pick colours and a radius: each sets a `--wm-*` custom property on the wrapper around the elements, which inherit it through their shadow roots. ' +
          'The fields start at the defaults of the theme chosen in the toolbar; a colour you set applies in both light and dark mode.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const TokenEditor: Story = {
  name: 'Token editor',
  render: (_args, { globals }) => {
    const scheme = globals.theme === 'dark' ? 'dark' : 'light';
    const missing = GROUPS.flatMap((g) => Object.keys(g.tokens)).filter((name) => !DEFAULTS.has(name));
    if (missing.length) throw new Error(`No light-dark() default found in host styles for --wm-color-${missing.join(', --wm-color-')}`);
    return html`<div class="wm-token-editor">
      <form @input=${onInput} @reset=${onReset} aria-label="Theme tokens">
        ${GROUPS.map(
          (g) => html`<fieldset>
            <legend>${g.legend}</legend>
            ${Object.entries(g.tokens).map(
              ([name, label]) => html`<label>
                <input type="color" name=${name} data-token="--wm-color-${name}" value=${DEFAULTS.get(name)![scheme]} />
                <span>${label} <code>--wm-color-${name}</code></span>
              </label>`,
            )}
          </fieldset>`,
        )}
        <fieldset>
          <legend>Shape</legend>
          <div class="slider">
            <label>
              <span>Radius <code>--wm-radius</code></span>
              <input type="range" name="radius" data-token="--wm-radius" min="0" max="24" step="1" value=${RADIUS_DEFAULT} />
            </label>
            <output name="radius-value">${RADIUS_DEFAULT}px</output>
          </div>
        </fieldset>
        <p><button type="reset">Back to the defaults</button></p>
        <pre>/* Change a token to see its CSS here. */</pre>
      </form>
      <div class="preview">
        <wm-stage-tracker .data=${lifecycleJourney({ now: NOW, current: 3, progress: 0.55, daysInStage: 40 })} .now=${NOW}></wm-stage-tracker>
        <div class="row">
          <wm-score-gauge kind="nps" value="32" previous="26" target="40"></wm-score-gauge>
          <wm-journey-score .data=${serviceJourney()}></wm-journey-score>
        </div>
      </div>
    </div>`;
  },
};
