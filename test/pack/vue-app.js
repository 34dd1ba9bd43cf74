// Bundled by scripts/pack-test.js inside the consumer project, so 'waymark/stage-tracker.js',
// 'vue' (aliased to its template-compiling build) and 'lit' are the installed packages.
// Set up as a Vue 3 user would: the wm-* tags are custom elements, `data` goes in as a
// DOM property (`:data.prop`), and wm-* events land in Vue state that is rendered below.
import 'waymark/stage-tracker.js';
import { createApp, ref } from 'vue';

const input = await (await fetch('/vue/input.json')).json();

const app = createApp({
  setup() {
    const journey = ref(input.journey); // the element gets Vue's reactive proxy of it
    const loads = ref([]);
    const selected = ref('');
    return {
      journey, loads, selected,
      onLoad: (e) => loads.value.push(e.detail.data.id),
      onSelect: (e) => (selected.value = e.detail.stage.id),
    };
  },
  template: `
    <wm-stage-tracker
      id="vue-tracker"
      :data.prop="journey"
      selectable
      @wm-load="onLoad"
      @wm-stage-select="onSelect"
    ></wm-stage-tracker>
    <p id="vue-state" :data-loads="loads.length">loaded: {{ loads.join(',') }}; selected: {{ selected }}</p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('wm-');
app.mount('#root');
window.__rendered = true;
