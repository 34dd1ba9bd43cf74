// Private custom properties (`--_x`) are an element's own wiring: a public
// `--wm-*` token read into `--_x` once, then `var(--_x)` wherever it is used.
// A `var(--_x)` with no `--_x:` anywhere in the element's styles silently
// falls back to the property's initial value (a typo or a rename gone half
// way); a `--_x:` nobody reads is dead weight. Both hide in CSS, so check them
// here, on the styles each element really adopts (its static `styles`,
// including the shared hostStyles).
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { hostStyles } from '../../src/styles/host.js';
import { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import { ScoreGauge } from '../../src/elements/score-gauge/score-gauge.js';
import { JourneyScore } from '../../src/elements/journey-score/journey-score.js';
import { MaturityScan } from '../../src/elements/maturity-scan/maturity-scan.js';
import { TouchpointTimeline } from '../../src/elements/touchpoint-timeline/touchpoint-timeline.js';

/** Every data element, by tag. A new element gets these checks by adding one line. */
const ELEMENTS: Record<string, { styles?: CSSResultGroup }> = {
  'wm-stage-tracker': StageTracker,
  'wm-score-gauge': ScoreGauge,
  'wm-journey-score': JourneyScore,
  'wm-maturity-scan': MaturityScan,
  'wm-touchpoint-timeline': TouchpointTimeline,
};

/** The CSS text of each stylesheet in a (possibly nested) Lit styles group. */
function sheets(group: CSSResultGroup | undefined): string[] {
  if (!group) return [];
  if (Array.isArray(group)) return group.flatMap((g) => sheets(g as CSSResultGroup));
  if ('cssText' in group) return [group.cssText];
  // A CSSStyleSheet (adopted as is).
  return [[...(group as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')];
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const defined = (css: string) => new Set([...withoutComments(css).matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
const read = (css: string) => new Set([...withoutComments(css).matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!));
const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

const host = hostStyles.cssText;
const byElement = Object.entries(ELEMENTS).map(([tag, ctor]) => {
  const all = sheets(ctor.styles);
  const own = all.filter((css) => css !== host);
  return {
    tag,
    all,
    own,
    adoptsHost: all.includes(host),
    defines: union(all.map(defined)),
    reads: union(all.map(read)),
    ownDefines: union(own.map(defined)),
  };
});

describe('private custom properties (--_x)', () => {
  it('the checks see definitions and reads, and skip comments', () => {
    const css = ':host { --_a: var(--wm-a, red); --_b: 1px; /* var(--_c) --_d: 0 */ } p { color: var(--_a); border: var( --_e ) }';
    expect([...defined(css)]).to.deep.equal(['--_a', '--_b']);
    expect([...read(css)]).to.deep.equal(['--_a', '--_e']);
  });

  for (const el of byElement) {
    describe(el.tag, () => {
      it('adopts the shared host styles', () => {
        expect(el.adoptsHost).to.equal(true);
        expect(el.reads.size, 'reads some private properties').to.be.above(0);
      });

      it('defines every private property its styles read', () => {
        expect(minus(el.reads, el.defines), `read with var() but never defined in the styles ${el.tag} adopts`).to.deep.equal([]);
      });

      it('reads every private property its own styles define', () => {
        expect(minus(el.ownDefines, el.reads), `defined in ${el.tag}'s own styles but never read`).to.deep.equal([]);
      });
    });
  }

  // The host styles are a palette shared by every element: each of its
  // properties must be read by some element (not necessarily by all).
  it('every private property the shared host styles define is read by some element', () => {
    const readAnywhere = union(byElement.map((e) => e.reads));
    expect(minus(defined(host), readAnywhere), 'defined in src/styles/host.ts and read by no element').to.deep.equal([]);
  });
});
