// The modules the build renders with: Waymark's elements, and one component of
// this site. A page is static HTML, so it can only give attributes (the gauge's
// kind and value); an object such as a journey reaches <wm-stage-tracker> as a
// property through a Lit component, here with the journey inline.
import 'waymark/score-gauge.js';
import 'waymark/stage-tracker.js';
import { LitElement, html } from 'lit';
import journey from './journey.js';

customElements.define('onboarding-tracker', class extends LitElement {
  render() {
    return html`<wm-stage-tracker .data=${journey}></wm-stage-tracker>`;
  }
});
